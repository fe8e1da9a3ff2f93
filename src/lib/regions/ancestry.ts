import type { MapLevel, RegionIndex } from './types';
import { parentChain } from '../domain/ancestry';

/**
 * The unit shown at `level` that contains `code` (itself when it is shown there), or null when
 * `code` is coarser than the level (a province mention has no district).
 */
export function unitAtLevel(code: string, level: MapLevel, regions: RegionIndex): string | null {
  return parentChain(code, regions).find((c) => regions[c]?.levels.includes(level)) ?? null;
}

/** Codes shown at a level, in code order. */
export function codesAtLevel(level: MapLevel, regions: RegionIndex): string[] {
  return Object.values(regions)
    .filter((r) => r.levels.includes(level))
    .map((r) => r.code)
    .sort();
}
