import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gcjToWgs84 } from './datum';
import { SOURCE_DIR } from './load';
import { runMapshaper } from './mapshaper';
import type { Collection } from './types';

/** The neighbouring provinces, by the prefix of their files in the source package. */
export const NEIGHBOURS: Record<string, { code: string; name_zh: string; name_en: string }> = {
  nei4_meng2_gu3: { code: '150000', name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' },
  liao2_ning2: { code: '210000', name_zh: '辽宁省', name_en: 'Liaoning' },
  shan1_xi1: { code: '140000', name_zh: '山西省', name_en: 'Shanxi' },
  shan1_dong1: { code: '370000', name_zh: '山东省', name_en: 'Shandong' },
  he2_nan2: { code: '410000', name_zh: '河南省', name_en: 'Henan' }
};

export const CONTEXT_BBOX = [104.0, 31.0, 128.0, 47.0] as const;

export interface ContextProps {
  code: string;
  name_zh: string;
  name_en: string;
}

/** Outlines of the neighbouring provinces around the region, clipped and simplified: land, not data. */
export async function buildContext(root = '.'): Promise<Collection<ContextProps>> {
  const files = readdirSync(join(root, SOURCE_DIR)).sort();
  const features = Object.entries(NEIGHBOURS).flatMap(([prefix, props]) =>
    files
      .filter((f) => f.startsWith(`${prefix}_`))
      .flatMap((f) => {
        const fc = JSON.parse(readFileSync(join(root, SOURCE_DIR, f), 'utf8')) as Collection<unknown>;
        return fc.features.filter((x) => x.geometry?.coordinates.length).map((x) => ({ ...x, properties: props }));
      })
  );
  const wgs = gcjToWgs84({ type: 'FeatureCollection', features });
  const out = await runMapshaper(
    `-clip bbox=${CONTEXT_BBOX.join(',')} -dissolve code copy-fields=name_zh,name_en -simplify visvalingam 1.2% keep-shapes -filter-slivers min-area=60km2 -o context.json format=geojson precision=0.0001 rfc7946`,
    wgs,
    ['context.json']
  );
  return out['context.json'] as Collection<ContextProps>;
}
