import type { FeatureCollection, Point } from 'geojson';
import type { RegionIndex } from '../regions/types';

export interface SymbolProps {
  code: string;
  value: number;
  radius: number;
}

/** Largest circle, in pixels at the default zoom; the area of a circle is proportional to its value. */
export const MAX_RADIUS = 26;

export function symbolRadius(value: number, max: number, maxRadius = MAX_RADIUS): number {
  return max > 0 && value > 0 ? Math.max(2, maxRadius * Math.sqrt(value / max)) : 0;
}

/**
 * Proportional circles at the label points of the units with a positive count, largest first so
 * small circles draw on top of big ones and stay visible (and clickable).
 */
export function proportionalSymbols(
  values: ReadonlyMap<string, number>,
  regions: RegionIndex
): FeatureCollection<Point, SymbolProps> {
  const max = Math.max(0, ...values.values());
  const features = [...values]
    .filter(([code, v]) => v > 0 && regions[code])
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, value]) => ({
      type: 'Feature' as const,
      id: Number(code),
      geometry: { type: 'Point' as const, coordinates: [...regions[code].label] },
      properties: { code, value, radius: symbolRadius(value, max) }
    }));
  return { type: 'FeatureCollection', features };
}
