import regionsJson from '../../../geo/out/regions.json';
import articlesJson from '../../../data/articles.json';
import flowsCsv from '../../../data/flows.csv?raw';
import { parseFlows } from '../flows/parse';
import { formatIssue } from '../flows/types';
import type { RegionIndex } from '../regions/types';
import type { ArticleRecordLike } from '../report/regionReport';
import type { Dataset } from '../state/explorer.svelte';

/**
 * The data shipped with the app. The build's validation already refused bad rows; a row that still
 * fails here is dropped and reported, never drawn half-valid.
 */
export function bundledDataset(): { data: Dataset; problems: string[] } {
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
