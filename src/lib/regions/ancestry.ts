import type { MapLevel, RegionIndex } from './types';

/**
 * The unit shown at `level` that contains `code` (itself when it is shown there), or null when
 * `code` is coarser than the level (a province mention has no district).
 */
export function unitAtLevel(code: string, level: MapLevel, regions: RegionIndex): string | null {
  for (let c: string | null = code, hops = 0; c && hops < 8; c = regions[c]?.parent ?? null, hops++) {
    const r = regions[c];
    if (!r) return null;
    if (r.levels.includes(level)) return c;
  }
  return null;
}

/** Codes shown at a level, in code order. */
export function codesAtLevel(level: MapLevel, regions: RegionIndex): string[] {
  return Object.values(regions)
    .filter((r) => r.levels.includes(level))
    .map((r) => r.code)
    .sort();
}
