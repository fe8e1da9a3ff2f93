import { schemeYlGnBu, schemeOranges, schemePurples, schemePuOr } from './schemes';

/** Colour-blind-safe ColorBrewer schemes: sequential per metric family, PuOr for signed values. */
export type PaletteName = 'YlGnBu' | 'Oranges' | 'Purples' | 'PuOr';

const SEQUENTIAL: Record<Exclude<PaletteName, 'PuOr'>, readonly (readonly string[])[]> = {
  YlGnBu: schemeYlGnBu,
  Oranges: schemeOranges,
  Purples: schemePurples
};

/** `n` colours, light to dark. ColorBrewer starts at 3 classes, so 1 and 2 take the darker end of 3. */
export function sequentialColors(name: Exclude<PaletteName, 'PuOr'>, n: number): string[] {
  if (n <= 0) return [];
  const scheme = SEQUENTIAL[name][Math.min(9, Math.max(3, n))];
  return n >= 3 ? [...scheme] : scheme.slice(3 - n);
}

/**
 * Colours for classes that straddle zero: negative classes take the purple arm, positive the orange
 * arm, each as saturated as its distance from zero, so the same shade means the same magnitude.
 */
export function divergingColors(breaks: readonly number[]): string[] {
  const classes = breaks.length - 1;
  if (classes <= 0) return [];
  let neg = 0,
    pos = 0;
  for (let i = 0; i < classes; i++) {
    if (breaks[i + 1] <= 0 && breaks[i] < 0) neg++;
    else if (breaks[i] >= 0) pos++;
  }
  const mid = classes - neg - pos; // one class that spans zero
  const arm = Math.min(5, Math.max(1, neg, pos));
  // schemePuOr runs purple (index 0) through white to orange (last).
  const scheme = schemePuOr[2 * arm + 1];
  const out: string[] = [];
  for (let i = 0; i < neg; i++) out.push(scheme[Math.max(0, arm - (neg - i))]);
  if (mid) out.push(scheme[arm]);
  for (let j = 0; j < pos; j++) out.push(scheme[Math.min(2 * arm, arm + j + 1)]);
  return out;
}

/**
 * Colours for one class per value (few distinct values): negatives purple, zero white, positives
 * orange, darker with distance from zero.
 */
export function divergingColorsPerValue(values: readonly number[]): string[] {
  const neg = values.filter((v) => v < 0).length,
    pos = values.filter((v) => v > 0).length;
  const arm = Math.min(5, Math.max(1, neg, pos));
  const scheme = schemePuOr[2 * arm + 1];
  let i = 0,
    j = 0;
  return values.map((v) =>
    v < 0 ? scheme[Math.max(0, arm - (neg - i++))] : v === 0 ? scheme[arm] : scheme[Math.min(2 * arm, arm + ++j)]
  );
}

/**
 * Breaks for signed values, zero always a break: each side classified on its own magnitudes by
 * `side` (which returns ascending breaks from its min to its max), so a few large outflows do not
 * wash out the inflows. Zero itself falls in the first non-negative class.
 */
export function signedBreaks(values: readonly number[], side: (magnitudes: number[]) => number[], k = 0): number[] {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  // Few values: one class each (the breaks are the values, then the maximum again).
  if (distinct.length > 1 && distinct.length <= k) return [...distinct, distinct[distinct.length - 1]];
  const neg = values.filter((v) => v < 0).map((v) => -v);
  const pos = values.filter((v) => v > 0);
  const negPart = neg.length
    ? side(neg)
        .slice(1)
        .reverse()
        .map((b) => -b)
    : [];
  const posPart = pos.length ? side(pos).slice(1) : [];
  const all = [...negPart, 0, ...posPart];
  const out = all.filter((b, i) => i === 0 || b > all[i - 1]);
  // A top class of the maximum alone stays a class of its own.
  if (posPart.length >= 2 && posPart[posPart.length - 1] === posPart[posPart.length - 2]) out.push(posPart[posPart.length - 1]);
  return out;
}
