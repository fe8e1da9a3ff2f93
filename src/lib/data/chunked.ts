/**
 * The chunked dataset format (data/README.md § "Chunked dataset"): what a large corpus or a published
 * atlas ships instead of one articles.json. Pure definitions and helpers shared by the writer
 * (scripts/lib/datasetWriter.ts) and the loader (src/lib/data/load.ts).
 */
export const DATASET_FORMAT = 'jjj-atlas-dataset';
/** 2: the index as article columns plus per-region article lists, and the distinct flows at start (flows.json). */
export const DATASET_SCHEMA = 2;

export interface DatasetManifest {
  format: typeof DATASET_FORMAT;
  schema: number;
  title: string;
  articles: number;
  /** Whether article chunks and region pages carry evidence snippets. */
  evidence: boolean;
  /** `index/NNNN.json`: every article's id, date and language as columns, `size` per chunk, in id order. */
  index: { chunks: number; size: number };
  /** `lists/<code>.bin`: how many articles name the region or a unit inside it (regions absent name none). */
  lists: Record<string, number>;
  /** `articles/NNNN.json`: full records (figures, flows, evidence), in id order; first id of each chunk. */
  articleChunks: string[];
  /** `regions/<code>/NNNN.json`: a region's figures and snippets (itself and every unit inside it). */
  regionPages: Record<string, { pages: number; items: number }>;
  regionPageSize: number;
  /** `aggregate.json`; when flows were extracted, their distinct flows (`flows.json`, at start) and rows (`flows.csv`, on need). */
  aggregate: string;
  distinctFlows: string | null;
  flows: string | null;
}

/** One chunk of the article index: parallel columns, in id order. */
export interface IndexChunk {
  ids: string[];
  dates: (string | null)[];
  langs: ('en' | 'zh')[];
}

/**
 * One column of a flow's statements in flows.json: a list with one value per statement, or, when
 * every statement has the same value, that value alone (no field of a statement is a list).
 */
export type Column<T> = T[] | T;

/** A distinct flow in flows.json: the flow (its latest statement) and its statements as columns. */
export interface DistinctFlowEntry {
  flow: Record<string, unknown>;
  sources: { n: number } & Record<string, Column<unknown>>;
  history: { n: number } & Record<string, Column<unknown>>;
}

export interface DistinctFlowsFile {
  schema: number;
  /** Rows of flows.csv the build could not read (as the explorer would report them), one line each. */
  problems: string[];
  flows: DistinctFlowEntry[];
}

/** [mentions, articles, rollup mentions, rollup articles] */
export type TotalsRow = [number, number, number, number];

export interface FlowPairTotal {
  origin: string;
  destination: string;
  kind: string;
  measure: string | null;
  /** Sum of distinct stated values (the same statement in several articles counts once). */
  value: number | null;
  /** Distinct statements and the articles that made them. */
  statements: number;
  articles: number;
  /** Some statement was approximate or a bound: the sum is "at least". */
  approx: boolean;
  /** Years the statements cover (null when none is dated). */
  periodStart: number | null;
  periodEnd: number | null;
  /** The first article (by id) stating it, and that statement's status: a link into the details. */
  article: string;
  status: string;
}

export interface DatasetAggregate {
  schema: number;
  /** code → year (or "undated") → totals; sums over years give the whole corpus. */
  regions: Record<string, Record<string, TotalsRow>>;
  /** Articles per year and language. */
  articles: Record<string, { en: number; zh: number }>;
  flows: FlowPairTotal[];
}

/** One item of a region page: a figure with its sentence, or a mention's snippet. */
export interface RegionPageItem {
  article: string;
  date: string | null;
  lang: 'en' | 'zh';
  code: string;
  figure?: { value: number; unit: string; approx: boolean; flags: string[]; raw?: string };
  /** The sentence (figures) or before/match/after (mentions), when the dataset has evidence. */
  sentence?: string;
  snippet?: { before: string; match: string; after: string };
}

export const chunkName = (n: number) => String(n).padStart(4, '0') + '.json';

/** Which article chunk holds `id`: the last chunk whose first id is ≤ id (binary search). */
export function chunkOf(id: string, firstIds: readonly string[]): number {
  let lo = 0;
  let hi = firstIds.length - 1;
  if (hi < 0 || id < firstIds[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (firstIds[mid] <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The article ids a flows.csv row may name, without the index: an id the article chunks can hold
 * (not before the first chunk's first id). Both files come from one writer (scripts/lib/datasetWriter.ts),
 * so this only catches a row naming no article of this dataset's id range.
 */
export function articleIdsOf(articleChunks: readonly string[]): ReadonlySet<string> {
  return { has: (id: string) => id !== '' && chunkOf(id, articleChunks) >= 0 } as ReadonlySet<string>;
}

export const yearOf = (date: string | null) => (date ? date.slice(0, 4) : 'undated');

/** Checks a fetched manifest; returns a one-line problem or null. */
export function manifestProblem(m: unknown): string | null {
  const o = m as Partial<DatasetManifest>;
  if (!o || typeof o !== 'object') return 'manifest.json is not an object';
  if (o.format !== DATASET_FORMAT) return `manifest.json: format ${JSON.stringify(o.format)}, expected "${DATASET_FORMAT}"`;
  if (o.schema !== DATASET_SCHEMA) return `manifest.json: unsupported schema ${JSON.stringify(o.schema)} (expected ${DATASET_SCHEMA}; rebuild the atlas with npm run atlas)`;
  if (!Array.isArray(o.articleChunks) || !o.index || typeof o.regionPages !== 'object' || !o.lists || typeof o.lists !== 'object')
    return 'manifest.json: missing chunk lists';
  return null;
}

/** Rows as columns: a field with one value in every row is written once (data/README.md § flows.json). */
export function toColumns<T extends object>(rows: readonly T[], keys: readonly (keyof T & string)[]): { n: number } & Record<string, Column<unknown>> {
  const out: Record<string, Column<unknown>> = {};
  for (const k of keys) {
    const values = rows.map((r) => r[k] as unknown);
    out[k] = values.length > 0 && values.every((v) => v === values[0]) ? values[0] : values;
  }
  return { n: rows.length, ...out };
}

/** Columns back to rows; null when a column's length is not `n` (a malformed file). */
export function fromColumns(cols: { n: number } & Record<string, Column<unknown>>, keys: readonly string[]): Record<string, unknown>[] | null {
  const n = cols.n;
  if (!Number.isInteger(n) || n < 0) return null;
  for (const k of keys) if (Array.isArray(cols[k]) && (cols[k] as unknown[]).length !== n) return null;
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = {};
    for (const k of keys) {
      const c = cols[k];
      r[k] = Array.isArray(c) ? c[i] : c;
    }
    rows[i] = r;
  }
  return rows;
}
