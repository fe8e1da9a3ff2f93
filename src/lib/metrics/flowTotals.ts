import { unitAtLevel } from '../regions/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';
import type { Flow } from '../flows/types';

export interface LevelFlowTotals {
  inflow: number;
  outflow: number;
  /** Flows whose origin was stated as a group and counted once for each member. */
  grouped: number;
}

const units = (codes: readonly string[], level: MapLevel, regions: RegionIndex) =>
  [...new Set(codes.map((c) => unitAtLevel(c, level, regions)).filter((u): u is string => u !== null))];

/**
 * Inflow and outflow of one measure per unit shown at `level`. A grouped origin counts once for
 * each member (Beijing+Tianjin → Cangzhou is outflow of both); a flow between two places inside
 * the same unit is internal to it and counts for neither side; an origin coarser than the level
 * (a province, at district level) still brings inflow to its destination. Two-way cooperation
 * has no direction and is left out; so are plans and targets, which have not moved anything yet
 * (the map still draws them, broken).
 */
export function flowTotalsAtLevel(
  flows: readonly Flow[],
  measure: string,
  level: MapLevel,
  regions: RegionIndex
): Map<string, LevelFlowTotals> {
  const out = new Map<string, LevelFlowTotals>();
  const get = (u: string) => out.get(u) ?? (out.set(u, { inflow: 0, outflow: 0, grouped: 0 }), out.get(u)!);
  for (const f of flows) {
    if (f.kind === 'cooperation' || f.status === 'planned' || f.measure !== measure || f.value === null) continue;
    const to = units(f.destination, level, regions);
    const from = units(f.origin, level, regions);
    const grouped = f.origin.length > 1;
    for (const d of to) {
      if (from.includes(d)) continue;
      const t = get(d);
      t.inflow += f.value;
      if (grouped) t.grouped++;
    }
    for (const o of from) {
      if (to.includes(o)) continue;
      const t = get(o);
      t.outflow += f.value;
      if (grouped) t.grouped++;
    }
  }
  return out;
}

/** Whether a flow's stated period (or, when it states none, its article's year) meets the window. */
export function flowInWindow(f: Flow, articleDate: string | null, from: number | null, to: number | null): boolean {
  if (from === null && to === null) return true;
  let start = f.periodStart, end = f.periodEnd;
  if (start === null && end === null) {
    const y = articleDate ? Number(articleDate.slice(0, 4)) : NaN;
    if (!Number.isFinite(y)) return false;
    start = end = y;
  }
  return (to === null || start === null || start <= to) && (from === null || end === null || end >= from);
}
