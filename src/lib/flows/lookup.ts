import type { RegionIndex } from '../regions/types';
import type { LabelPoints } from './arcs';

/** What flows need from geo/out/regions.json: each code's parent, and its label point. */
export function regionLookup(index: RegionIndex): { parents: Map<string, string | null>; labels: LabelPoints } {
  const parents = new Map<string, string | null>();
  const labels: Record<string, readonly [number, number]> = {};
  for (const [code, r] of Object.entries(index)) {
    parents.set(code, r.parent ?? null);
    labels[code] = [r.label[0], r.label[1]];
  }
  return { parents, labels };
}
