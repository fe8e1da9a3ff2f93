import type { RegionTotals } from '../ingest/aggregate';

/**
 * Adds partial region totals into `acc`. The totals of a corpus are the sum of its parts' totals
 * (each article counts once per code in exactly one part), so shards, threads or batches can be
 * aggregated separately and merged in any order with the same result.
 */
export function addRegionTotals(acc: Map<string, RegionTotals>, part: Readonly<Record<string, RegionTotals>>): Map<string, RegionTotals> {
  for (const [code, t] of Object.entries(part)) {
    const a = acc.get(code);
    if (!a) acc.set(code, { mentions: t.mentions, articles: t.articles, rollup: { mentions: t.rollup.mentions, articles: t.rollup.articles } });
    else {
      a.mentions += t.mentions;
      a.articles += t.articles;
      a.rollup.mentions += t.rollup.mentions;
      a.rollup.articles += t.rollup.articles;
    }
  }
  return acc;
}

/** The merged totals keyed in code order, as data/articles.json stores them. */
export function sortedTotals(acc: ReadonlyMap<string, RegionTotals>): Record<string, RegionTotals> {
  const out: Record<string, RegionTotals> = {};
  for (const code of [...acc.keys()].sort()) out[code] = acc.get(code)!;
  return out;
}
