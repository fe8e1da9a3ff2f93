import { widthSamples } from '../flows/widthSamples';
import { pairWidth, type WidthScale } from './flowPairs';

/** Round shares a legend row may show below the largest. */
const NICE_SHARES = [0.5, 0.25, 0.1, 0.05, 0.02, 0.01];

/**
 * Shares for the legend: the largest drawn (to a whole per cent), then the round shares nearest a
 * third and a tenth of it, each smaller than the one before and at least 1 %.
 */
export function shareSamples(max: number): number[] {
  if (!Number.isFinite(max) || max <= 0) return [];
  const top = Math.max(0.01, Math.round(Math.min(1, max) * 100) / 100);
  const out = [top];
  for (const aim of [top / 3, top / 10]) {
    const nice = NICE_SHARES.reduce((a, b) => (Math.abs(Math.log(b / aim)) < Math.abs(Math.log(a / aim)) ? b : a));
    if (nice < out[out.length - 1]! - 1e-9) out.push(nice);
  }
  return out;
}

export interface WidthLegend {
  /** The rows are shares of each measure's total (lines of several measures drawn), else values of `measure`. */
  share: boolean;
  rows: { value: number; width: number }[];
}

/**
 * What the width legend shows, read from the same scale as the lines. With one measure drawn, its
 * values (4,959 · 1,200 · 310 projects) at the widths those values get; with several, whose units
 * cannot be compared, the shares of a measure's total that the widths stand for (80 % · 25 % · 10 %).
 */
export function widthLegend(scale: WidthScale, measure: string | null): WidthLegend {
  if (scale.max.size > 1) {
    const [min, max] = scale.range;
    const most = Math.max(...[...scale.max].map(([m, v]) => v / (scale.total.get(m) || v)));
    return { share: true, rows: shareSamples(most).map((s) => ({ value: s, width: Math.max(min, Math.min(max, max * s)) })) };
  }
  const top = measure ? scale.max.get(measure) : undefined;
  if (!top) return { share: false, rows: [] };
  return {
    share: false,
    rows: widthSamples(top).map((v) => ({ value: v, width: pairWidth({ measure, total: { value: v } }, scale) }))
  };
}
