/**
 * Writes data/articles.json from records that arrive one at a time in id order, never holding more
 * than one: the file's frame (top-level keys, order, indentation) comes from the ingest library's own
 * serialiser run on an empty corpus, so the bytes equal `stringifyArticlesFile(buildArticlesFile(…))`.
 */
import { aggregateRegions, buildArticlesFile } from '../../src/lib/ingest/index';
import { addRegionTotals, sortedTotals } from '../../src/lib/data/totals';
import type { RegionTotals } from '../../src/lib/ingest/aggregate';
import { sortKeys } from './task';

export interface Sink {
  write(s: string): void | Promise<void>;
}

const ARTICLE = '\u0000article';
const REGIONS = '\u0000regions';

function frame(parent: ReadonlyMap<string, string | null>): { head: string; empty: string; tail: string } {
  const skeleton = { ...buildArticlesFile([], parent), articles: [ARTICLE], regions: REGIONS };
  const text = JSON.stringify(sortKeys(skeleton), null, 2) + '\n';
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
  async add(id: string, mentions: Record<string, number>, json: string): Promise<void> {
    if (this.lastId !== null && !(this.lastId < id)) throw new Error(`records out of order: ${this.lastId} before ${id}`);
    this.lastId = id;
    await this.sink.write((this.count++ === 0 ? this.f.head : ',\n') + json);
    addRegionTotals(this.totals, aggregateRegions([{ mentions }], this.parent));
  }

  async end(): Promise<void> {
    const regions = JSON.stringify(sortKeys(sortedTotals(this.totals)), null, 2).replace(/\n/g, '\n  ');
    const rest = this.count === 0 ? this.f.empty : this.f.tail;
    await this.sink.write(rest.replace(JSON.stringify(REGIONS), regions));
  }
}
