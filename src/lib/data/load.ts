/**
 * Loads a chunked dataset (src/lib/data/chunked.ts) from the site's own origin: the manifest, the
 * aggregate and the distinct flows at start; the article index (src/lib/data/atlasIndex.ts), the
 * rows of flows.csv, an article's record or a region's page of figures and snippets only when
 * asked. `fetchText` is injectable so the logic is tested without a server.
 */
import { parseFlows } from '../flows/parse';
import { FLOW_KINDS, FLOW_STATUSES, type Flow, type FlowKind, type FlowStatus } from '../flows/types';
import type { ConsolidatedFlow, FlowSource } from '../flows/consolidate';
import type { RegionIndex } from '../regions/types';
import {
  articleIdsOf,
  chunkName,
  chunkOf,
  fromColumns,
  manifestProblem,
  type DatasetAggregate,
  type DatasetManifest,
  type DistinctFlowsFile,
  type FlowPairTotal,
  type RegionPageItem
} from './chunked';

export type FetchText = (url: string) => Promise<string>;
export type FetchBytes = (url: string) => Promise<ArrayBuffer>;

export const fetchFromOrigin: FetchText = async (url) => {
  const r = await fetch(url, { credentials: 'same-origin' });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
};

export const fetchBytesFromOrigin: FetchBytes = async (url) => {
  const r = await fetch(url, { credentials: 'same-origin' });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
};

/**
 * Flows per origin–destination pair as the explorer's flows: one line per pair, kind and measure.
 * The value is the sum of distinct statements; a pair summed from several is "at least" only when
 * one of them was, and its note says how many statements and articles it joins. Drawn only by a
 * dataset written without flows.csv (the ingest's --dataset without --flows-csv).
 */
export function flowsFromAggregate(pairs: readonly FlowPairTotal[]): Flow[] {
  return pairs
    .filter((p) => (FLOW_KINDS as readonly string[]).includes(p.kind))
    .map((p, i) => ({
      id: `pair-${i + 1}`,
      origin: p.origin.split('+'),
      destination: p.destination.split('+'),
      kind: p.kind as FlowKind,
      measure: p.measure,
      value: p.value,
      approx: p.approx,
      period: p.periodStart === null ? '' : p.periodStart === p.periodEnd ? String(p.periodStart) : `${p.periodStart}–${p.periodEnd ?? ''}`,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: (['done', 'underway', 'planned'].includes(p.status) ? p.status : 'done') as FlowStatus,
      article: p.article,
      note: p.statements === 1 ? '' : `${p.statements} statements in ${p.articles} articles`,
      line: 0
    }));
}

export interface ChunkedDataset {
  base: string;
  manifest: DatasetManifest;
  aggregate: DatasetAggregate;
  /**
   * The distinct flows over all years (flows.json), when the atlas has flows.csv: the map draws and
   * counts these at start; the rows come only for a time window (loadFlowRows).
   */
  distinctFlows: ConsolidatedFlow[] | null;
  /** Without flows.csv: the aggregate's flow pairs, drawn as flows. */
  flows: Flow[];
  problems: string[];
}

const join = (base: string, path: string) => (base.endsWith('/') ? base : base + '/') + path;

export async function loadChunkedDataset(base: string, regions: RegionIndex, fetchText: FetchText = fetchFromOrigin): Promise<ChunkedDataset> {
  const manifest = parseChunk<DatasetManifest>('manifest.json', await fetchText(join(base, 'manifest.json')));
  const bad = manifestProblem(manifest);
  if (bad) throw new Error(bad);
  const [aggregateText, distinctText] = await Promise.all([
    fetchText(join(base, manifest.aggregate)),
    manifest.distinctFlows ? fetchText(join(base, manifest.distinctFlows)) : null
  ]);
  const aggregate = parseChunk<DatasetAggregate>(manifest.aggregate, aggregateText);
  if (!aggregate || typeof aggregate.regions !== 'object' || !Array.isArray(aggregate.flows) || typeof aggregate.articles !== 'object')
    throw new Error(`${manifest.aggregate}: missing regions, articles or flows`);
  if (manifest.distinctFlows && distinctText !== null) {
    const { flows, problems } = decodeDistinctFlows(manifest.distinctFlows, distinctText, regions);
    return { base, manifest, aggregate, distinctFlows: flows, flows: [], problems };
  }
  return { base, manifest, aggregate, distinctFlows: null, flows: flowsFromAggregate(aggregate.flows), problems: [] };
}

