import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { gcjToWgs84 } from './datum';
import { SOURCE_DIR } from './load';
import { runMapshaper } from './mapshaper';
import type { Area, Collection } from './types';

/**
 * The provinces with land inside the map's surroundings, by the prefix of their files in the source
 * package; Beijing, Tianjin and Hebei come from the pipeline's own province level instead.
 */
export const SURROUNDING_PROVINCES = [
  'nei4_meng2_gu3',
  'liao2_ning2',
  'ji2_lin2',
  'hei1_long2_jiang1',
  'shan1_xi1',
  'shan3_xi1',
  'ning2_xia4',
  'gan1_su4',
  'si4_chuan1',
  'chongqing',
  'shan1_dong1',
  'he2_nan2',
  'hu2_bei3',
  'an1_hui1',
  'jiang1_su1'
];

/** The map's surroundings, a little larger than the camera's MAX_BOUNDS (src/lib/map/style.ts). */
export const SURROUNDINGS_BBOX = [105.5, 31.5, 126.5, 46.5] as const;

/** A point in the Bohai Sea: the piece of water holding it is the sea. */
const BOHAI_SEA: [number, number] = [120.0, 38.5];

/** Below this a piece of "sea" is a gap between two provinces' simplified borders, not water. */
const MIN_WATER_KM2 = 300;

export interface SeaProps {
  kind: 'water';
}

const overlaps = (b: number[], [w, s, e, n]: readonly number[]) => b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s;

/**
 * The water around the region: the surroundings minus all land in them. The map paints land as its
 * background and draws only this on top, so every frame fills the small water area instead of the
 * large land area (software WebGL pays per pixel filled), and land with no data still reads as land.
 */
export async function buildSea(root: string, region: Collection<unknown>): Promise<Collection<SeaProps>> {
  const files = readdirSync(join(root, SOURCE_DIR)).sort();
  const others = SURROUNDING_PROVINCES.flatMap((prefix) =>
    files
      .filter((f) => f === `${prefix}.geojson` || f.startsWith(`${prefix}_`))
      .flatMap((f) => (JSON.parse(readFileSync(join(root, SOURCE_DIR, f), 'utf8')) as Collection<object>).features)
      .filter((x) => x.geometry?.coordinates.length && overlaps(turf.bbox(x), SURROUNDINGS_BBOX))
      .map((x) => ({ ...x, properties: {} }))
  );
  const land = gcjToWgs84({ type: 'FeatureCollection', features: others });
  land.features.push(...region.features.map((x) => ({ ...x, properties: {} })));
  // One land mass: gaps between the source's provinces and the region's own border are filled,
  // so they do not turn into slivers of water.
  const out = await runMapshaper(
    `-clip bbox=${SURROUNDINGS_BBOX.join(',')} -dissolve2 gap-fill-area=${MIN_WATER_KM2}km2 -simplify visvalingam 5% keep-shapes -o land.json format=geojson geojson-type=FeatureCollection precision=0.00001`,
    land,
    ['land.json']
  );
  const landFeatures = (out['land.json'] as Collection<unknown>).features;
  const water = turf.difference(
    turf.featureCollection([turf.bboxPolygon([...SURROUNDINGS_BBOX]), ...landFeatures] as Feature<Area>[])
  );
  if (!water) throw new Error('sea: the surroundings are all land');
  const parts: Polygon['coordinates'][] =
    water.geometry.type === 'Polygon' ? [water.geometry.coordinates] : water.geometry.coordinates;
  // Open water is the piece that holds the Bohai Sea; a piece that reaches the box's edge elsewhere
  // is foreign land the package does not draw (Mongolia), and the rest are lakes.
  const [w, s, e, n] = SURROUNDINGS_BBOX;
  const onEdge = (rings: Polygon['coordinates']) => rings[0].some(([x, y]) => x === w || x === e || y === s || y === n);
  const kept = parts.filter(
    (rings) =>
      turf.area(turf.polygon(rings)) / 1e6 >= MIN_WATER_KM2 &&
      (!onEdge(rings) || turf.booleanPointInPolygon(BOHAI_SEA, turf.polygon(rings)))
  );
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'water' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: kept.map((rings) => rings.map((ring) => ring.map(([x, y]) => [r(x), r(y)])))
        }
      }
    ]
  } as Collection<SeaProps>;
}
