import { sqrtScale, type SqrtScale } from '../scale/sqrt';
import type { Flow } from './types';

/** Line widths in pixels. */
export interface WidthRange {
  min: number;
  max: number;
}

export const DEFAULT_WIDTH_RANGE: WidthRange = { min: 1.5, max: 14 };
/** Flows the text gives no number for are drawn hairline-thin: present, but weighing nothing. */
export const NO_VALUE_WIDTH = 1;

export type WidthScales = ReadonlyMap<string, SqrtScale>;

/**
 * One square-root scale per measure, 0..max of that measure: a line's area grows with its value,
 * and yuan are never compared with counts of projects or firms on one scale.
 */
export function widthScales(flows: readonly Flow[], range: WidthRange = DEFAULT_WIDTH_RANGE): WidthScales {
  const max = new Map<string, number>();
  for (const f of flows) {
    if (f.value === null || f.measure === null) continue;
    max.set(f.measure, Math.max(max.get(f.measure) ?? 0, f.value));
  }
  const out = new Map<string, SqrtScale>();
  for (const [measure, m] of max) {
    out.set(measure, sqrtScale(m, [range.min, range.max], true));
  }
  return out;
}

export function flowWidth(flow: Pick<Flow, 'measure' | 'value'>, scales: WidthScales): number {
  if (flow.value === null || flow.measure === null) return NO_VALUE_WIDTH;
  const s = scales.get(flow.measure);
  if (!s) throw new Error(`no width scale for measure "${flow.measure}": build the scales from the same flows`);
  return s(flow.value);
}
