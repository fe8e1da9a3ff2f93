import { unitAtLevel } from '../regions/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';

/** The parts of an article record (data/articles.json) the map joins on. */
export interface ArticleLike {
  id: string;
  date: string | null;
  mentions: Record<string, number>;
}

export interface ArticleTotals {
  mentions: number;
  articles: number;
}

/** Years from..to (inclusive, either open); undated articles only pass an open window. */
export function inWindow(date: string | null, from: number | null, to: number | null): boolean {
  if (from === null && to === null) return true;
  const year = date ? Number(date.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  return (from === null || year >= from) && (to === null || year <= to);
}

/**
 * Mentions and mentioning articles per unit shown at `level`: a county's mentions count for its
 * district-level unit and province; a province-level mention counts for no district.
 */
export function articleTotals(
  articles: readonly ArticleLike[],
  regions: RegionIndex,
  level: MapLevel
): Map<string, ArticleTotals> {
  const out = new Map<string, ArticleTotals>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const [code, n] of Object.entries(a.mentions)) {
      const unit = unitAtLevel(code, level, regions);
      if (!unit || !(n > 0)) continue;
      const t = out.get(unit) ?? { mentions: 0, articles: 0 };
      t.mentions += n;
      if (!seen.has(unit)) (t.articles++, seen.add(unit));
      out.set(unit, t);
    }
  }
  return out;
}
