/**
 * The values the line-width legend shows: the largest drawn value, then about a quarter and a
 * sixteenth of it at two significant digits. Every measure counts whole things or yuan, so a
 * sample is a whole number; one below 1 ("0 schools" when the largest line carries 5) is left out,
 * and a value is shown once.
 */
export function widthSamples(max: number): number[] {
  if (!Number.isFinite(max) || max <= 0) return [];
  const out = [max];
  for (const v of [max / 4, max / 16]) {
    const r = Math.round(Number(v.toPrecision(2)));
    if (r >= 1 && r < out[out.length - 1]!) out.push(r);
  }
  return out;
}
