import * as turf from '@turf/turf';
import { runMapshaper } from './mapshaper';
import { placeNames } from './names';
import { XIONGAN } from './renames';
import { detachTouchingHoles } from './touching';
import type { Levels } from './topology';
import type { Area, Collection } from './types';

// The region records are declared in the domain model; geo/ writes what the explorer and the ingest read.
import type { MapLevel } from '../../src/lib/domain/level';
import type { RegionEntry, RegionFeatureProps } from '../../src/lib/domain/region';
export type { MapLevel as Level, RegionFeatureProps as RegionProps, RegionEntry };
type Level = MapLevel;
type RegionProps = RegionFeatureProps;

export interface GeoOutputs {
  province: Collection<RegionProps>;
  district: Collection<RegionProps>;
  county: Collection<RegionProps>;
  regions: Record<string, RegionEntry>;
}

const PROVINCE_ZH: Record<string, string> = { '110000': '北京市', '120000': '天津市', '130000': '河北省' };
const r5 = (v: number) => Math.round(v * 1e5) / 1e5;

/** Interior label points (mapshaper's "inner" points: well inside, never in a bay or a hole). */
async function labels(fc: Collection<{ code: string }>): Promise<Map<string, [number, number]>> {
  const out = (await runMapshaper('-points inner -o points.json format=geojson precision=0.00001', fc, ['points.json']))[
    'points.json'
  ] as GeoJSON.FeatureCollection<GeoJSON.Point, { code: string }>;
  return new Map(out.features.map((f) => [f.properties.code, [r5(f.geometry.coordinates[0]), r5(f.geometry.coordinates[1])]]));
}

/**
 * Names, ranks, parents, areas and label points for every unit of the three levels, and the
 * regions index. `prefectures` names Hebei's prefecture-level cities by code (from the code table).
 */
export async function assemble(levels: Levels, prefectures: Record<string, string>): Promise<GeoOutputs> {
  const countyByCode = new Map(levels.county.features.map((f) => [f.properties.code, f.properties]));
  const describe = (code: string, level: Level): Omit<RegionProps, 'area_km2' | 'label'> => {
    if (level === 'province')
      return { code, level, parent: null, name_zh: PROVINCE_ZH[code], ...placeNames(PROVINCE_ZH[code], 'province') };
    const municipal = !code.startsWith('13');
    if (level === 'district' && !municipal) {
      const name_zh = code === XIONGAN.code ? XIONGAN.name_zh : prefectures[code];
      if (!name_zh) throw new Error(`no name for prefecture-level code ${code}`);
      return { code, level, parent: '130000', name_zh, ...placeNames(name_zh, 'prefecture') };
    }
    const c = countyByCode.get(code);
    if (!c) throw new Error(`no county-level unit ${code}`);
    const rank: Level = municipal ? 'district' : 'county';
    const parent = municipal ? `${code.slice(0, 2)}0000` : c.parent;
    return { code, level: rank, parent, name_zh: c.name_zh, ...placeNames(c.name_zh, 'county') };
  };

  const finish = async (fc: Collection<{ code: string }>, level: Level): Promise<Collection<RegionProps>> => {
    const points = await labels(fc);
    const features = [...fc.features]
      .sort((a, b) => a.properties.code.localeCompare(b.properties.code))
      .map((f) => {
        const code = f.properties.code;
        const props: RegionProps = {
          ...describe(code, level),
          area_km2: Math.round(turf.area(f as GeoJSON.Feature<Area>) / 1e5) / 10,
          label:
            points.get(code) ?? (turf.pointOnFeature(f as GeoJSON.Feature<Area>).geometry.coordinates.map(r5) as [number, number])
        };
        return { type: 'Feature' as const, id: code, properties: props, geometry: detachTouchingHoles(f.geometry) };
      });
    return { type: 'FeatureCollection', features };
  };

  const province = await finish(levels.province, 'province');
  const district = await finish(levels.district, 'district');
  const county = await finish(levels.county, 'county');
  const regions: Record<string, RegionEntry> = {};
  for (const [level, fc] of [
    ['province', province],
    ['district', district],
    ['county', county]
  ] as const)
    for (const f of fc.features) {
      const existing = regions[f.properties.code];
      if (existing) existing.levels.push(level);
      else
        regions[f.properties.code] = {
          ...f.properties,
          levels: [level],
          bbox: turf.bbox(f).map(r5) as [number, number, number, number]
        };
    }
  const sorted = Object.fromEntries(
    Object.keys(regions)
      .sort()
      .map((k) => [k, regions[k]])
  );
  return { province, district, county, regions: sorted };
}
