import type { MapLevel, RegionIndex } from '../regions/types';
import type { Flow } from '../flows/types';
import { articleTotals, type ArticleLike, type ArticleTotals } from './articles';
import { flowTotalsAtLevel, type LevelFlowTotals } from './flowTotals';
import type { FlowSide, MetricDef } from './catalog';

/** A metric's values at a level, and which of them are not exact. */
export interface MetricResult {
  values: Map<string, number>;
  /** Lower bounds: parts that may overlap were not added ("at least"). */
  atLeast: Set<string>;
  /** A difference of lower bounds (net): neither exact nor a bound. */
  approx: Set<string>;
  /** Per-unit flow totals behind a flow metric (empty for article metrics), for the details. */
  totals: Map<string, LevelFlowTotals>;
}

/** The count metric a rate's id names ("inflow:projects/km2" → inflow:projects), rebuilt from its id. */
function catalogLookup(id: string): MetricDef {
  const [side, measure] = id.split(':');
  if (measure)
    return {
      id,
      family: 'flows',
      label: { en: id, zh: id },
      unit: measure,
      palette: 'Oranges',
      rollsUp: false,
      flow: { side: side as FlowSide, measure }
    };
  return { id, family: 'articles', label: { en: id, zh: id }, unit: id, palette: 'YlGnBu', rollsUp: true };
}

/**
 * The value of a metric for each unit shown at `level` that has one. Units absent from the map have
 * no data, which the legend counts apart from zero. Flow metrics take distinct flows
 * (consolidateFlows), never raw statements.
 */
export function metricResult(
  metric: MetricDef,
  level: MapLevel,
  regions: RegionIndex,
  articles: readonly ArticleLike[],
  flows: readonly Flow[],
  /** The article counts per unit of `level` already summed (an atlas's aggregate), instead of counting `articles`. */
  counts?: ReadonlyMap<string, ArticleTotals>
): MetricResult {
  const out: MetricResult = { values: new Map(), atLeast: new Set(), approx: new Set(), totals: new Map() };
  if (metric.per) {
    // A rate per 1,000 km²: the count divided by the unit's area (geo/out/regions.json area_km2);
    // a lower bound stays a lower bound.
    const base = metricResult(catalogLookup(metric.per.base), level, regions, articles, flows, counts);
    for (const [code, v] of base.values) {
      const area = regions[code]?.area_km2;
      if (!area || area <= 0) continue;
      out.values.set(code, Math.round((v / area) * 1000 * 100) / 100);
      if (base.atLeast.has(code)) out.atLeast.add(code);
      if (base.approx.has(code)) out.approx.add(code);
    }
    return out;
  }
  if (metric.flow) {
    const { side, measure } = metric.flow;
    const totals = flowTotalsAtLevel(flows, measure, level, regions, side === 'planned' ? 'planned' : 'achieved');
    out.totals = totals;
    for (const [code, t] of totals) {
      const part = side === 'outflow' ? t.outflow : t.inflow;
      if (side === 'net') {
        if (!t.inflow.parts.length && !t.outflow.parts.length) continue;
        out.values.set(code, t.inflow.value - t.outflow.value);
        // With nothing flowing out, net is the inflow, and as much a lower bound; otherwise a difference of bounds.
        if (!t.outflow.parts.length && t.inflow.atLeast) out.atLeast.add(code);
        else if (t.inflow.atLeast || t.outflow.atLeast) out.approx.add(code);
      } else if (part.parts.length) {
        out.values.set(code, part.value);
        if (part.atLeast) out.atLeast.add(code);
      }
    }
    return out;
  }
  for (const [code, t] of counts ?? articleTotals(articles, regions, level)) {
    if (metric.id === 'mentions') out.values.set(code, t.mentions);
    else if (metric.id === 'articles') out.values.set(code, t.articles);
    else if (metric.id === 'mentions_per_article') out.values.set(code, Math.round((100 * t.mentions) / t.articles) / 100);
  }
  return out;
}

export function metricValues(
  metric: MetricDef,
  level: MapLevel,
  regions: RegionIndex,
  articles: readonly ArticleLike[],
  flows: readonly Flow[]
): Map<string, number> {
  return metricResult(metric, level, regions, articles, flows).values;
}
