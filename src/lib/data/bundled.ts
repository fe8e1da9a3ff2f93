import regionsJson from '../../../geo/out/regions.json';
import articlesJson from '../../../data/articles.json';
import flowsCsv from '../../../data/flows.csv?raw';
import { parseFlows } from '../flows/parse';
import { formatIssue } from '../flows/types';
import type { RegionIndex } from '../regions/types';
import type { ArticleRecordLike } from '../report/regionReport';
import type { Dataset } from '../state/explorer.svelte';
import { lazy } from '../lazy';
import { ChunkCache, loadChunkedDataset, loadFlowRows, type ChunkedDataset } from './load';
import { AtlasIndex } from './atlasIndex';

/**
 * The data shipped with the app. The build's validation already refused bad rows; a row that still
 * fails here is dropped and reported, never drawn half-valid.
 */
function bundled(): { data: Dataset; problems: string[] } {
  const regions = regionsJson as unknown as RegionIndex;
  const articles = (articlesJson as unknown as { articles: ArticleRecordLike[] }).articles;
  const parents = new Map(Object.values(regions).map((r) => [r.code, r.parent]));
  const { flows, issues } = parseFlows(flowsCsv, {
    file: 'data/flows.csv',
    regions: parents,
    articles: new Set(articles.map((a) => a.id))
  });
  return {
    data: { name: 'bundled', regions, articles, flows },
    problems: issues.map(formatIssue)
  };
}

/** Set by a build for a published atlas (`npm run atlas`): where, on the site's own origin, its dataset is. */
const DATASET_URL: string | undefined = import.meta.env.VITE_DATASET;

let external: { chunked: ChunkedDataset; cache: ChunkCache; data: Dataset } | null = null;
let externalProblem: string | null = null;

/**
 * Before the app mounts: an atlas build fetches its chunked dataset (manifest, aggregate, flows);
 * a normal build has nothing to do. A dataset that cannot be loaded falls back to the bundled data
 * with a notice, never a blank page.
 */
export async function preloadDataset(): Promise<void> {
  if (!DATASET_URL) return;
  const base = new URL(DATASET_URL, document.baseURI).href;
  try {
    const regions = regionsJson as unknown as RegionIndex;
    const chunked = await loadChunkedDataset(base, regions);
    const index = new AtlasIndex(base, chunked.manifest);
    // The article columns (3 MB at 100,000 articles) are fetched once the map is ready and the page
    // idle, so a first click rarely waits for them; a failure there is retried when a list needs them.
    lazy(() => index.table().then(() => ({ default: null })));
    external = {
      chunked,
      cache: new ChunkCache(base),
      data: {
        name: chunked.manifest.title,
        regions,
        articles: [],
        loadArticles: () => index.articles(),
        regionArticles: (code, from, to) => index.regionArticles(code, from, to),
        articleYears: chunked.aggregate.articles,
        flows: chunked.flows,
        distinctFlows: chunked.distinctFlows ?? undefined,
        loadFlows: chunked.distinctFlows ? () => loadFlowRows(base, chunked.manifest, regions) : undefined,
        aggregate: chunked.aggregate.regions
      }
    };
    document.title = `${chunked.manifest.title} · JJJ Atlas`;
  } catch (e) {
    externalProblem = `the atlas dataset could not be loaded (${e instanceof Error ? e.message : String(e)}); showing the bundled data`;
  }
}

/** The chunked dataset of an atlas build, for details fetched on demand (fetchArticle, fetchRegionPage). */
export function chunkedDataset(): { chunked: ChunkedDataset; cache: ChunkCache } | null {
  return external;
}

export function bundledDataset(): { data: Dataset; problems: string[] } {
  if (external) return { data: external.data, problems: external.chunked.problems };
  const b = bundled();
  return externalProblem ? { ...b, problems: [externalProblem, ...b.problems] } : b;
}
