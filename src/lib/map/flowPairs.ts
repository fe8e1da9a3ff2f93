import { toMercator, toWgs84 } from '@turf/projection';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { quadraticArc, type LabelPoints } from '../flows/arcs';
import { clipEnds, END_GAP, endClearance, metresPerPixel } from '../flows/lineEnds';
import { chooseBends } from '../flows/bends';
import { arrowHeadPixels } from './arrowIcon';
import { anchorOffset, nameAnchor, type Anchor } from './nameAnchor';
import type { Flow } from '../flows/types';
import { flowPairs as countedPairs, type FlowPair as CountedPair } from '../flows/pairs';
import type { MapLevel, RegionIndex } from '../regions/types';
import type { MeasureStock } from './measureStock';

/** What a drawn line's flows add up to, in one measure, by the counting rules (src/lib/flows/pairs.ts). */
export interface PairTotal {
  /** null when no flow of the line states a number. */
  value: number | null;
  /** A floor: parts that may overlap added only their largest, or a figure stated for a group may hold more of it. */
  atLeast: boolean;
  /**
   * The value is a group's, stated jointly for several places (e.g. "Beijing and Tianjin → Cangzhou"),
   * drawn to each member and credited to none: the stated sides, else null.
   */
  sharedBy: { origin: string[]; destination: string[] } | null;
  /**
   * What the line weighs for its width and its rank: its own value, or for a group's figure the
   * group's value over the lines it is drawn on, so the lines of one joint statement together weigh
   * what was stated once (the number shown stays the group's). null without a number.
   */
  weight: number | null;
}

export interface FlowPair {
  /** Stable key: origin, destination (canonical order for two-way flows) and measure. */
  key: string;
  origin: string;
  destination: string;
  directed: boolean;
  measure: string | null;
  /** The one kind of all its flows, or 'mixed'. */
  kind: string;
  total: PairTotal;
  /** Its flows, largest stated value first. */
  flows: Flow[];
  planned: boolean;
}

/**
 * A drawn line's total from the counting pairs it is drawn for. Its own pairs (stated for exactly
 * this origin and destination) add, each counted as the counting rules say; with none that states
 * a number, the largest group figure drawn through it is shown as the group's (`sharedBy`), never as
 * this pair's own. What has happened is never added to what is planned: a line of both totals the done.
 */
function lineTotal(parts: readonly CountedPair[], linesOf: ReadonlyMap<CountedPair, number>): PairTotal {
  const numbered = parts.filter((p) => p.value !== null);
  const achieved = numbered.some((p) => p.status === 'achieved');
  const counted = numbered.filter((p) => (p.status === 'achieved') === achieved);
  const own = counted.filter((p) => !p.shared);
  const shared = counted.filter((p) => p.shared);
  if (own.length) {
    const value = own.reduce((s, p) => s + p.value!, 0);
    return { value, atLeast: own.some((p) => p.atLeast) || shared.length > 0, sharedBy: null, weight: value };
  }
  if (!shared.length) return { value: null, atLeast: false, sharedBy: null, weight: null };
  const group = shared.reduce((a, b) => (b.value! > a.value! ? b : a));
  return {
    value: group.value,
    atLeast: group.atLeast,
    sharedBy: { origin: group.origin, destination: group.destination },
    weight: group.value! / (linesOf.get(group) ?? 1)
  };
}

/**
 * One line per origin unit → destination unit and measure at `level`, drawn from the counting
 * pairs (flowPairs of src/lib/flows/pairs.ts, the one definition of what a pair adds up to): a pair
 * stated for a group of places is drawn to each member; flows inside one unit are not drawn.
 */
export function flowPairs(flows: readonly Flow[], level: MapLevel, regions: RegionIndex): FlowPair[] {
  const lines = new Map<
    string,
    { origin: string; destination: string; directed: boolean; measure: string | null; parts: CountedPair[] }
  >();
  /** How many lines each counted pair is drawn on: a group's figure is drawn to every member. */
  const linesOf = new Map<CountedPair, number>();
  for (const cp of countedPairs(flows, level, regions))
    for (const o of cp.origin)
      for (const d of cp.destination) {
        if (o === d) continue;
        linesOf.set(cp, (linesOf.get(cp) ?? 0) + 1);
        const [a, b] = cp.directed || o < d ? [o, d] : [d, o];
        const measure = cp.measure ?? cp.flows.find((f) => f.measure)?.measure ?? null;
        const key = `${a}${cp.directed ? '>' : '~'}${b}|${measure ?? ''}`;
        let line = lines.get(key);
        if (!line) lines.set(key, (line = { origin: a, destination: b, directed: cp.directed, measure, parts: [] }));
        line.parts.push(cp);
      }
  return [...lines.entries()].map(([key, { parts, ...line }]) => {
    const flows = [...new Map(parts.flatMap((p) => p.flows).map((f) => [f.id, f])).values()];
    const kinds = new Set(flows.map((f) => f.kind));
    return {
      key,
      ...line,
      flows: flows.sort((x, y) => (y.value ?? -1) - (x.value ?? -1) || x.id.localeCompare(y.id)),
      kind: kinds.size === 1 ? [...kinds][0] : 'mixed',
      total: lineTotal(parts, linesOf),
      planned: flows.every((f) => f.status === 'planned')
    };
  });
}

