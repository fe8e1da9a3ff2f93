import type { ClassMethod } from '../url/codec';
import { classBreaks, classOf } from './breaks';
import { divergingColors, sequentialColors, signedBreaks, type PaletteName } from './palette';

export interface LegendClass {
  from: number;
  to: number;
  color: string;
  count: number;
}

/** A classified metric: colour per region, and the legend that explains it. */
export interface Choropleth {
  colors: Record<string, string>;
  classes: LegendClass[];
  /** Regions of the level with no value (no article or flow touches them). */
  noData: string[];
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
  const breaks = signed
    ? signedBreaks(vals, (m) => classBreaks(m, method, Math.ceil(k / 2)))
    : classBreaks(vals, method, k);
  const n = Math.max(0, breaks.length - 1);
  const palColors = signed ? divergingColors(breaks) : sequentialColors(palette, n);
  const classes: LegendClass[] = Array.from({ length: n }, (_, i) => ({
    from: breaks[i],
    to: breaks[i + 1],
    color: palColors[i],
    count: 0
  }));
  const colors: Record<string, string> = {};
  for (const c of present) {
    const i = classOf(values.get(c)!, breaks);
    colors[c] = classes[i].color;
    classes[i].count++;
  }
  return { colors, classes, noData: codes.filter((c) => !present.includes(c)) };
}
