/** Median and spread of repeated measurements; benchmarks report these, never a single run. */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** Interquartile range. */
  iqr: number;
}

export function summarize(xs: readonly number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => {
    const i = (s.length - 1) * p,
      lo = Math.floor(i),
      hi = Math.ceil(i);
    return s[lo] + (s[hi] - s[lo]) * (i - lo);
  };
  return { runs: s.length, median: q(0.5), min: s[0], max: s[s.length - 1], iqr: q(0.75) - q(0.25) };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