/**
 * What a line weighs, in figures: its measure's distinct figures shared among the measure's lines
 * by value. A line holding all of a measure stated in 5 figures weighs 5; one holding 60 % of it
 * weighs 3; a measure stated once (13,000 merchants) weighs 1 however large its number. So within
 * a measure widths compare values, and across measures, which have no common unit, they compare
 * how much was reported (flowmap.gl draws one unit, counts, on one linear scale; figures are
 * that unit here). 0 without a number or a stock.
 */
export function lineFigures(
  p: { measure: string | null; total: Pick<PairTotal, 'value'> & Partial<Pick<PairTotal, 'weight'>> },
  stocks: ReadonlyMap<string, MeasureStock>
): number {
  const weight = p.total.weight ?? p.total.value;
  const stock = p.measure ? stocks.get(p.measure) : undefined;
  if (weight === null || !stock || stock.total <= 0) return 0;
  return (weight * stock.figures) / stock.total;
}

/** The figure stated jointly that a line draws (its group, drawn on every member), else the line itself. */
const groupOf = (p: FlowPair) =>
  p.total.sharedBy ? `${p.total.sharedBy.origin.join('+')}>${p.total.sharedBy.destination.join('+')}|${p.measure}` : p.key;

/**
 * The `n` weightiest pairs (by lineFigures) and how many were left out. The lines of one joint
 * figure ("5 schools" for four places) weigh the same and are kept or left out together: when the
 * first of them is within the top `n`, all are drawn, so the count may pass `n` by a group's size
 * less one. No number weighs 0; ties go to more flows, then to the key, so the choice is stable.
 */
export function topPairs(
  pairs: readonly FlowPair[],
  n: number,
  stocks: ReadonlyMap<string, MeasureStock>
): { shown: FlowPair[]; hidden: number } {
  const w = new Map(pairs.map((p) => [p.key, lineFigures(p, stocks)]));
  const sorted = [...pairs].sort(
    (a, b) =>
      w.get(b.key)! - w.get(a.key)! ||
      groupOf(a).localeCompare(groupOf(b)) ||
      b.flows.length - a.flows.length ||
      a.key.localeCompare(b.key)
  );
  const shown: FlowPair[] = [];
  const taken = new Set<string>();
  for (const p of sorted) {
    const g = groupOf(p);
    if (shown.length < n || taken.has(g)) {
      shown.push(p);
      taken.add(g);
    }
  }
  return { shown, hidden: pairs.length - shown.length };
}

/** Line widths in pixels: `max` for the weightiest line the scale is built from, never thinner than `min`. */
export const WIDTH_RANGE: readonly [number, number] = [1.2, 8];
/** A line whose flows state no number: present, weighing nothing. */
export const NO_VALUE_WIDTH = 1;

export interface WidthScale {
  /** Each measure's stock among the flows the scale is built from. */
  stocks: ReadonlyMap<string, MeasureStock>;
  /** The most figures a line weighs among the lines the scale is built from: drawn `range[1]` wide. */
  top: number;
  /** The largest weight drawn per measure, in its own unit: what a one-measure legend starts from. */
  max: ReadonlyMap<string, number>;
  range: readonly [number, number];
}

/**
 * One scale for every line, in figures (lineFigures), topped by the weightiest line
 * among `scalePairs` (all flows at the level when widths are locked, those passing the filters
 * when not). Earlier rules scaled each measure to its own largest line (every measure's top line
 * full width) or to its own total (a measure stated once drew at 100 %, the widest line): neither
 * compared like with like. `stocks` come from the statements (measureStocks), not the lines.
 */
