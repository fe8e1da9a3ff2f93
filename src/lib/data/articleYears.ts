import type { DatasetAggregate } from './chunked';

/**
 * Articles in a time window from an atlas's per-year counts (aggregate.json `articles`), as
 * counting the index rows with inWindow would: undated articles count only in an open window.
 */
export function articlesInWindow(perYear: DatasetAggregate['articles'], from: number | null, to: number | null): number {
  let n = 0;
  for (const [year, c] of Object.entries(perYear)) {
    if (from !== null || to !== null) {
      const y = Number(year);
      if (!Number.isFinite(y) || (from !== null && y < from) || (to !== null && y > to)) continue;
    }
    n += c.en + c.zh;
  }
  return n;
}

/** The dated years with articles, for the time slider (the "undated" key is not a year). */
export const yearsOfArticles = (perYear: DatasetAggregate['articles']): number[] =>
  Object.entries(perYear)
    .filter(([, c]) => c.en + c.zh > 0)
    .map(([year]) => Number(year))
    .filter(Number.isFinite);
