import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type MapLevel = 'province' | 'district' | 'county';
export const MAP_LEVELS: readonly MapLevel[] = ['province', 'district', 'county'];

/** One entry of `geo/out/regions.json`, and the properties of every boundary feature. */
export interface RegionProps {
  code: string;
  /** The unit's own rank; Beijing's and Tianjin's districts are 'district' in every file. */
  level: MapLevel;
  /** The next coarser unit; null for provinces. */
  parent: string | null;
  name_zh: string;
  name_en: string;
  name_pinyin: string;
}

export interface RegionEntry extends RegionProps {
  /** The map levels (files) the unit appears in. */
  levels: MapLevel[];
  label: [number, number];
  bbox: [number, number, number, number];
  area_km2: number;
}

export type RegionIndex = Record<string, RegionEntry>;

export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;
