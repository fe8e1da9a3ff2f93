import { codesAtLevel } from '../regions/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';
import type { ArticleTotals } from '../metrics/articles';
import type { DatasetAggregate } from './chunked';

/**
 * Mentions and mentioning articles per unit shown at `level`, summed over the years of the window,
 * from an atlas's aggregate (per code and year: [mentions, articles, rollup mentions, rollup
 * articles]) instead of every article record. A unit's rollup counts the unit and everything inside
 * it, each article once, which is what articleTotals counts from records for the unit at that level.
 * Undated articles only count in an open window, as inWindow says.
 */
export function aggregateArticleTotals(
  aggregate: DatasetAggregate['regions'],
  regions: RegionIndex,
  level: MapLevel,
  from: number | null,
  to: number | null
): Map<string, ArticleTotals> {
  const open = from === null && to === null;
  const out = new Map<string, ArticleTotals>();
  for (const code of codesAtLevel(level, regions)) {
    const years = aggregate[code];
    if (!years) continue;
    let mentions = 0;
    let articles = 0;
    for (const [year, row] of Object.entries(years)) {
      if (!open) {
        const y = Number(year);
        if (!Number.isFinite(y) || (from !== null && y < from) || (to !== null && y > to)) continue;
      }
      mentions += row[2];
      articles += row[3];
    }
    if (mentions > 0) out.set(code, { mentions, articles });
  }
  return out;
}
