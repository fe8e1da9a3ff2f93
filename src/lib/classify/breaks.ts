import { ckmeans, quantileSorted } from 'simple-statistics';
import type { ClassMethod } from '../domain';

/**
 * Class breaks for a set of values: ascending numbers from the minimum to the maximum, class i
 * being [breaks[i], breaks[i+1]) and the last one closed. With no more distinct values than `k`,
 * each value gets a class of its own (breaks are the values, then the maximum again), so two
 * different values never share a colour when the classes allow. Never two empty or equal classes.
 */
export function classBreaks(values: readonly number[], method: ClassMethod, k = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0],
    max = sorted[sorted.length - 1];
  if (min === max) return [min, max];
  const distinct = [...new Set(sorted)];
  if (distinct.length <= k) return [...distinct, max];
  const n = Math.max(1, k);
  let inner: number[];
  if (method === 'equal') {
    inner = Array.from({ length: n - 1 }, (_, i) => niceRound(min + ((max - min) * (i + 1)) / n, (max - min) / n));
  } else if (method === 'quantile') {
    inner = Array.from({ length: n - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / n));
  } else {
    // Natural breaks: each cluster's lower bound is a break.
    inner = ckmeans(sorted, n)
      .slice(1)
      .map((cluster) => cluster[0]);
  }
  const out = [min];
  for (const b of inner) if (b > out[out.length - 1] && b < max) out.push(b);
  // A top class of the maximum alone (natural breaks isolating an outlier) is kept as [max, max].
  if (inner.length && inner[inner.length - 1] === max) out.push(max);
  out.push(max);
  return out;
}

/** An equal-interval break rounded to two significant digits of the step: 3.1666… → 3.2 for a step of 2.1. */
function niceRound(v: number, step: number): number {
  if (!(step > 0)) return v;
  const unit = 10 ** (Math.floor(Math.log10(step)) - 1);
  return Number((Math.round(v / unit) * unit).toPrecision(12));
}

/** Index of the class a value falls in: class i holds values in [breaks[i], breaks[i+1]), the last one closed. */
export function classOf(value: number, breaks: readonly number[]): number {
  if (breaks.length < 2) return 0;
  for (let i = 1; i < breaks.length - 1; i++) if (value < breaks[i]) return i - 1;
  return breaks.length - 2;
}
