import { aggregateRegions, type RegionTotals } from './aggregate';
import type { ArticleRecord } from './ingest';

export const SCHEMA_VERSION = 2;

export interface ArticlesFile {
  schema: number;
  articles: ArticleRecord[];
  regions: Record<string, RegionTotals>;
}

/** The whole output: articles sorted by id, region totals by code. */
export function buildArticlesFile(records: readonly ArticleRecord[], parent: ReadonlyMap<string, string | null>): ArticlesFile {
  const articles = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schema: SCHEMA_VERSION, articles, regions: aggregateRegions(articles, parent) };
}

/** A copy with every object's keys in sorted order, for JSON that diffs well (the CLI's stableJson matches it). */
export function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])])
    );
  }
  return v;
}

/** Byte-stable JSON: sorted keys, two-space indent, final newline; reruns diff to nothing. */
export function stringifyArticlesFile(file: ArticlesFile): string {
  return JSON.stringify(sortKeys(file), null, 2) + '\n';
}
