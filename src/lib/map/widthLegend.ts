import { widthSamples } from '../flows/widthSamples';
import { figuresWidth, pairWidth, type WidthScale } from './flowPairs';

/** Round figure counts a legend row may show below the largest. */
const NICE_FIGURES = [5, 2, 1, 0.5, 0.2, 0.1];

/**
 * Figure counts for the legend: the largest drawn (to one decimal), then the round counts nearest a
 * third and a tenth of it, each smaller than the one before and at least 0.1.
 */
export function figureSamples(max: number): number[] {
  if (!Number.isFinite(max) || max <= 0) return [];
  const top = Math.max(0.1, Math.round(max * 10) / 10);
  const out = [top];
  for (const aim of [top / 3, top / 10]) {
    const nice = NICE_FIGURES.reduce((a, b) => (Math.abs(Math.log(b / aim)) < Math.abs(Math.log(a / aim)) ? b : a));
    if (nice < out[out.length - 1]! - 1e-9) out.push(nice);
  }
  return out;
}

export interface WidthLegend {
  /** The rows are figures (lines of several measures drawn, lineFigures), else values of `measure`. */
  figures: boolean;
  rows: { value: number; width: number }[];
}

/**
 * What the width legend shows, read from the same scale as the lines. With one measure drawn, its
 * values (4,959 · 1,200 · 310 projects) at the widths those values get; with several, whose units
 * cannot be compared, the figures the widths stand for (4.7 · 2 · 0.5 figures).
 */
export function widthLegend(scale: WidthScale, measure: string | null): WidthLegend {
  if (scale.max.size > 1) {
    const most = Math.max(
      ...[...scale.max].map(([m, v]) => {
        const stock = scale.stocks.get(m);
        return stock && stock.total > 0 ? (v * stock.figures) / stock.total : 0;
      })
    );
    return {
      figures: true,
      rows: figureSamples(most).map((f) => ({
        value: f,
        width: figuresWidth(f, scale)
      }))
    };
  }
  const top = measure ? scale.max.get(measure) : undefined;
  if (!top) return { figures: false, rows: [] };
  return {
    figures: false,
    rows: widthSamples(top).map((v) => ({ value: v, width: pairWidth({ measure, total: { value: v } }, scale) }))
  };
}