export function widthScale(
  stocks: ReadonlyMap<string, MeasureStock>,
  scalePairs: readonly Pick<FlowPair, 'measure' | 'total'>[],
  drawn: readonly Pick<FlowPair, 'measure' | 'total'>[] = scalePairs,
  range: readonly [number, number] = WIDTH_RANGE
): WidthScale {
  const max = new Map<string, number>();
  for (const p of drawn)
    if (p.measure && p.total.weight !== null) max.set(p.measure, Math.max(max.get(p.measure) ?? 0, p.total.weight));
  const top = Math.max(0, ...scalePairs.map((p) => lineFigures(p, stocks)), ...drawn.map((p) => lineFigures(p, stocks)));
  return { stocks, top, max, range };
}

/**
 * The width of a line weighing `figures`: the square root of its share of the scale's top, so the
 * widest is `range[1]`, zero is zero and the order is kept, but a line of a tenth of the top is
 * about a third as wide (not a tenth), and at least `range[0]`. Linear widths let one weighty line
 * press most others onto the minimum, where they could not be told apart (data/README.md, "What a
 * line's width means"). The legend's rows come from this same function.
 */
export function figuresWidth(figures: number, s: Pick<WidthScale, 'top' | 'range'>): number {
  const [min, max] = s.range;
  if (!(s.top > 0)) return max;
  return Math.max(min, Math.min(max, max * Math.sqrt(Math.max(0, figures) / s.top)));
}

/** A line's width: by its figures (figuresWidth); a line without a number is a hairline. */
export function pairWidth(
  p: { measure: string | null; total: Pick<PairTotal, 'value'> & Partial<Pick<PairTotal, 'weight'>> },
  s: WidthScale
): number {
  const weight = p.total.weight ?? p.total.value;
  if (weight === null || !p.measure) return NO_VALUE_WIDTH;
  return figuresWidth(lineFigures(p, s.stocks), s);
}

export interface PairArcProps {
  /** Index in the collection: the feature id for feature-state highlighting. */
  i: number;
  key: string;
  origin: string;
  destination: string;
  kind: string;
  measure: string | null;
  value: number | null;
  atLeast: boolean;
  /** The value is a group's, stated for these places jointly ("110000+120000>130900"); '' when the pair's own. */
  sharedBy: string;
  /** How many stated flows the line stands for. */
  count: number;
  /** The flow the line opens (its largest). */
  top: string;
  width: number;
  arrow: boolean;
  bearing: number;
  planned: boolean;
}

export interface PlaceProps {
  code: string;
  /** Flows (statements) drawn arriving at / leaving / two-way at the place. */
  incoming: number;
  outgoing: number;
  twoWay: number;
  radius: number;
  /**
   * The place is a unit coarser than the map's level (Hebei, Beijing on a district map): its ring
   * stands at the unit's label point, among the level's own units, and is named as the whole
   * unit ("all of Hebei", 河北省（全省）), else it reads as an unnamed district. '' when not.
   */
  whole_en?: string;
  whole_zh?: string;
  /** Where that name stands beside the ring (nameAnchor: off the other rings), and its text-offset in ems. */
  anchor_en?: Anchor;
  anchor_zh?: Anchor;
  offset_en?: [number, number];
  offset_zh?: [number, number];
}

export interface FlowMapData {
  arcs: FeatureCollection<LineString, PairArcProps>;
  arrows: FeatureCollection<Point, Pick<PairArcProps, 'i' | 'kind' | 'width' | 'bearing'>>;
  places: FeatureCollection<Point, PlaceProps>;
}

export interface GeometryOptions {
  /** The map's zoom: ends stop a number of screen pixels short of their places, so metres depend on it. */
  zoom?: number;
  bend?: number;
  segments?: number;
  /** A place coarser than the map's level: its names, else null (see PlaceProps.whole_en). */
  coarse?: (code: string) => { name_en: string; name_zh: string } | null;
}

/** "all of Hebei" and 河北省（全省）: the unit's own last character names its kind (省, 市, 区). */
export function wholeNames(n: { name_en: string; name_zh: string }): { whole_en: string; whole_zh: string } {
  return { whole_en: `all of ${n.name_en}`, whole_zh: `${n.name_zh}（全${n.name_zh.slice(-1)}）` };
}

/**
 * Lines, arrow points and place rings for the pairs. A line ends short of the ring at each of its
 * places at the given zoom, so a click on the place reaches the place and its region, and no line
 * or arrowhead lands inside a ring, where a count circle at the same place shows through. Each
 * line bends (chooseBends, src/lib/flows/bends.ts) to keep off the rings of places it does not end
 * at, where it can: by default a directed line bows to the right of its travel (so A→B and B→A lie
 * on opposite sides) and a two-way line is straight; lines of one pair of places never coincide.
 */
