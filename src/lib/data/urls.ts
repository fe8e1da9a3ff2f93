import provinceUrl from '../../../geo/out/province.geojson?url';
import districtUrl from '../../../geo/out/district.geojson?url';
import countyUrl from '../../../geo/out/county.geojson?url';
import seaGeojsonUrl from '../../../geo/out/sea.geojson?url';
import type { MapLevel } from '../regions/types';

/** Boundary files as URLs: MapLibre's worker fetches them, so they stay out of the JS bundle. */
export const levelUrls: Record<MapLevel, string> = { province: provinceUrl, district: districtUrl, county: countyUrl };
export const waterUrl = seaGeojsonUrl;
