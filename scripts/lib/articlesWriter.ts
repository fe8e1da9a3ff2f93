/**
 * Writes data/articles.json from records that arrive one at a time in id order, never holding more
 * than one: the file's frame (top-level keys, order, indentation) comes from the ingest library's own
 * serialiser run on an empty corpus, so the bytes equal `stringifyArticlesFile(buildArticlesFile(…))`.
 * Records arrive as their printed bytes and the region totals as partial sums, so nothing is parsed.
 */
import { aggregateRegions, buildArticlesFile } from '../../src/lib/ingest/index';
import { addRegionTotals, sortedTotals } from '../../src/lib/data/totals';
import type { RegionTotals } from '../../src/lib/ingest/aggregate';
import { stableJson } from './stableJson';

export interface Sink {
  write(s: string | Uint8Array): void | Promise<void>;
}

const ARTICLE = '\u0000article';
const REGIONS = '\u0000regions';

function frame(parent: ReadonlyMap<string, string | null>): { head: string; empty: string; tail: string } {
  const skeleton = { ...buildArticlesFile([], parent), articles: [ARTICLE], regions: REGIONS };
  const text = stableJson(skeleton) + '\n';
  const slot = `    ${JSON.stringify(ARTICLE)}`;
  const at = text.indexOf(slot);
  const head = text.slice(0, at);
  const tail = text.slice(at + slot.length);
  // No records: the array prints as [] on the key's line.
  const empty = head.replace(/\[\n$/, '[]') + tail.replace(/^\n {2}\]/, '');
  return { head, empty, tail };
}

export class ArticlesWriter {
  private readonly sink: Sink;
  private readonly parent: ReadonlyMap<string, string | null>;
  private readonly totals = new Map<string, RegionTotals>();
  private readonly f: ReturnType<typeof frame>;
  private count = 0;
  private lastId: string | null = null;

  constructor(sink: Sink, parent: ReadonlyMap<string, string | null>) {
    this.sink = sink;
    this.parent = parent;
    this.f = frame(parent);
  }

  /** `json` is the record as `recordJson` printed it; records must come sorted by id. */
  async add(id: string, mentions: Record<string, number>, json: string | Uint8Array): Promise<void> {
    this.addTotals(aggregateRegions([{ mentions }], this.parent));
    await this.addRecord(id, json);
  }

  /** A record's printed bytes, without its totals (those come in sums through `addTotals`). */
  async addRecord(id: string, json: string | Uint8Array): Promise<void> {
    if (this.lastId !== null && !(this.lastId < id)) throw new Error(`records out of order: ${this.lastId} before ${id}`);
    this.lastId = id;
    await this.sink.write(this.count++ === 0 ? this.f.head : ',\n');
    await this.sink.write(json);
  }

  /** Region totals of some records (any grouping, any order: they are sums). */
  addTotals(part: Readonly<Record<string, RegionTotals>>): void {
    addRegionTotals(this.totals, part);
  }

  async end(): Promise<void> {
    const regions = stableJson(sortedTotals(this.totals), '  ');
    const rest = this.count === 0 ? this.f.empty : this.f.tail;
    await this.sink.write(rest.replace(JSON.stringify(REGIONS), regions));
  }
}
