import { unitAtLevel } from '../regions/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';
import { mayOverlap, statusClass, type StatusClass } from '../metrics/flowTotals';
import { isDirected, type Flow, type FlowKind } from './types';

/**
 * The flows between one stated group of senders and one stated group of receivers at a map level,
 * in one measure (or, without a number, one kind) and status class: what one line (or, for a
 * group, one bundle of lines) of the flow map stands for.
 */
export interface FlowPair<F extends Flow = Flow> {
  /** Units at the level, sorted; a side coarser than the level keeps its own code (Beijing on a district map). */
  origin: string[];
  destination: string[];
  measure: string | null;
  kind: FlowKind;
  status: StatusClass;
  /** Sum over parts that cannot overlap, the largest of those that may; null without a number. */
  value: number | null;
  /** Parts may overlap, so `value` is a lower bound. */
  atLeast: boolean;
  /** A side names several units: the value is the group's, drawn to each member, never each member's own. */
  shared: boolean;
  /** Two-way cooperation: no arrow, no inflow or outflow. */
  directed: boolean;
  flows: F[];
}

const side = (codes: readonly string[], level: MapLevel, regions: RegionIndex) =>
  [...new Set(codes.map((c) => unitAtLevel(c, level, regions) ?? c))].sort();

/**
 * Distinct flows (consolidateFlows) aggregated for the flow map at `level`, with the counting
 * rules of flowTotalsAtLevel: parts that may overlap add only their largest (`atLeast`), a group's
 * figure stays the group's (`shared`), planned never adds to done, flows inside one unit are left
 * out. So the values of all pairs of a measure and status class never add up to more than the
 * distinct flows they come from. Sorted by value, largest first (no-number pairs last).
 */
export function flowPairs<F extends Flow>(flows: readonly F[], level: MapLevel, regions: RegionIndex): FlowPair<F>[] {
  const groups = new Map<string, FlowPair<F>>();
  for (const f of flows) {
    if (f.value !== null && !Number.isFinite(f.value)) continue;
    const origin = side(f.origin, level, regions),
      destination = side(f.destination, level, regions);
    if (origin.length === 1 && destination.length === 1 && origin[0] === destination[0]) continue;
    const counted = f.value !== null && f.measure !== null;
    const directed = isDirected(f.kind);
    const what = counted ? `m:${f.measure}` : `k:${f.kind}`;
    const ends = directed
      ? `${origin.join('+')}>${destination.join('+')}`
      : [origin.join('+'), destination.join('+')].sort().join('~');
    const key = `${ends}|${what}|${statusClass(f)}|${directed}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        origin,
        destination,
        measure: counted ? f.measure : null,
        kind: f.kind,
        status: statusClass(f),
        value: null,
        atLeast: false,
        shared: origin.length > 1 || destination.length > 1,
        directed,
        flows: []
      };
      groups.set(key, g);
    }
    g.flows.push(f);
  }
  for (const g of groups.values()) {
    if (g.measure === null) continue;
    const sets: F[][] = [];
    for (const f of g.flows) {
      const meeting = sets.filter((s) => s.some((x) => mayOverlap(f, x, regions)));
      for (const m of meeting) sets.splice(sets.indexOf(m), 1);
      sets.push([...meeting.flat(), f]);
    }
    g.value = sets.reduce((s, set) => s + Math.max(...set.map((f) => f.value!)), 0);
    g.atLeast = sets.some((s) => s.length > 1);
  }
  return [...groups.values()].sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}
