/**
 * The chunked dataset format (data/README.md § "Chunked dataset"): what a large corpus or a published
 * atlas ships instead of one articles.json. Pure definitions and helpers shared by the writer
 * (scripts/lib/datasetWriter.ts) and the loader (src/lib/data/load.ts).
 */
export const DATASET_FORMAT = 'jjj-atlas-dataset';
export const DATASET_SCHEMA = 1;

export interface DatasetManifest {
  format: typeof DATASET_FORMAT;
  schema: number;
  title: string;
  articles: number;
  /** Whether article chunks and region pages carry evidence snippets. */
  evidence: boolean;
  /** `index/NNNN.json`: compact rows of every article, in id order. */
  index: { chunks: number; size: number };
  /** `articles/NNNN.json`: full records (figures, flows, evidence), in id order; first id of each chunk. */
  articleChunks: string[];
  /** `regions/<code>/NNNN.json`: a region's figures and snippets (itself and every unit inside it). */
  regionPages: Record<string, { pages: number; items: number }>;
  regionPageSize: number;
  /** `aggregate.json` and, when flows were extracted, `flows.csv`. */
  aggregate: string;
  flows: string | null;
}

/** One article in the index: enough to count mentions and articles per region and year. */
export type IndexRow = [id: string, date: string | null, lang: 'en' | 'zh', mentions: Record<string, number>];

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

export const yearOf = (date: string | null) => (date ? date.slice(0, 4) : 'undated');

/** Checks a fetched manifest; returns a one-line problem or null. */
export function manifestProblem(m: unknown): string | null {
  const o = m as Partial<DatasetManifest>;
  if (!o || typeof o !== 'object') return 'manifest.json is not an object';
  if (o.format !== DATASET_FORMAT) return `manifest.json: format ${JSON.stringify(o.format)}, expected "${DATASET_FORMAT}"`;
  if (o.schema !== DATASET_SCHEMA) return `manifest.json: unsupported schema ${JSON.stringify(o.schema)} (expected ${DATASET_SCHEMA})`;
  if (!Array.isArray(o.articleChunks) || !o.index || typeof o.regionPages !== 'object') return 'manifest.json: missing chunk lists';
  return null;
}
