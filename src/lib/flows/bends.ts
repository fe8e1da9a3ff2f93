import { quadraticArc } from './arcs';
import { clipEnds } from './lineEnds';

type XY = readonly [number, number];

/** A line to bend, in planar coordinates (Web Mercator metres): from `a` to `b`. */
export interface BendLine {
  a: XY;
  b: XY;
  /** The unordered pair of places (e.g. "110000~120000"): lines of one pair never share a curve. */
  pair: string;
  /** Directed lines bow to one side; two-way lines start straight. */
  directed: boolean;
  /** a → b is the pair's canonical orientation (lower code first): offsets are compared in it. */
  forward: boolean;
  /** How far from `a` and from `b` the drawn line ends (clipEnds). */
  startClear: number;
  endClear: number;
  /** Half the line's drawn width, casing included. */
  halfWidth: number;
  /** A directed line's arrowhead at its end: half its width and its length (0 for none). */
  head?: { halfWidth: number; length: number };
  /** Indices of its own two places among the obstacles: a line may touch those. */
  own: readonly number[];
}

/** A place circle no other line should cross: its centre and the clearance around it (ring, stroke, gap). */
export interface Obstacle {
  at: XY;
  radius: number;
}

export interface BendOptions {
  /** The bend of a directed line that has nothing in its way (fraction of the chord). */
  bend?: number;
  /** Past this many lines the default bends are kept: a map of that many lines is read by its filters, not its curves. */
  maxLines?: number;
  segments?: number;
  /** Passes after the first in which each line may move, given the others: lanes settle. */
  passes?: number;
}

/**
 * Offsets tried, in bends, in order of preference: the default side, a little further out and then
 * a lot (up to a curve whose middle stands ~30 % of the chord aside), then the other side.
 */
const DIRECTED_STEPS = [1, 1.5, 2, 2.6, 3.4, -0.5, -1, -1.5, -2, -2.6, -3.4];
const TWO_WAY_STEPS = [0, 0.5, -0.5, 1, -1, 1.7, -1.7];
/** What one step down the preference list costs, against a line fully across one place (1). */
const STEP_COST = 0.02;

/**
 * A curve for each line that keeps it off the place circles it does not end at: at the widest zoom
 * places in the Beijing–Tianjin corridor lie on the chords between others (Wuqing on Beijing →
 * Tianjin, Langfang on Beijing → Cangzhou), where a line hides the place and takes its clicks.
 * Each line, weightiest first, takes the candidate offset (quadraticArc's `offset`, to the right of
 * its own direction) with the least overlap with other places' circles — depth of overlap over
 * clearance, summed — ties going to the preferred one (the default bend; straight for two-way).
 * Lines of the same pair of places take offsets whose curves stand apart by their widths in the
 * middle, so two measures between the same places, or A → B and B → A, are drawn side by side,
 * never on top of each other.
 */
