import type { FeatureCollection, Point } from 'geojson';
import type { MapLevel, RegionIndex } from '../regions/types';

export interface LabelProps {
  code: string;
  name_zh: string;
  name_en: string;
  /** Larger units win label collisions: MapLibre places lower sort keys first. */
  rank: number;
}

/** Label points of the units shown at a level (the geo build puts each point inside its polygon). */
export function labelPoints(regions: RegionIndex, level: MapLevel): FeatureCollection<Point, LabelProps> {
  const units = Object.values(regions).filter((r) => r.levels.includes(level));
  units.sort((a, b) => b.area_km2 - a.area_km2 || a.code.localeCompare(b.code));
  return {
    type: 'FeatureCollection',
    features: units.map((r, i) => ({
      type: 'Feature',
      id: Number(r.code),
      geometry: { type: 'Point', coordinates: r.label },
      properties: { code: r.code, name_zh: r.name_zh, name_en: r.name_en, rank: i }
    }))
  };
}