const SOURCE_KEYS: (keyof FlowSource & string)[] = ['id', 'article', 'date', 'value', 'approx', 'period', 'status', 'provenance', 'offset'];

/** Why a flow (or one of its statements) of flows.json cannot be drawn, or null. */
function flowProblem(f: Record<string, unknown>, regions: RegionIndex): string | null {
  const codes = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((c) => typeof c === 'string' && c in regions);
  if (typeof f.id !== 'string' || typeof f.article !== 'string') return 'no id or article';
  if (!codes(f.origin) || !codes(f.destination)) return `${f.id}: origin or destination is not a list of known region codes`;
  if (!(FLOW_KINDS as readonly string[]).includes(f.kind as string)) return `${f.id}: unknown kind ${JSON.stringify(f.kind)}`;
  if (!(FLOW_STATUSES as readonly string[]).includes(f.status as string)) return `${f.id}: unknown status ${JSON.stringify(f.status)}`;
  if (f.value !== null && !(typeof f.value === 'number' && Number.isFinite(f.value))) return `${f.id}: value is not a finite number`;
  if (f.measure !== null && typeof f.measure !== 'string') return `${f.id}: measure is not a string`;
  if (typeof f.period !== 'string') return `${f.id}: period is not a string`;
  return null;
}

/**
 * flows.json → the explorer's distinct flows. A flow that does not read as one (unknown code or
 * kind, columns of the wrong length) is left out with a one-line problem naming it, never drawn
 * half-read; a file that is not a flows file at all is one problem and no flows.
 */
export function decodeDistinctFlows(path: string, text: string, regions: RegionIndex): { flows: ConsolidatedFlow[]; problems: string[] } {
  const file = parseChunk<DistinctFlowsFile>(path, text);
  if (!file || !Array.isArray(file.flows)) return { flows: [], problems: [`${path}: not a list of flows`] };
  const problems = Array.isArray(file.problems) ? file.problems.filter((p) => typeof p === 'string') : [];
  const flows: ConsolidatedFlow[] = [];
  file.flows.forEach((e, i) => {
    const flow = e?.flow;
    const sources = e?.sources && fromColumns(e.sources, SOURCE_KEYS);
    const history = e?.history && fromColumns(e.history, SOURCE_KEYS);
    const why =
      !flow || typeof flow !== 'object'
        ? 'no flow'
        : (flowProblem(flow, regions) ??
          (!sources || sources.length === 0 || !history ? `${String(flow.id)}: statements not in columns of one length` : null));
    if (why) problems.push(`${path}: flow ${i + 1}: ${why}`);
    else flows.push({ ...(flow as unknown as ConsolidatedFlow), sources: sources as unknown as FlowSource[], history: history as unknown as FlowSource[] });
  });
  return { flows, problems };
}

/** The rows of an atlas's flows.csv, for a time window over its flows (statements dated by their article). */
export async function loadFlowRows(
  base: string,
  manifest: DatasetManifest,
  regions: RegionIndex,
  fetchText: FetchText = fetchFromOrigin
): Promise<Flow[]> {
  if (!manifest.flows) return [];
  const text = await fetchText(join(base, manifest.flows)).catch((e) => {
    throw new Error(e instanceof Error && e.message.includes(manifest.flows!) ? e.message : `${manifest.flows}: ${String(e)}`, { cause: e });
  });
  const parents = new Map(Object.values(regions).map((r) => [r.code, r.parent]));
  // Its problems were reported at start (flows.json carries them): the same rows are left out here.
  return parseFlows(text, { file: manifest.flows, regions: parents, articles: articleIdsOf(manifest.articleChunks) }).flows;
}

