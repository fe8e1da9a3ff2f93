import type { FeatureCollection, Point } from 'geojson';
import type { MapLevel, RegionIndex } from '../regions/types';

export interface LabelProps {
  code: string;
  name_zh: string;
  name_en: string;
  /** MapLibre places lower sort keys first: they win label collisions. */
  rank: number;
}

/**
 * Label points of the units shown at a level (the geo build puts each point inside its polygon).
 * Who wins a collision: the selection, then the units the current map says most about (so the
 * top-ranked district is named at the default zoom however small it is), then larger units.
 */
export function labelPoints(
  regions: RegionIndex,
  level: MapLevel,
  values: ReadonlyMap<string, number> = new Map(),
  selected: string | null = null
): FeatureCollection<Point, LabelProps> {
  const units = Object.values(regions).filter((r) => r.levels.includes(level));
  const v = (c: string) => (c === selected ? Infinity : (values.get(c) ?? -Infinity));
  units.sort((a, b) => v(b.code) - v(a.code) || b.area_km2 - a.area_km2 || a.code.localeCompare(b.code));
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