export function flowMapData(
  pairs: readonly FlowPair[],
  labels: LabelPoints,
  scale: WidthScale,
  options: GeometryOptions = {}
): FlowMapData {
  const { zoom = 7, bend = 0.18, segments = 32, coarse } = options;
  // The feature id of a line is its index among `pairs`, drawn or not.
  const drawnIndex = pairs.flatMap((p, i) => (labels[p.origin] && labels[p.destination] ? [i] : []));
  const drawn = drawnIndex.map((i) => pairs[i]);
  const places = new Map<string, PlaceProps>();
  const place = (code: string) =>
    places.get(code) ??
    (places.set(code, {
      code,
      incoming: 0,
      outgoing: 0,
      twoWay: 0,
      radius: 0,
      ...(coarse?.(code) ? wholeNames(coarse(code)!) : { whole_en: '', whole_zh: '' })
    }),
    places.get(code)!);
  for (const p of drawn) {
    if (p.directed) {
      place(p.origin).outgoing += p.flows.length;
      place(p.destination).incoming += p.flows.length;
    } else {
      place(p.origin).twoWay += p.flows.length;
      place(p.destination).twoWay += p.flows.length;
    }
  }
  const most = Math.max(1, ...[...places.values()].map((q) => q.incoming + q.outgoing + q.twoWay));
  // A circle's area grows with its lines: radius 14 px × √(share of the busiest place's).
  for (const q of places.values()) q.radius = Math.max(4, 14 * Math.sqrt((q.incoming + q.outgoing + q.twoWay) / most));

  const perPixel = metresPerPixel(zoom);
  const mercator = (code: string) => toMercator([labels[code]![0], labels[code]![1]]) as [number, number];
  // A coarse unit's name goes on the side of its ring that covers no other ring, in each language.
  const rings = [...places.values()].map((q) => {
    const [x, y] = mercator(q.code);
    return { code: q.code, x: x / perPixel, y: -y / perPixel, r: q.radius + 0.8 };
  });
  for (const q of places.values()) {
    if (!q.whole_en) continue;
    const ring = rings.find((r) => r.code === q.code)!;
    const others = rings.filter((r) => r.code !== q.code);
    for (const lang of ['en', 'zh'] as const) {
      const anchor = nameAnchor(ring, others, lang === 'en' ? q.whole_en : q.whole_zh!);
      q[`anchor_${lang}`] = anchor;
      q[`offset_${lang}`] = anchorOffset(anchor, ring.r);
    }
  }
  const placeList = [...places.values()];
  const placeIndex = new Map(placeList.map((q, k) => [q.code, k]));
  // Each place's ring, its half stroke and the gap: what a line of two other places keeps clear of.
  const obstacles = placeList.map((q) => ({ at: mercator(q.code), radius: (q.radius + 0.8 + END_GAP) * perPixel }));
  const geometry = drawn.map((p, k) => {
    const width = pairWidth(p, scale);
    return {
      p,
      i: drawnIndex[k],
      width,
      a: mercator(p.origin),
      b: mercator(p.destination),
      startClear: endClearance(places.get(p.origin)!.radius, width) * perPixel,
      endClear: endClearance(places.get(p.destination)!.radius, width) * perPixel
    };
  });
  const offsets = chooseBends(
    geometry.map((g) => ({
      a: g.a,
      b: g.b,
      pair: g.p.origin < g.p.destination ? `${g.p.origin}~${g.p.destination}` : `${g.p.destination}~${g.p.origin}`,
      directed: g.p.directed,
      forward: g.p.origin < g.p.destination,
      startClear: g.startClear,
      endClear: g.endClear,
      halfWidth: ((g.width + 2) / 2) * perPixel,
      head: g.p.directed
        ? { halfWidth: arrowHeadPixels(g.width).halfWidth * perPixel, length: arrowHeadPixels(g.width).length * perPixel }
        : undefined,
      own: [placeIndex.get(g.p.origin)!, placeIndex.get(g.p.destination)!]
    })),
    obstacles,
    { bend, segments }
  );
  const bowed = lengthenShort(geometry, offsets, perPixel, segments);
  const arcs: Feature<LineString, PairArcProps>[] = [];
  const arrows: FlowMapData['arrows']['features'] = [];
  geometry.forEach(({ p, i, width, a: ma, b: mb, startClear, endClear }, k) => {
    const { line } = quadraticArc(ma, mb, offsets[k], segments);
    const trimmed = clipEnds(line, startClear, endClear, bowed.has(k) ? { minShare: 0 } : {});
    const last = trimmed[trimmed.length - 1],
      prev = trimmed[trimmed.length - 2];
    const bearing = ((Math.atan2(last[0] - prev[0], last[1] - prev[1]) * 180) / Math.PI + 360) % 360;
    const props: PairArcProps = {
      i,
      key: p.key,
      origin: p.origin,
      destination: p.destination,
      kind: p.kind,
      measure: p.measure,
      value: p.total.value,
      atLeast: p.total.atLeast,
      sharedBy: p.total.sharedBy ? `${p.total.sharedBy.origin.join('+')}>${p.total.sharedBy.destination.join('+')}` : '',
      count: p.flows.length,
      top: p.flows[0].id,
      width,
      arrow: p.directed,
      bearing,
      planned: p.planned
    };
    const coords = trimmed.map((q) => toWgs84(q) as Position);
    arcs.push({ type: 'Feature', id: i, geometry: { type: 'LineString', coordinates: coords }, properties: props });
    if (p.directed)
      arrows.push({
        type: 'Feature',
        id: i,
        geometry: { type: 'Point', coordinates: coords[coords.length - 1] },
        properties: { i, kind: p.kind, width, bearing }
      });
  });
  const placeFeatures = [...places.values()].map((q) => {
    const at = labels[q.code]!;
    return {
      type: 'Feature' as const,
      id: Number(q.code),
      geometry: { type: 'Point' as const, coordinates: [at[0], at[1]] },
      properties: { ...q }
    };
  });
  return {
    arcs: { type: 'FeatureCollection', features: arcs },
    arrows: { type: 'FeatureCollection', features: arrows },
    places: { type: 'FeatureCollection', features: placeFeatures }
  };
}