/** Parses a fetched file; malformed JSON is a one-line problem naming the file, never a bare SyntaxError. */
export function parseChunk<T>(path: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new Error(`${path}: malformed JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`, { cause: e });
  }
}

/**
 * Fetches and keeps a few chunks: clicking around one region reuses them, and two requests for the
 * same chunk share one fetch. A chunk that failed is forgotten, so asking again retries it.
 */
export class ChunkCache {
  private readonly cache = new Map<string, Promise<unknown>>();
  constructor(
    private readonly base: string,
    private readonly fetchText: FetchText = fetchFromOrigin,
    private readonly keep = 16
  ) {}

  get<T>(path: string): Promise<T> {
    let p = this.cache.get(path);
    if (p) this.cache.delete(path);
    else {
      p = this.fetchText(join(this.base, path)).then(
        (t) => parseChunk<T>(path, t),
        (e) => {
          // A fetch error names the URL; one without a message still names the file.
          throw new Error(e instanceof Error && e.message.includes(path) ? e.message : `${path}: ${e instanceof Error ? e.message : String(e)}`, {
            cause: e
          });
        }
      );
      p.catch(() => this.cache.get(path) === p && this.cache.delete(path));
    }
    this.cache.set(path, p);
    while (this.cache.size > this.keep) this.cache.delete(this.cache.keys().next().value!);
    return p as Promise<T>;
  }
}

/** One article's full record (figures, flows, evidence), or null when the dataset has no such id. */
export async function fetchArticle(cache: ChunkCache, manifest: DatasetManifest, id: string): Promise<Record<string, unknown> | null> {
  const n = chunkOf(id, manifest.articleChunks);
  if (n < 0) return null;
  const chunk = await cache.get<{ id: string }[]>(`articles/${chunkName(n)}`);
  return (chunk.find((r) => r.id === id) as Record<string, unknown> | undefined) ?? null;
}

/** Page `page` (0-based) of a region's figures and snippets, with how many there are in all. */
export async function fetchRegionPage(
  cache: ChunkCache,
  manifest: DatasetManifest,
  code: string,
  page: number
): Promise<{ items: RegionPageItem[]; pages: number; total: number }> {
  const info = manifest.regionPages[code];
  if (!info || page < 0 || page >= info.pages) return { items: [], pages: info?.pages ?? 0, total: info?.items ?? 0 };
  const path = `regions/${code}/${chunkName(page)}`;
  const items = await cache.get<RegionPageItem[]>(path);
  if (!Array.isArray(items) || items.some((i) => !i || typeof i !== 'object' || typeof i.article !== 'string'))
    throw new Error(`${path}: not a list of region page items`);
  return { items, pages: info.pages, total: info.items };
}

/** A window of a region's figures and snippets: `limit` items from `offset`, and how many in all. */
export interface EvidencePage {
  items: RegionPageItem[];
  total: number;
}
export type EvidenceSource = (offset: number, limit: number) => Promise<EvidencePage>;

/**
 * A region's details on an atlas, any window of them: only the one or two region pages the window
 * falls in are fetched (and kept by the cache), whatever the region's total.
 */
export function atlasEvidence(cache: ChunkCache, manifest: DatasetManifest, code: string): EvidenceSource {
  return async (offset, limit) => {
    const info = manifest.regionPages[code];
    const total = info?.items ?? 0;
    if (!info || offset >= total || limit <= 0) return { items: [], total };
    const size = manifest.regionPageSize;
    const first = Math.floor(offset / size);
    const last = Math.min(info.pages - 1, Math.floor((offset + limit - 1) / size));
    const pages = await Promise.all(
      Array.from({ length: last - first + 1 }, (_, i) => fetchRegionPage(cache, manifest, code, first + i))
    );
    const start = offset - first * size;
    return { items: pages.flatMap((p) => p.items).slice(start, start + limit), total };
  };
}
