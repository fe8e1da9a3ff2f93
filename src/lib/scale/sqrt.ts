/**
 * A square-root scale from 0..`max` onto `range`: d3-scale's `scaleSqrt().domain([0, max])
 * .range(range)`, optionally `.clamp(true)`, computed the same way (signed square root, then
 * d3-interpolate's `a * (1 - t) + b * t`, the range's midpoint when `max` is 0), so widths and radii
 * are unchanged to the last bit. The map needs only this one scale; d3-scale would bring its
 * interpolators, colour parser and number formatter into the first load (~9 KB gzipped).
 */
export interface SqrtScale {
  (x: number): number;
  /** As d3's accessors read: [0, max] and the range. */
  domain(): [number, number];
  range(): [number, number];
}

export function sqrtScale(max: number, range: readonly [number, number], clamp = false): SqrtScale {
  const root = (x: number) => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));
  const top = root(max);
  const [a, b] = range;
  const [lo, hi] = max < 0 ? [max, 0] : [0, max];
  const scale = (x: number) => {
    const v = clamp ? Math.max(lo, Math.min(hi, x)) : x;
    const t = top ? root(v) / top : 0.5;
    return a * (1 - t) + b * t;
  };
  return Object.assign(scale, { domain: (): [number, number] => [0, max], range: (): [number, number] => [a, b] });
}
