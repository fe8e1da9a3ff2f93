import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type Area = Polygon | MultiPolygon;

/** A county-level unit as the source draws it, before codes are known. */
export interface SourceProps {
  /** The name as the source writes it (older vintage). */
  name: string;
  /** The prefecture-level unit whose file it came from (4-digit code prefix + '00'), or the municipality. */
  file: string;
  /** The id the source gives, when it gives one. */
  sourceId: string | null;
}

/** A county-level unit with its current GB/T 2260 code. */
export interface CountyProps {
  code: string;
  name_zh: string;
  /** The unit one level up on the map: the municipality, the prefecture, or Xiong'an (133100). */
  parent: string;
}

export type Collection<P> = FeatureCollection<Area, P>;
export type AreaFeature<P> = Feature<Area, P>;
