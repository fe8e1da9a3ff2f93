/** Web Mercator metres across the world: MapLibre draws it 512 px wide at zoom 0. */
const WORLD = 2 * Math.PI * 6378137;

/** Web Mercator metres under one screen pixel at `zoom` (the same at every latitude, in these units). */
export function metresPerPixel(zoom: number): number {
  return WORLD / (512 * 2 ** zoom);
}

/** Pixels between a place's ring and the (round-capped) end of a line, so the two never touch. */
export const END_GAP = 2;

/**
 * How far from a place's centre, in screen pixels, a line of `width` px must end: the place's
 * ring (radius plus half its stroke), the gap, and the half of the line's casing that its round cap
 * draws past the end. The arrowhead lies behind the end (anchored at its tip), so it adds nothing.
 */
export function endClearance(placeRadius: number, width: number, ringStroke = 1.6): number {
  return placeRadius + ringStroke / 2 + END_GAP + (width + 2) / 2;
}

export interface ClipOptions {
  /** The part of the chord always left drawn when two places are too close for both clearances. */
  minShare?: number;
}

/**
 * The polyline (planar, e.g. Web Mercator metres) without what lies within `start` of its first
 * point and within `end` of its last: a line that ends short of the circles drawn at its places,
 * measured straight from each place (not along the curve), so the end lies outside the circle.
 * When the places are so close that the circles take more than `1 − minShare` of the chord, both
 * radii shrink in proportion and the middle `minShare` of the line stays: a line never vanishes.
 */
export function clipEnds(
  line: readonly (readonly [number, number])[],
  start: number,
  end: number,
  { minShare = 0.3 }: ClipOptions = {}
): [number, number][] {
  const a = line[0],
    b = line[line.length - 1];
  const chord = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const room = (1 - minShare) * chord;
  const k = start + end > room && start + end > 0 ? room / (start + end) : 1;
  const front = cutInside(line, a, start * k);
  return cutInside(front.reverse(), b, end * k).reverse();
}

/** `pts` from where it first leaves the circle of radius `r` around `c` (exact, per segment). */
function cutInside(pts: readonly (readonly [number, number])[], c: readonly [number, number], r: number): [number, number][] {
  const out = pts.map((p) => [p[0], p[1]] as [number, number]);
  if (r <= 0) return out;
  for (let i = 1; i < out.length; i++) {
    const [x0, y0] = out[i - 1],
      [x1, y1] = out[i];
    if (Math.hypot(x1 - c[0], y1 - c[1]) < r) continue;
    // |p0 + t (p1 − p0) − c| = r for the t in [0, 1] where the segment crosses the circle outward.
    const dx = x1 - x0,
      dy = y1 - y0,
      fx = x0 - c[0],
      fy = y0 - c[1];
    const A = dx * dx + dy * dy,
      B = 2 * (fx * dx + fy * dy),
      C = fx * fx + fy * fy - r * r;
    const t = A ? Math.min(1, Math.max(0, (-B + Math.sqrt(Math.max(0, B * B - 4 * A * C))) / (2 * A))) : 0;
    return [[x0 + dx * t, y0 + dy * t], ...out.slice(i)];
  }
  // The whole line lies inside the circle (only with minShare 0): keep its last segment.
  return out.slice(-2);
}
