import { unitAtLevel } from '../regions/ancestry';
import type { MapLevel, RegionIndex } from '../regions/types';
import { mayOverlap, statusClass } from '../metrics/flowTotals';
import type { Flow } from '../flows/types';

/** What one measure holds at a level, counted from the statements rather than from the drawn lines. */
export interface MeasureStock {
  /** Everything stated in the measure, each figure once: parts that may overlap add only their largest. */
  total: number;
  /** How many distinct figures were stated in it (a set of figures that may overlap is one). */
  figures: number;
}

const unit = (codes: readonly string[], level: MapLevel, regions: RegionIndex) =>
  new Set(codes.map((c) => unitAtLevel(c, level, regions) ?? c));

/**
 * Each measure's stock among `flows` (distinct flows) at `level`, by the counting rules of
 * src/lib/flows/pairs.ts: flows inside one unit are left out, figures that may overlap (a total
 * and its own part: BJ+TJ → X 27 and BJ → X 19) count as their largest, and in such a set what has
 * happened is taken over what is planned, as a line's total does. Built from the statements, a
 * total drawn with its own part counts once (27), where summing the lines' weights counted 19 + 13.5.
 */
export function measureStocks(flows: readonly Flow[], level: MapLevel, regions: RegionIndex): Map<string, MeasureStock> {
  const sets = new Map<string, Flow[][]>();
  for (const f of flows) {
    if (f.measure === null || f.value === null || !Number.isFinite(f.value)) continue;
    const o = unit(f.origin, level, regions),
      d = unit(f.destination, level, regions);
    if (o.size === 1 && d.size === 1 && [...o][0] === [...d][0]) continue;
    const of = sets.get(f.measure) ?? (sets.set(f.measure, []), sets.get(f.measure)!);
    const meeting = of.filter((s) => s.some((g) => mayOverlap(f, g, regions)));
    for (const m of meeting) of.splice(of.indexOf(m), 1);
    of.push([...meeting.flat(), f]);
  }
  const out = new Map<string, MeasureStock>();
  for (const [measure, of] of sets) {
    let total = 0;
    for (const set of of) {
      const done = set.filter((f) => statusClass(f) === 'achieved');
      total += Math.max(...(done.length ? done : set).map((f) => f.value!));
    }
    out.set(measure, { total, figures: of.length });
  }
  return out;
}
