/**
 * Writes the chunked dataset (src/lib/data/chunked.ts) from records arriving in id order: full
 * records in chunks, the index (article columns and per-region article lists), per-region pages of
 * figures and snippets, the aggregate and the distinct flows. Memory holds one chunk, one unfinished
 * page per region, every id and 8 bytes per (article, region it names) — no text beyond one chunk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateRegions } from '../../src/lib/ingest/index';
import { parseFlows } from '../../src/lib/flows/parse';
import { formatIssue } from '../../src/lib/flows/types';
import { consolidateFlows, type FlowSource } from '../../src/lib/flows/consolidate';
import { reviewedStatements } from '../../src/lib/flows/statements';
import { parentChain } from '../../src/lib/domain/ancestry';
import {
  DATASET_FORMAT,
  DATASET_SCHEMA,
  articleIdsOf,
  chunkName,
  toColumns,
  yearOf,
  type DatasetAggregate,
  type DatasetManifest,
  type DistinctFlowsFile,
  type FlowPairTotal,
  type IndexChunk,
  type RegionPageItem,
  type TotalsRow
} from '../../src/lib/data/chunked';
import type { RecordConsumer } from './engine';
import { AtomicDir } from './tempfiles';

export const ARTICLE_CHUNK = 500;
export const INDEX_CHUNK = 5000;
export const REGION_PAGE = 200;

interface RecordLike {
  id: string;
  date: string | null;
  lang: 'en' | 'zh';
  mentions: Record<string, number>;
  figures: { value: number; unit: string; code: string | null; approx: boolean; flags: string[]; raw?: string }[];
  flows?: unknown[];
  evidence?: { mentions: { code: string; before: string; match: string; after: string }[]; figures: string[] };
}

const codes = (v: unknown): string | null =>
  typeof v === 'string' ? v : Array.isArray(v) && v.every((c) => typeof c === 'string') ? [...v].sort().join('+') : null;

export class DatasetWriter implements RecordConsumer {
  private readonly dir: AtomicDir;
  private readonly title: string;
  private readonly parent: ReadonlyMap<string, string | null>;
  private articles = 0;
  private evidence = false;
  private chunk: unknown[] = [];
  private readonly articleChunks: string[] = [];
  private index: IndexChunk = { ids: [], dates: [], langs: [] };
  private indexChunks = 0;
  /** Every article id, in the order written (its number in the index). */
  private readonly ids: string[] = [];
  /** Per code: the articles naming it or a unit inside it (their numbers) and how often. */
  private readonly lists = new Map<string, GrowingPairs>();
  private flowsCsv: string | null = null;
  private readonly pages = new Map<string, { items: RegionPageItem[]; pages: number; total: number }>();
  private readonly totals = new Map<string, Map<string, TotalsRow>>();
  private readonly byYear = new Map<string, { en: number; zh: number }>();
  private readonly statements = new Map<
    string,
    { pair: FlowPairTotal; value: number | null; approx: boolean; articles: Set<string> }
  >();

  constructor(dir: string, title: string | null, parent: ReadonlyMap<string, string | null>) {
    this.dir = new AtomicDir(dir);
    this.title = title ?? 'Articles';
    this.parent = parent;
    for (const d of ['articles', 'index', 'regions', 'lists']) mkdirSync(join(this.dir.tmp, d));
  }

  /** A file the caller produced (e.g. the extracted flows CSV) copied into the dataset. */
  addFile(name: string, content: string): void {
    writeFileSync(join(this.dir.tmp, name), content);
    if (name === 'flows.csv') this.flowsCsv = content;
  }

  private push(code: string, item: RegionPageItem): void {
    for (const c of parentChain(code, this.parent)) {
      let p = this.pages.get(c);
      if (!p) this.pages.set(c, (p = { items: [], pages: 0, total: 0 }));
      p.items.push(item);
      p.total++;
      if (p.items.length === REGION_PAGE) this.flushPage(c, p);
    }
  }

  private flushPage(code: string, p: { items: RegionPageItem[]; pages: number }): void {
    if (p.items.length === 0) return;
    const dir = join(this.dir.tmp, 'regions', code);
    if (p.pages === 0) mkdirSync(dir);
    writeFileSync(join(dir, chunkName(p.pages++)), JSON.stringify(p.items));
    p.items = [];
  }

  add(raw: Record<string, unknown>): void {
    const r = raw as unknown as RecordLike;
    this.articles++;
    if (this.chunk.length === 0) this.articleChunks.push(r.id);
    this.chunk.push(raw);
    if (this.chunk.length === ARTICLE_CHUNK) this.flushChunk();
    const number = this.ids.length;
    this.ids.push(r.id);
    this.index.ids.push(r.id);
    this.index.dates.push(r.date);
    this.index.langs.push(r.lang);
    if (this.index.ids.length === INDEX_CHUNK) this.flushIndex();
    this.addToLists(number, r.mentions);

    const year = yearOf(r.date);
    const y = this.byYear.get(year) ?? { en: 0, zh: 0 };
    y[r.lang]++;
    this.byYear.set(year, y);
    for (const [code, t] of Object.entries(aggregateRegions([r], this.parent))) {
      let perYear = this.totals.get(code);
      if (!perYear) this.totals.set(code, (perYear = new Map()));
      const row = perYear.get(year) ?? [0, 0, 0, 0];
      row[0] += t.mentions;
      row[1] += t.articles;
      row[2] += t.rollup.mentions;
      row[3] += t.rollup.articles;
      perYear.set(year, row);
    }

    const ev = r.evidence;
    if (ev) this.evidence = true;
    const base = { article: r.id, date: r.date, lang: r.lang };
    r.figures.forEach((f, j) => {
      if (!f.code) return;
      const item: RegionPageItem = {
        ...base,
        code: f.code,
        figure: { value: f.value, unit: f.unit, approx: f.approx, flags: f.flags, raw: f.raw }
      };
      if (ev?.figures[j]) item.sentence = ev.figures[j];
      this.push(f.code, item);
    });
    for (const m of ev?.mentions ?? [])
      this.push(m.code, { ...base, code: m.code, snippet: { before: m.before, match: m.match, after: m.after } });

    for (const f of r.flows ?? []) this.addFlow(r.id, f as Record<string, unknown>);
  }

  /** The article's mentions summed for each code they fall in (the code itself and every unit above it). */
  private addToLists(number: number, mentions: Record<string, number>): void {
    const sums = new Map<string, number>();
    for (const code in mentions) {
      const n = mentions[code];
      if (!(n > 0)) continue;
      for (const c of new Set(parentChain(code, this.parent))) sums.set(c, (sums.get(c) ?? 0) + n);
    }
    for (const [c, n] of sums) {
      let l = this.lists.get(c);
      if (!l) this.lists.set(c, (l = new GrowingPairs()));
      l.push(number, n);
    }
  }

  /** Flows per origin–destination pair: a statement repeated by several articles is one statement. */
  private addFlow(article: string, f: Record<string, unknown>): void {
    const origin = codes(f.origin);
    const destination = codes(f.destination);
    const kind = typeof f.kind === 'string' ? f.kind : null;
    if (!origin || !destination || !kind) return;
    const measure = typeof f.measure === 'string' && f.measure ? f.measure : null;
    const value = typeof f.value === 'number' && Number.isFinite(f.value) ? f.value : null;
    const statement = [origin, destination, kind, measure, value, f.period_start ?? '', f.period_end ?? '', f.period ?? ''].join(
      '|'
    );
    let s = this.statements.get(statement);
    if (!s) {
      const year = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
      s = {
        pair: {
          origin,
          destination,
          kind,
          measure,
          value: null,
          statements: 0,
          articles: 0,
          approx: false,
          periodStart: year(f.period_start),
          periodEnd: year(f.period_end),
          article,
          status: typeof f.status === 'string' ? f.status : 'done'
        },
        value,
        approx: f.approx === true,
        articles: new Set()
      };
      this.statements.set(statement, s);
    }
    s.articles.add(article);
  }

  private flushChunk(): void {
    if (this.chunk.length === 0) return;
    writeFileSync(join(this.dir.tmp, 'articles', chunkName(this.articleChunks.length - 1)), JSON.stringify(this.chunk));
    this.chunk = [];
  }

  private flushIndex(): void {
    if (this.index.ids.length === 0) return;
    writeFileSync(join(this.dir.tmp, 'index', chunkName(this.indexChunks++)), JSON.stringify(this.index));
    this.index = { ids: [], dates: [], langs: [] };
  }

  /**
   * Each code's list, most mentions first, then by id as the explorer's lists sort (collation of
   * Intl.Collator('en')), as article numbers then counts, little-endian uint32.
   */
  private writeLists(): Record<string, number> {
    const collator = new Intl.Collator('en');
    const order = Array.from(this.ids.keys()).sort((a, b) => collator.compare(this.ids[a], this.ids[b]));
    const rank = new Uint32Array(this.ids.length);
    order.forEach((i, r) => (rank[i] = r));
    const out: Record<string, number> = {};
    for (const code of [...this.lists.keys()].sort()) {
      const { at, n, length } = this.lists.get(code)!;
      const entries = Array.from({ length }, (_, k) => k).sort((x, y) => n[y] - n[x] || rank[at[x]] - rank[at[y]]);
      const buf = Buffer.alloc(8 * length);
      entries.forEach((k, j) => {
        buf.writeUInt32LE(at[k], 4 * j);
        buf.writeUInt32LE(n[k], 4 * (length + j));
      });
      writeFileSync(join(this.dir.tmp, 'lists', `${code}.bin`), buf);
      out[code] = length;
    }
    return out;
  }

  /**
   * The distinct flows the explorer draws at start, computed here by its own rules from the rows of
   * flows.csv (undated: an atlas dates a statement by its article only for a time window), so the
   * page need not read 100,000 rows to open.
   */
  private writeDistinctFlows(csv: string): void {
    const parsed = parseFlows(csv, { file: 'flows.csv', regions: this.parent, articles: articleIdsOf(this.articleChunks) });
    const flows = consolidateFlows(reviewedStatements(parsed.flows, () => null));
    const keys: (keyof FlowSource & string)[] = [
      'id',
      'article',
      'date',
      'value',
      'approx',
      'period',
      'status',
      'provenance',
      'offset'
    ];
    const file: DistinctFlowsFile = {
      schema: DATASET_SCHEMA,
      problems: parsed.issues.map(formatIssue),
      flows: flows.map(({ sources, history, ...flow }) => ({
        flow,
        sources: toColumns(sources, keys),
        history: toColumns(history, keys)
      }))
    };
    writeFileSync(join(this.dir.tmp, 'flows.json'), JSON.stringify(file));
  }

  end(): void {
    this.flushChunk();
    this.flushIndex();
    for (const [code, p] of this.pages) this.flushPage(code, p);
    const lists = this.writeLists();
    if (this.flowsCsv !== null) this.writeDistinctFlows(this.flowsCsv);
    const regions: DatasetAggregate['regions'] = {};
    for (const code of [...this.totals.keys()].sort()) {
      const perYear = this.totals.get(code)!;
      regions[code] = Object.fromEntries([...perYear.keys()].sort().map((y) => [y, perYear.get(y)!]));
    }
    const pairs = new Map<string, FlowPairTotal & { ids: Set<string> }>();
    for (const s of this.statements.values()) {
      const key = [s.pair.origin, s.pair.destination, s.pair.kind, s.pair.measure].join('|');
      let p = pairs.get(key);
      if (!p) pairs.set(key, (p = { ...s.pair, ids: new Set() }));
      p.statements++;
      if (s.value !== null) p.value = (p.value ?? 0) + s.value;
      p.approx ||= s.approx;
      const lo = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
      const hi = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
      p.periodStart = lo(p.periodStart, s.pair.periodStart);
      p.periodEnd = hi(p.periodEnd, s.pair.periodEnd);
      // Records arrive in id order, so the first statement seen has the smallest article id.
      for (const a of s.articles) p.ids.add(a);
    }
    const flows = [...pairs.keys()].sort().map((k) => {
      const { ids, ...p } = pairs.get(k)!;
      return { ...p, articles: ids.size };
    });
    const aggregate: DatasetAggregate = {
      schema: DATASET_SCHEMA,
      regions,
      articles: Object.fromEntries([...this.byYear.keys()].sort().map((y) => [y, this.byYear.get(y)!])),
      flows
    };
    writeFileSync(join(this.dir.tmp, 'aggregate.json'), JSON.stringify(aggregate));
    const regionPages: DatasetManifest['regionPages'] = {};
    for (const code of [...this.pages.keys()].sort())
      regionPages[code] = { pages: this.pages.get(code)!.pages, items: this.pages.get(code)!.total };
    const manifest: DatasetManifest = {
      format: DATASET_FORMAT,
      schema: DATASET_SCHEMA,
      title: this.title,
      articles: this.articles,
      evidence: this.evidence,
      index: { chunks: this.indexChunks, size: INDEX_CHUNK },
      lists,
      articleChunks: this.articleChunks,
      regionPages,
      regionPageSize: REGION_PAGE,
      aggregate: 'aggregate.json',
      distinctFlows: this.flowsCsv === null ? null : 'flows.json',
      flows: this.flowsCsv === null ? null : 'flows.csv'
    };
    writeFileSync(join(this.dir.tmp, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    this.dir.commit();
  }
}

/** Pairs of uint32 (article number, count) appended one at a time: a list of 100,000 entries as two typed arrays, not 200,000 numbers. */
class GrowingPairs {
  at = new Uint32Array(16);
  n = new Uint32Array(16);
  length = 0;
  push(at: number, n: number): void {
    if (this.length === this.at.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.at = grow(this.at);
      this.n = grow(this.n);
    }
    this.at[this.length] = at;
    this.n[this.length++] = Math.min(n, 0xffffffff);
  }
}

export const chunkedDatasetConsumer =
  (dir: string, title: string | null) =>
  ({ parent }: { parent: ReadonlyMap<string, string | null> }) =>
    new DatasetWriter(dir, title, parent);
