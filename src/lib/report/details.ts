import { isDirected } from '../flows/types';
import type { ConsolidatedFlow } from '../flows/consolidate';
import { mayOverlap, statusClass } from '../metrics/flowTotals';
import type { MetricDef } from '../metrics/catalog';
import type { MetricResult } from '../metrics/values';
import type { RegionIndex } from '../regions/types';
import type { Lang } from '../domain';
import { regionList, regionNames } from '../format/regionName';
import type { FlowLine, FlowRole, MetricLine } from './lines';
import { rankAmong, within } from './regionReport';

/**
 * Every metric that has a value for the region, with its rank among the units of the level.
 * `valuesOf` gives a metric's values at the level; the explorer caches them, so a click ranks
 * without recomputing the catalog. `boundsOf` says which values are lower bounds.
 */
export function metricLines(
  code: string,
  catalog: readonly MetricDef[],
  valuesOf: (m: MetricDef) => ReadonlyMap<string, number>,
  lang: Lang,
  boundsOf?: (m: MetricDef) => Pick<MetricResult, 'atLeast' | 'approx'>
): MetricLine[] {
  return catalog.flatMap((m) => {
    // Rates per area are a way of mapping a count, not another fact about the place (map engineer).
    if (m.per) return [];
    const values = valuesOf(m);
    const value = values.get(code);
    if (value === undefined && m.family === 'flows') return [];
    const b = boundsOf?.(m);
    return [
      {
        id: m.id,
        label: m.label[lang],
        unit: m.unit,
        value,
        rank: rankAmong(code, values),
        flow: m.flow,
        atLeast: b?.atLeast.has(code) ?? false,
        approx: b?.approx.has(code) ?? false
      }
    ];
  });
}

/**
 * The flows that reach the region (in) and leave it (out), the other end named in `lang`, each
 * saying how it enters the region's totals — the same rules as flowTotalsAtLevel: a side stated
 * for a group with members outside the region is shared; parts that may overlap add only their
 * largest; planned flows stand apart; flows without a number are listed only.
 */
export function flowLines(
  code: string,
  flows: readonly ConsolidatedFlow[],
  regions: RegionIndex,
  lang: Lang
): { flowsIn: FlowLine[]; flowsOut: FlowLine[] } {
  const result = { flowsIn: [] as FlowLine[], flowsOut: [] as FlowLine[] };
  for (const dir of ['in', 'out'] as const) {
    const mine = (f: ConsolidatedFlow) => (dir === 'in' ? f.destination : f.origin);
    const theirs = (f: ConsolidatedFlow) => (dir === 'in' ? f.origin : f.destination);
    const touching = flows.filter(
      (f) => mine(f).some((c) => within(c, code, regions)) && !theirs(f).some((c) => within(c, code, regions))
    );
    const outside = (f: ConsolidatedFlow) => mine(f).filter((c) => !within(c, code, regions));
    const countable = (f: ConsolidatedFlow) => isDirected(f.kind) && f.value !== null && f.measure !== null;
    const own = touching.filter((f) => countable(f) && outside(f).length === 0);
    const role = (f: ConsolidatedFlow): FlowRole => {
      if (!countable(f)) return 'listed';
      if (outside(f).length) return 'shared';
      if (statusClass(f) === 'planned') return 'planned';
      return own.some((g) => g !== f && statusClass(g) === 'achieved' && mayOverlap(f, g, regions)) ? 'part' : 'counted';
    };
    const lines = touching.map((f): FlowLine => {
      const r = role(f);
      return {
        id: f.id,
        other: regionNames(regions, theirs(f), lang),
        kind: f.kind,
        measure: f.measure ?? '',
        value: f.value,
        approx: f.approx,
        status: f.status,
        period: f.period,
        article: f.article,
        role: r,
        sharedWith: r === 'shared' ? regionList(regions, outside(f), lang) : '',
        overlapsWith:
          r === 'part'
            ? own.filter((g) => g !== f && statusClass(g) === 'achieved' && mayOverlap(f, g, regions)).map((g) => g.value!)
            : [],
        sources: new Set(f.sources.map((s) => s.article)).size,
        supersedes: f.history.length,
        provenance: f.provenance,
        grouped: theirs(f).length > 1
      };
    });
    // Counted first, then parts, shared, planned and the rest; larger values first within each.
    const order: FlowRole[] = ['counted', 'part', 'shared', 'planned', 'listed'];
    lines.sort(
      (a, b) =>
        order.indexOf(a.role) - order.indexOf(b.role) || a.measure.localeCompare(b.measure) || (b.value ?? -1) - (a.value ?? -1)
    );
    result[dir === 'in' ? 'flowsIn' : 'flowsOut'] = lines;
  }
  return result;
}
