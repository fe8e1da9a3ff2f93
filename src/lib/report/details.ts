import type { Flow } from '../flows/types';
import type { MetricDef } from '../metrics/catalog';
import type { RegionIndex } from '../regions/types';
import type { Lang } from '../url/codec';
import type { FlowLine, MetricLine } from './lines';
import { rankAmong, within, type ArticleRecordLike } from './regionReport';

/**
 * Every metric that has a value for the region, with its rank among the units of the level.
 * `valuesOf` gives a metric's values at the level; the explorer caches them, so a click ranks
 * without recomputing the catalog.
 */
export function metricLines(
  code: string,
  catalog: readonly MetricDef[],
  valuesOf: (m: MetricDef) => ReadonlyMap<string, number>,
  lang: Lang
): MetricLine[] {
  return catalog.flatMap((m) => {
    // Rates per area are a way of mapping a count, not another fact about the place (map engineer).
    if (m.per) return [];
    const values = valuesOf(m);
    const value = values.get(code);
    if (value === undefined && m.family === 'flows') return [];
    return [{ id: m.id, label: m.label[lang], unit: m.unit, value, rank: rankAmong(code, values), flow: m.flow }];
  });
}

/** The flows that reach the region (in) and leave it (out), the other end named in `lang`. */
export function flowLines(
  code: string,
  flows: readonly Flow[],
  regions: RegionIndex,
  lang: Lang
): { flowsIn: FlowLine[]; flowsOut: FlowLine[] } {
  const name = (c: string) => (regions[c] ? (lang === 'zh' ? regions[c].name_zh : regions[c].name_en) : c);
  const names = (cs: string[]) => cs.map(name).join(lang === 'zh' ? '、' : ' + ');
  const line = (f: Flow, other: string[]): FlowLine => ({
    id: f.id,
    other: names(other),
    kind: f.kind,
    measure: f.measure ?? '',
    value: f.value,
    approx: f.approx,
    grouped: f.origin.length > 1,
    period: f.period,
    article: f.article
  });
  const flowsIn: FlowLine[] = [];
  const flowsOut: FlowLine[] = [];
  for (const f of flows) {
    const intoIt = f.destination.some((d) => within(d, code, regions));
    const fromIt = f.origin.some((o) => within(o, code, regions));
    if (intoIt && !fromIt) flowsIn.push(line(f, f.origin));
    else if (fromIt && !intoIt) flowsOut.push(line(f, f.destination));
  }
  return { flowsIn, flowsOut };
}