/** Screen pixels of shaft a line keeps beyond its arrowhead (or in all, when two-way) so it reads as a flow. */
export const MIN_SHAFT = 14;
/** The strongest bow a short line may take: the curve's middle stands 0.75 of the chord aside. */
const MAX_SHORT_BEND = 1.5;

function polylineLength(pts: readonly (readonly [number, number])[]): number {
  let len = 0;
  for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
  return len;
}

/**
 * Two near places leave a straight line only the stub between their rings (Tongzhou–Wuqing, 11 px
 * at 1280×720), which reads as a stray dash, and an arrowhead on it hides the shaft. Such a line
 * bows out (the same side as its chosen bend; a two-way line to the right of its canonical
 * direction) just as far as it needs for MIN_SHAFT pixels beyond its arrowhead, keeping clear of
 * the lanes of other lines of its pair; where even MAX_SHORT_BEND is not enough, it takes the bow
 * that draws it longest. A bowed line leaves its rings sideways, so it is clipped at the full
 * clearances (minShare 0), never into a ring. Changes `offsets` in place; returns the bowed lines.
 */
function lengthenShort(
  geometry: readonly {
    p: FlowPair;
    width: number;
    a: [number, number];
    b: [number, number];
    startClear: number;
    endClear: number;
  }[],
  offsets: number[],
  perPixel: number,
  segments: number
): Set<number> {
  const bowed = new Set<number>();
  const pairOf = (p: FlowPair) => (p.origin < p.destination ? `${p.origin}~${p.destination}` : `${p.destination}~${p.origin}`);
  const canonical = (k: number, o: number) => (geometry[k].p.origin < geometry[k].p.destination ? o : -o);
  const drawnPx = (k: number, o: number, minShare?: number) => {
    const g = geometry[k];
    const line = clipEnds(quadraticArc(g.a, g.b, o, segments).line, g.startClear, g.endClear, { minShare });
    return polylineLength(line) / perPixel;
  };
  geometry.forEach((g, k) => {
    const need = (g.p.directed ? arrowHeadPixels(g.width).length : 0) + MIN_SHAFT;
    // Measured at full clearances: clipEnds' minShare would otherwise count a stub pushed into the rings.
    if (drawnPx(k, offsets[k], 0) >= need) return;
    const side = offsets[k] !== 0 ? Math.sign(offsets[k]) : g.p.origin < g.p.destination ? 1 : -1;
    const others = geometry.flatMap((h, j) => (j !== k && pairOf(h.p) === pairOf(g.p) ? [canonical(j, offsets[j])] : []));
    let best = { offset: offsets[k], px: drawnPx(k, offsets[k], 0) };
    for (let m = Math.max(Math.abs(offsets[k]), 0.2) + 0.1; m <= MAX_SHORT_BEND + 1e-9; m += 0.1) {
      const o = side * m;
      if (others.some((c) => Math.abs(c - canonical(k, o)) < 0.15)) continue;
      const px = drawnPx(k, o, 0);
      if (px > best.px) best = { offset: o, px };
      if (px >= need) break;
    }
    if (best.offset !== offsets[k]) bowed.add(k);
    offsets[k] = best.offset;
  });
  return bowed;
}
