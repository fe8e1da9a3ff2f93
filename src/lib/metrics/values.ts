import type { MapLevel, RegionIndex } from '../regions/types';
import type { Flow } from '../flows/types';
import { articleTotals, type ArticleLike } from './articles';
import { flowTotalsAtLevel } from './flowTotals';
import type { MetricDef } from './catalog';

/** The count metric a rate's id names ("inflow:projects/km2" → inflow:projects), rebuilt from its id. */
function catalogLookup(id: string): MetricDef {
  const [side, measure] = id.split(':');
  if (measure) return { id, family: 'flows', label: { en: id, zh: id }, unit: measure, palette: 'Oranges', rollsUp: false, flow: { side: side as 'inflow' | 'outflow', measure } };
  return { id, family: 'articles', label: { en: id, zh: id }, unit: id, palette: 'YlGnBu', rollsUp: true };
}

/**
 * The value of a metric for each unit shown at `level` that has one. Units absent from the map have
 * no data, which the legend counts apart from zero.
 */
export function metricValues(
  metric: MetricDef,
  level: MapLevel,
  regions: RegionIndex,
  articles: readonly ArticleLike[],
  flows: readonly Flow[]
): Map<string, number> {
  const out = new Map<string, number>();
  if (metric.per) {
    // A rate per 1,000 km²: the count divided by the unit's area (geo/out/regions.json area_km2).
    const base = catalogLookup(metric.per.base);
    for (const [code, v] of metricValues(base, level, regions, articles, flows)) {
      const area = regions[code]?.area_km2;
      if (area && area > 0) out.set(code, Math.round((v / area) * 1000 * 100) / 100);
    }
    return out;
  }
  if (metric.flow) {
    const { side, measure } = metric.flow;
    for (const [code, t] of flowTotalsAtLevel(flows, measure, level, regions)) {
      if (side === 'inflow' && t.inflow) out.set(code, t.inflow);
      else if (side === 'outflow' && t.outflow) out.set(code, t.outflow);
      else if (side === 'net') out.set(code, t.inflow - t.outflow);
    }
    return out;
  }
  for (const [code, t] of articleTotals(articles, regions, level)) {
    if (metric.id === 'mentions') out.set(code, t.mentions);
    else if (metric.id === 'articles') out.set(code, t.articles);
    else if (metric.id === 'mentions_per_article') out.set(code, Math.round((100 * t.mentions) / t.articles) / 100);
  }
  return out;
}
