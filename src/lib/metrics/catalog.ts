import type { PaletteName } from '../classify/palette';
import type { Lang } from '../domain';
import { unitLabel } from '../format/units';

export type MetricFamily = 'articles' | 'flows';
/** `planned` is the planned inflow: targets and commitments, never added to what has moved. */
export type FlowSide = 'inflow' | 'outflow' | 'net' | 'planned';

export interface MetricDef {
  id: string;
  family: MetricFamily;
  label: Record<Lang, string>;
  /** What one unit of the value is, for the legend and details. */
  unit: string;
  palette: PaletteName;
  /** Whether a parent's value is the sum of its children's (mentions per article is not). */
  rollsUp: boolean;
  flow?: { side: FlowSide; measure: string };
  /** A rate: `base` (a count metric's id) per 1,000 km² of the unit's area. Counts have none. */
  per?: { base: string; unit: 'km2' };
}

/** Counts are drawn as proportional circles; rates, shares and signed balances as a choropleth. */
export function isCount(m: MetricDef): boolean {
  return m.rollsUp || m.flow?.side === 'inflow' || m.flow?.side === 'outflow' || m.flow?.side === 'planned';
}

export const DEFAULT_METRIC = 'mentions';

const ARTICLE_METRICS: MetricDef[] = [
  {
    id: 'mentions',
    family: 'articles',
    label: { en: 'Mentions in articles', zh: '文章提及次数' },
    unit: 'mentions',
    palette: 'YlGnBu',
    rollsUp: true
  },
  {
    id: 'articles',
    family: 'articles',
    label: { en: 'Articles mentioning', zh: '提及该地的文章数' },
    unit: 'articles',
    palette: 'YlGnBu',
    rollsUp: true
  },
  {
    id: 'mentions_per_article',
    family: 'articles',
    label: { en: 'Mentions per article', zh: '每篇文章提及次数' },
    unit: 'mentions per article',
    palette: 'Purples',
    rollsUp: false
  }
];

const SIDES: Record<FlowSide, { en: string; zh: string; palette: PaletteName }> = {
  inflow: { en: 'Inflow', zh: '流入', palette: 'Oranges' },
  outflow: { en: 'Outflow', zh: '流出', palette: 'Purples' },
  net: { en: 'Net inflow', zh: '净流入', palette: 'PuOr' },
  planned: { en: 'Planned inflow', zh: '计划流入', palette: 'Oranges' }
};

/**
 * Every metric the data supports: the article metrics, then inflow/outflow/net per measure of the
 * directed flows with a value, and planned inflow per measure that has planned flows.
 */
export function metricCatalog(flowMeasures: readonly string[], plannedMeasures: readonly string[] = []): MetricDef[] {
  const planned = new Set(plannedMeasures);
  const flows = [...new Set(flowMeasures)].sort().flatMap((measure) =>
    (Object.keys(SIDES) as FlowSide[])
      .filter((side) => side !== 'planned' || planned.has(measure))
      .map((side): MetricDef => {
        const m = { en: unitLabel(measure, 'en'), zh: unitLabel(measure, 'zh') };
        return {
          id: `${side}:${measure}`,
          family: 'flows',
          label: { en: `${SIDES[side].en} — ${m.en}`, zh: `${SIDES[side].zh}（${m.zh}）` },
          unit: measure,
          palette: SIDES[side].palette,
          // Flows between two units of the same parent vanish inside it, so parent values are recomputed, not summed.
          rollsUp: false,
          flow: { side, measure }
        };
      })
  );
  const counts = [...ARTICLE_METRICS, ...flows].filter(isCount);
  return [...ARTICLE_METRICS, ...flows, ...counts.map(perArea)];
}

// --- Rates per area (map engineer): one per count metric. No per-resident rate: the 2020 census
// population of every unit is not available offline here (README, "Symbols and rates").
function perArea(m: MetricDef): MetricDef {
  return {
    id: `${m.id}/km2`,
    family: m.family,
    label: { en: `${m.label.en} per 1,000 km²`, zh: `${m.label.zh}（每千平方公里）` },
    unit: `${m.unit} per 1,000 km²`,
    palette: m.palette,
    rollsUp: false,
    per: { base: m.id, unit: 'km2' }
  };
}
