import { unitAtLevel } from '../regions/ancestry';
import { isWithin } from '../domain/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';
import { isDirected, type Flow } from '../flows/types';

/** Which statuses a total adds: what has happened or is happening, or what is only planned. Never both. */
export type StatusClass = 'achieved' | 'planned';
export const statusClass = (f: Pick<Flow, 'status'>): StatusClass => (f.status === 'planned' ? 'planned' : 'achieved');

/** One side (in or out) of a region's flows in one measure and status class. */
export interface SideTotal {
  /** Sum over parts that cannot overlap; the largest of each set of parts that may. A lower bound when `atLeast`. */
  value: number;
  /** Some parts may overlap, so only their largest was counted: the true total is at least `value`. */
  atLeast: boolean;
  /** Flows credited to this region alone, grouped: each inner list is a set of parts that may overlap (one flow when alone). */
  parts: Flow[][];
  /** Flows stated for a group this region belongs to: shown as shared, never added to its total. */
  shared: Flow[];
}

export interface LevelFlowTotals {
  inflow: SideTotal;
  outflow: SideTotal;
}

const emptySide = (): SideTotal => ({ value: 0, atLeast: false, parts: [], shared: [] });

/**
 * The units at `level` one side of a flow stands for: one unit (the flow is that unit's), several
 * (the text states it for a group: shared, credited to none of them), or none (the side is coarser
 * than the level, e.g. "Beijing" on a district map).
 */
function sideUnits(codes: readonly string[], level: MapLevel, regions: RegionIndex): { units: string[]; whole: boolean } {
  const units = codes.map((c) => unitAtLevel(c, level, regions));
  const known = [...new Set(units.filter((u): u is string => u !== null))];
  // A group with a member coarser than the level ("Beijing and Cangzhou") is not any one unit's.
  return { units: known, whole: known.length === 1 && (codes.length === 1 || units.every((u) => u !== null)) };
}

/** Two sets of places share ground: one names a place inside (or equal to) a place of the other. */
function placesMeet(a: readonly string[], b: readonly string[], regions: RegionIndex): boolean {
  return a.some((x) => b.some((y) => isWithin(x, y, regions) || isWithin(y, x, regions)));
}
/** Undated or open-ended periods may overlap anything. */
function periodsMeet(a: Flow, b: Flow): boolean {
  const as = a.periodStart ?? -Infinity,
    ae = a.periodEnd ?? Infinity;
  const bs = b.periodStart ?? -Infinity,
    be = b.periodEnd ?? Infinity;
  return as <= be && bs <= ae;
}

/**
 * Whether two flows of one measure may count some of the same things: their senders share ground,
 * their receivers share ground and their periods meet. The text rarely says that 47 projects are
 * not among 672, so such parts are never added.
 */
export function mayOverlap(a: Flow, b: Flow, regions: RegionIndex): boolean {
  return (
    a.measure === b.measure &&
    placesMeet(a.origin, b.origin, regions) &&
    placesMeet(a.destination, b.destination, regions) &&
    periodsMeet(a, b)
  );
}

/** Sets of flows connected by `mayOverlap`, in input order. */
function overlapSets(flows: readonly Flow[], regions: RegionIndex): Flow[][] {
  const sets: Flow[][] = [];
  for (const f of flows) {
    const meeting = sets.filter((s) => s.some((g) => mayOverlap(f, g, regions)));
    const merged = [...meeting.flat(), f];
    for (const m of meeting) sets.splice(sets.indexOf(m), 1);
    sets.push(merged);
  }
  return sets;
}

function finish(side: SideTotal, regions: RegionIndex): void {
  const own = side.parts.flat();
  side.parts = overlapSets(own, regions);
  side.value = 0;
  side.atLeast = false;
  for (const set of side.parts) {
    side.value += Math.max(...set.map((f) => f.value!));
    if (set.length > 1) side.atLeast = true;
  }
}

/**
 * THE definition of inflow and outflow (data/README.md § flows.csv): for each unit shown at
 * `level`, the directed flows of `measure` and status class whose receiving (sending) side is that
 * unit alone. Two-way cooperation has no direction and is left out. A flow inside one unit is
 * internal and counts for neither side. A flow stated for a group of units is shared: listed for
 * each member, added to none. Parts that may overlap add only their largest, and the total says
 * "at least". So, for every measure and level, the values over all units never add up to more
 * than the distinct flows they come from.
 */
export function flowTotalsAtLevel(
  flows: readonly Flow[],
  measure: string,
  level: MapLevel,
  regions: RegionIndex,
  status: StatusClass = 'achieved'
): Map<string, LevelFlowTotals> {
  const out = new Map<string, LevelFlowTotals>();
  const get = (u: string) => out.get(u) ?? (out.set(u, { inflow: emptySide(), outflow: emptySide() }), out.get(u)!);
  for (const f of flows) {
    if (
      !isDirected(f.kind) ||
      f.measure !== measure ||
      f.value === null ||
      !Number.isFinite(f.value) ||
      statusClass(f) !== status
    )
      continue;
    const to = sideUnits(f.destination, level, regions);
    const from = sideUnits(f.origin, level, regions);
    for (const [side, mine, other] of [
      ['inflow', to, from],
      ['outflow', from, to]
    ] as const) {
      const units = mine.units.filter((u) => !other.units.includes(u));
      if (!units.length) continue;
      const whole = mine.whole && units.length === 1;
      for (const u of units) {
        const t = get(u)[side];
        if (whole) t.parts.push([f]);
        else t.shared.push(f);
      }
    }
  }
  for (const t of out.values()) {
    finish(t.inflow, regions);
    finish(t.outflow, regions);
  }
  return out;
}

/** Whether a flow's stated period (or, when it states none, its article's year) meets the window. */
export function flowInWindow(f: Flow, articleDate: string | null, from: number | null, to: number | null): boolean {
  if (from === null && to === null) return true;
  let start = f.periodStart,
    end = f.periodEnd;
  if (start === null && end === null) {
    const y = articleDate ? Number(articleDate.slice(0, 4)) : NaN;
    if (!Number.isFinite(y)) return false;
    start = end = y;
  }
  return (to === null || start === null || start <= to) && (from === null || end === null || end >= from);
}
