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
import { overlapIndex } from './overlapIndex';

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
 *
 * A region of a large atlas touches thousands of flows, so nothing here compares every flow with
 * every other: whether a flow is a part is answered once per group of flows with the same measure,
 * places and period (they all overlap one another or none), and the values a part may overlap with
 * are listed only when a line is read (a page at a time), since together they grow with the square
 * of the flows.
 */
export function flowLines(
  code: string,
  flows: readonly ConsolidatedFlow[],
  regions: RegionIndex,
  lang: Lang
): { flowsIn: FlowLine[]; flowsOut: FlowLine[] } {
  const result = { flowsIn: [] as FlowLine[], flowsOut: [] as FlowLine[] };
  // A few hundred codes, asked about once each rather than an ancestry walk per flow side.
  const inside = new Map<string, boolean>();
  const isIn = (c: string) => {
    let v = inside.get(c);
    if (v === undefined) inside.set(c, (v = within(c, code, regions)));
    return v;
  };
  const sharedNames = new Map<string, string>();
  for (const dir of ['in', 'out'] as const) {
    const mine = (f: ConsolidatedFlow) => (dir === 'in' ? f.destination : f.origin);
    const theirs = (f: ConsolidatedFlow) => (dir === 'in' ? f.origin : f.destination);
    const touching: { f: ConsolidatedFlow; outside: string[] }[] = [];
    for (const f of flows)
      if (mine(f).some(isIn) && !theirs(f).some(isIn)) touching.push({ f, outside: mine(f).filter((c) => !isIn(c)) });
    const countable = (f: ConsolidatedFlow) => isDirected(f.kind) && f.value !== null && f.measure !== null;
    const own = touching.filter((t) => countable(t.f) && t.outside.length === 0).map((t) => t.f);
    const overlaps = overlapIndex(
      own.filter((g) => statusClass(g) === 'achieved'),
      regions
    );
    const role = (f: ConsolidatedFlow, outside: readonly string[]): FlowRole => {
      if (!countable(f)) return 'listed';
      if (outside.length) return 'shared';
      if (statusClass(f) === 'planned') return 'planned';
      return overlaps.hasOther(f) ? 'part' : 'counted';
    };
    const lines = touching.map(({ f, outside }): FlowLine => {
      const r = role(f, outside);
      const key = outside.join('+');
      let shared = '';
      if (r === 'shared') {
        shared = sharedNames.get(key) ?? regionList(regions, outside, lang);
        sharedNames.set(key, shared);
      }
      let parts: number[] | null = r === 'part' ? null : [];
      const line = {
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
        sharedWith: shared,
        overlapsWith: [] as number[],
        sources: distinctArticles(f),
        supersedes: f.history.length,
        provenance: f.provenance,
        grouped: theirs(f).length > 1
      };
      // Listed when read (FlowList reads the lines of the page it shows), then kept.
      Object.defineProperty(line, 'overlapsWith', {
        enumerable: true,
        get: () =>
          (parts ??= own
            .filter((g) => g !== f && statusClass(g) === 'achieved' && mayOverlap(f, g, regions))
            .map((g) => g.value!))
      });
      return line;
    });
    // Counted first, then parts, shared, planned and the rest; larger values first within each.
    const rank = (r: FlowRole) => ORDER.indexOf(r);
    lines.sort((a, b) => rank(a.role) - rank(b.role) || byMeasure(a.measure, b.measure) || (b.value ?? -1) - (a.value ?? -1));
    result[dir === 'in' ? 'flowsIn' : 'flowsOut'] = lines;
  }
  return result;
}

const ORDER: FlowRole[] = ['counted', 'part', 'shared', 'planned', 'listed'];
// One collator for every comparison: String#localeCompare builds its own each call.
const byMeasure = new Intl.Collator().compare;

/**
 * Articles stating a flow: one per article however many of its statements it makes. Kept per flow:
 * a flow of a large atlas has tens of thousands of statements, and every click on either end
 * would count them again.
 */
const articlesOf = new WeakMap<ConsolidatedFlow, number>();
function distinctArticles(f: ConsolidatedFlow): number {
  if (f.sources.length < 2) return f.sources.length;
  let n = articlesOf.get(f);
  if (n === undefined) articlesOf.set(f, (n = new Set(f.sources.map((s) => s.article)).size));
  return n;
}
