/**
 * Loads a chunked dataset (src/lib/data/chunked.ts) from the site's own origin: the manifest, the
 * aggregate and the flows at start; the article index (loadArticleIndex), an article's record or a
 * region's page of figures and snippets only when asked. `fetchJson` is injectable so the logic is tested without a server.
 */
import { parseFlows } from '../flows/parse';
import { formatIssue, FLOW_KINDS, type Flow, type FlowKind, type FlowStatus } from '../flows/types';
import type { RegionIndex } from '../regions/types';
import type { ArticleRecordLike } from '../report/regionReport';
import {
  chunkName,
  chunkOf,
  manifestProblem,
  type DatasetAggregate,
  type DatasetManifest,
  type FlowPairTotal,
  type IndexRow,
  type RegionPageItem
} from './chunked';

export type FetchText = (url: string) => Promise<string>;

export const fetchFromOrigin: FetchText = async (url) => {
  const r = await fetch(url, { credentials: 'same-origin' });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.text();
};

/** Index rows → the article records the explorer counts with (figures come later, on demand). */
export function articlesFromIndex(rows: readonly IndexRow[]): ArticleRecordLike[] {
  return rows.map(([id, date, lang, mentions]) => ({ id, date, lang, mentions, figures: [] }));
}

/**
 * Flows per origin–destination pair as the explorer's flows: one line per pair, kind and measure.
 * The value is the sum of distinct statements; a pair summed from several is "at least" only when
 * one of them was, and its note says how many statements and articles it joins.
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
  flows: Flow[];
  problems: string[];
}

const join = (base: string, path: string) => (base.endsWith('/') ? base : base + '/') + path;

export async function loadChunkedDataset(base: string, regions: RegionIndex, fetchText: FetchText = fetchFromOrigin): Promise<ChunkedDataset> {
  const manifest = parseChunk<DatasetManifest>('manifest.json', await fetchText(join(base, 'manifest.json')));
  const bad = manifestProblem(manifest);
  if (bad) throw new Error(bad);
  const [aggregateText, flowsText] = await Promise.all([
    fetchText(join(base, manifest.aggregate)),
    manifest.flows ? fetchText(join(base, manifest.flows)) : null
  ]);
  const aggregate = parseChunk<DatasetAggregate>(manifest.aggregate, aggregateText);
  if (!aggregate || typeof aggregate.regions !== 'object' || !Array.isArray(aggregate.flows) || typeof aggregate.articles !== 'object')
    throw new Error(`${manifest.aggregate}: missing regions, articles or flows`);
  const problems: string[] = [];
  let flows: Flow[];
  if (manifest.flows && flowsText !== null) {
    const parents = new Map(Object.values(regions).map((r) => [r.code, r.parent]));
    const parsed = parseFlows(flowsText, { file: manifest.flows, regions: parents, articles: articleIdsOf(manifest) });
    flows = parsed.flows;
    problems.push(...parsed.issues.map(formatIssue));
  } else flows = flowsFromAggregate(aggregate.flows);
  return { base, manifest, aggregate, flows, problems };
}

/**
 * The article ids a flows.csv row may name, without the index: an id the article chunks can hold
 * (not before the first chunk's first id). Both files come from one writer (scripts/lib/datasetWriter.ts),
 * so this only catches a row naming no article of this dataset's id range.
 */
function articleIdsOf(manifest: DatasetManifest): ReadonlySet<string> {
  return { has: (id: string) => id !== '' && chunkOf(id, manifest.articleChunks) >= 0 } as ReadonlySet<string>;
}

/** Lets the page paint between chunks: parsing 100,000 index rows in one task would block a click for its duration. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An atlas's compact index of every article (id, date, language, mentions per code), fetched on
 * first need: its chunks in parallel, each parsed in its own task.
 */
export async function loadArticleIndex(base: string, manifest: DatasetManifest, fetchText: FetchText = fetchFromOrigin): Promise<ArticleRecordLike[]> {
  const n = manifest.index.chunks;
  const texts: (Promise<string> | undefined)[] = [];
  // Two chunks in flight at a time: twenty at once would hold every connection the page has (six
  // per host), and the region page the click also asked for would wait behind them.
  const start = (i: number) => {
    if (i >= n || texts[i]) return;
    const text = (texts[i] = fetchText(join(base, `index/${chunkName(i)}`)));
    // A chunk after a failed one fails the same way or not at all: the first failure is the one reported.
    text.catch(() => {});
  };
  start(0);
  const articles: ArticleRecordLike[] = [];
  for (let i = 0; i < n; i++) {
    start(i + 1);
    const path = `index/${chunkName(i)}`;
    const rows = parseChunk<IndexRow[]>(path, await texts[i]!);
    if (!Array.isArray(rows)) throw new Error(`${path}: not a list of index rows`);
    for (const a of articlesFromIndex(rows)) articles.push(a);
    await nextTask();
  }
  return articles;
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
