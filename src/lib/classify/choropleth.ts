import type { ClassMethod } from '../domain';
import { classBreaks, classOf } from './breaks';
import { divergingColors, divergingColorsPerValue, sequentialColors, signedBreaks, type PaletteName } from './palette';

export interface LegendClass {
  from: number;
  to: number;
  color: string;
  count: number;
  /** The smallest and largest value actually in the class (null when empty): what the legend prints. */
  min: number | null;
  max: number | null;
}

/** A classified metric: colour per region, and the legend that explains it. */
export interface Choropleth {
  colors: Record<string, string>;
  classes: LegendClass[];
  /** Regions of the level with no value (no article or flow touches them). */
  noData: string[];
  /** Equal intervals: the legend prints each class's bounds, which meet, not the values it holds. */
  contiguous?: boolean;
}

/**
 * Classifies the values of the regions shown at a level. Regions missing from `values` (or with a
 * non-finite value) are no-data, which is not the same as zero and is drawn and counted apart.
 */
export function choropleth(
  codes: readonly string[],
  values: ReadonlyMap<string, number>,
  method: ClassMethod,
  palette: PaletteName,
  k = 5
): Choropleth {
  const present = codes.filter((c) => Number.isFinite(values.get(c)));
  const vals = present.map((c) => values.get(c)!);
  const signed = palette === 'PuOr';
  const breaks = signed ? signedBreaks(vals, (m) => classBreaks(m, method, Math.ceil(k / 2)), k) : classBreaks(vals, method, k);
  const n = Math.max(0, breaks.length - 1);
  const distinct = new Set(vals).size;
  const perValue = n > 1 && n === distinct && breaks[n] === breaks[n - 1];
  const palColors = signed
    ? perValue
      ? divergingColorsPerValue(breaks.slice(0, n))
      : divergingColors(breaks)
    : sequentialColors(palette, n);
  const classes: LegendClass[] = Array.from({ length: n }, (_, i) => ({
    from: breaks[i],
    to: breaks[i + 1],
    color: palColors[i],
    count: 0,
    min: null,
    max: null
  }));
  const colors: Record<string, string> = {};
  for (const c of present) {
    const v = values.get(c)!;
    const k = classes[classOf(v, breaks)];
    colors[c] = k.color;
    k.count++;
    k.min = k.min === null ? v : Math.min(k.min, v);
    k.max = k.max === null ? v : Math.max(k.max, v);
  }
  const presentSet = new Set(present);
  return { colors, classes, noData: codes.filter((c) => !presentSet.has(c)), contiguous: method === 'equal' && !perValue };
}

/**
 * A class as the legend prints it: the values it really holds (so integer classes never seem to
 * share a bound), or, for equal intervals, its bounds, so the ranges run on without gaps
 * ("0 – 2, 2 – 4"; a value on a bound belongs to the upper class).
 */
export function classLabel(c: LegendClass, fmt: (v: number) => string, contiguous = false): string {
  const lo = contiguous ? c.from : (c.min ?? c.from),
    hi = contiguous ? c.to : (c.max ?? c.to);
  return lo === hi ? fmt(lo) : `${fmt(lo)} – ${fmt(hi)}`;
}