export function chooseBends(lines: readonly BendLine[], obstacles: readonly Obstacle[], options: BendOptions = {}): number[] {
  const { bend = 0.18, maxLines = 300, segments = 32, passes = 2 } = options;
  const optimise = lines.length <= maxLines;
  const costs = new Map<string, number>();
  /** What `offset` costs line `k` (memoised: later passes ask again). */
  const cost = (k: number, rank: number, offset: number) => {
    const key = `${k}:${rank}`;
    let c = costs.get(key);
    if (c === undefined) costs.set(key, (c = (optimise ? overlap(lines[k], offset, obstacles, segments) : 0) + rank * STEP_COST));
    return c;
  };
  const offsets: (number | null)[] = lines.map(() => null);
  /** The best offset for line k, apart from the lanes the other lines of its pair hold now. */
  const choose = (k: number): number => {
    const line = lines[k];
    const steps = line.directed ? DIRECTED_STEPS : TWO_WAY_STEPS;
    const used = lines.flatMap((other, j) =>
      j !== k && other.pair === line.pair && offsets[j] !== null
        ? [{ canonical: other.forward ? offsets[j]! : -offsets[j]!, halfWidth: other.halfWidth }]
        : []
    );
    const chord = Math.hypot(line.b[0] - line.a[0], line.b[1] - line.a[1]);
    // A quadratic curve's middle stands half its offset aside: two lanes are apart there by their
    // half widths (casings included) at least.
    const apart = (canonical: number) =>
      used.every((u) => (Math.abs(u.canonical - canonical) * chord) / 2 >= u.halfWidth + line.halfWidth - 1e-9);
    let best: { offset: number; cost: number } | null = null;
    steps.forEach((step, rank) => {
      const offset = step * bend;
      if (!apart(line.forward ? offset : -offset)) return;
      const c = cost(k, rank, offset);
      if (!best || c < best.cost - 1e-9) best = { offset, cost: c };
    });
    if (best) return (best as { offset: number }).offset;
    // Every candidate taken (many measures between one pair): lanes outward on the default side.
    const outer = Math.max(...used.map((u) => u.canonical));
    const widest = Math.max(...used.map((u) => u.halfWidth));
    const canonical = outer + (chord > 0 ? (2 * (widest + line.halfWidth)) / chord : bend);
    return line.forward ? canonical : -canonical;
  };
  // Weightiest first; then each line again, given where all the others went (a lane the first pass
  // took early may have been better left to another line of the pair).
  for (let k = 0; k < lines.length; k++) offsets[k] = choose(k);
  for (let pass = 0; optimise && pass < passes; pass++) {
    let moved = false;
    for (let k = 0; k < lines.length; k++) {
      const before = offsets[k];
      offsets[k] = null;
      offsets[k] = choose(k);
      if (offsets[k] !== before) moved = true;
    }
    if (!moved) break;
  }
  return offsets as number[];
}

/** How deep the drawn line (ends clipped) reaches into the circles of places it does not end at. */
function overlap(line: BendLine, offset: number, obstacles: readonly Obstacle[], segments: number): number {
  const { line: pts } = quadraticArc(line.a, line.b, offset, segments);
  const drawn = clipEnds(pts, line.startClear, line.endClear);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const [x, y] of drawn) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // The last `head.length` of the line carries its arrowhead, wider than the line.
  const head = line.head && line.head.length > 0 ? line.head : null;
  let split = drawn.length - 1;
  if (head)
    for (let left = head.length; split > 0 && left > 0; split--)
      left -= Math.hypot(drawn[split][0] - drawn[split - 1][0], drawn[split][1] - drawn[split - 1][1]);
  const body = drawn.slice(0, split + 1),
    tip = head ? drawn.slice(split) : [];
  let sum = 0;
  obstacles.forEach((o, i) => {
    if (line.own.includes(i)) return;
    const [cx, cy] = o.at;
    const reach = o.radius + Math.max(line.halfWidth, head?.halfWidth ?? 0);
    if (cx < minX - reach || cx > maxX + reach || cy < minY - reach || cy > maxY + reach) return;
    let depth = 0;
    const need = o.radius + line.halfWidth;
    if (body.length > 1) depth = Math.max(depth, (need - distanceToPolyline(o.at, body)) / need);
    if (head && tip.length > 1) {
      const needHead = o.radius + head.halfWidth;
      depth = Math.max(depth, (needHead - distanceToPolyline(o.at, tip)) / needHead);
    }
    if (depth > 0) sum += depth;
  });
  return sum;
}

export function distanceToPolyline(p: XY, pts: readonly XY[]): number {
  let best = Infinity;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1],
      [x1, y1] = pts[i];
    const dx = x1 - x0,
      dy = y1 - y0;
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((p[0] - x0) * dx + (p[1] - y0) * dy) / len)) : 0;
    best = Math.min(best, Math.hypot(x0 + t * dx - p[0], y0 + t * dy - p[1]));
  }
  return best;
}
