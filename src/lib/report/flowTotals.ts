import type { Lang } from '../domain';
import type { FlowSide } from '../metrics/catalog';
import { formatNumber } from '../format/number';
import type { MetricLine } from './lines';

/** One cell of a region's flow totals: the printed total and, except for the balance, its rank. */
export interface FlowTotalCell {
  side: FlowSide;
  text: string;
  rank: number | null;
}

/** A region's flow metrics as a table of measure × side, ready to print. */
export interface FlowTotalsTable {
  /** The columns: planned inflow only where some metric has it. */
  sides: FlowSide[];
  rows: { measure: string; cells: FlowTotalCell[] }[];
  /** Some total is a lower bound (parts that may overlap were not added). */
  anyBound: boolean;
  /** Some balance is a difference of lower bounds. */
  anyApprox: boolean;
}

/** A flow total: ≥ for a lower bound, ≈ for a difference of lower bounds, — for none. */
export function flowTotalText(m: MetricLine | undefined, lang: Lang): string {
  if (m?.value === undefined) return '—';
  return `${m.atLeast ? '≥ ' : m.approx ? '≈ ' : ''}${formatNumber(m.value, lang)}`;
}

/** The flow metrics of a region's details, one row per measure in the order they first appear. */
export function flowTotalsTable(metrics: MetricLine[], lang: Lang): FlowTotalsTable {
  const flows = metrics.filter((m) => m.flow);
  const measures = [...new Set(flows.map((m) => m.flow!.measure))];
  const sides: FlowSide[] = flows.some((m) => m.flow!.side === 'planned')
    ? ['inflow', 'outflow', 'net', 'planned']
    : ['inflow', 'outflow', 'net'];
  const rows = measures.map((measure) => ({
    measure,
    cells: sides.map((side): FlowTotalCell => {
      const m = flows.find((x) => x.flow!.measure === measure && x.flow!.side === side);
      return { side, text: flowTotalText(m, lang), rank: side !== 'net' && m?.rank ? m.rank.rank : null };
    })
  }));
  return { sides, rows, anyBound: metrics.some((m) => m.atLeast), anyApprox: metrics.some((m) => m.approx) };
}
