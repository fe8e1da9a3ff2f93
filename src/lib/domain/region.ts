import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapLevel } from './level';

/** What names a unit and places it in the hierarchy: every reader of geo/out/ needs these. */
export interface RegionProps {
  code: string;
  /** The unit's own rank; Beijing's and Tianjin's districts are 'district' in every file. */
  level: MapLevel;
  /** The next coarser unit; null for provinces. */
  parent: string | null;
  name_zh: string;
  name_en: string;
  /** With tone marks. */
  name_pinyin: string;
}

/** The properties of every feature of geo/out/{province,district,county}.geojson. */
export interface RegionFeatureProps extends RegionProps {
  area_km2: number;
  /** An interior point for the label (mapshaper's `-points inner`). */
  label: [number, number];
}

/** One entry of geo/out/regions.json. */
export interface RegionEntry extends RegionFeatureProps {
  /** The map levels (files) the unit appears in. */
  levels: MapLevel[];
  bbox: [number, number, number, number];
}

export type RegionIndex = Record<string, RegionEntry>;

export type RegionCollection = FeatureCollection<Polygon | MultiPolygon, RegionProps>;

/** The fields of geo/out/regions.json the ingest reads (a fixture may omit the pinyin). */
export type RegionLike = Omit<RegionProps, 'name_pinyin'> & { name_pinyin?: string };
export type RegionsLike = Record<string, RegionLike>;
