import { readFileSync } from 'node:fs';
import * as turf from '../../geo/turf';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { SURROUNDINGS_BBOX } from '../../geo/steps/sea';
import { MAX_BOUNDS } from '../../src/lib/map/style';

const sea = JSON.parse(readFileSync('geo/out/sea.geojson', 'utf8')) as FeatureCollection<MultiPolygon>;
const water = sea.features[0];
const isWater = (lng: number, lat: number) => turf.booleanPointInPolygon([lng, lat], water);

describe('geo/out/sea.geojson: the water drawn over the land-coloured map', () => {
  it('is one multipolygon covering the camera’s whole range', () => {
    expect(sea.features).toHaveLength(1);
    expect(water.geometry.type).toBe('MultiPolygon');
    const [[w, s], [e, n]] = MAX_BOUNDS;
    const [bw, bs, be, bn] = SURROUNDINGS_BBOX;
    expect(bw < w && bs < s && be > e && bn > n).toBe(true);
  });

  // [lng, lat, what]: open water, and land of the region and of provinces near and far.
  const cases: [number, number, string, boolean][] = [
    [119.5, 39.0, 'the Bohai Sea', true],
    [121.0, 38.3, 'the Bohai Strait', true],
    [123.0, 36.0, 'the Yellow Sea', true],
    [116.4, 39.9, 'Beijing', false],
    [117.2, 39.1, 'Tianjin', false],
    [114.5, 38.0, 'Shijiazhuang', false],
    [112.55, 37.87, 'Taiyuan, Shanxi', false],
    [123.4, 41.8, 'Shenyang, Liaoning', false],
    [117.0, 36.65, 'Jinan, Shandong', false],
    [113.65, 34.76, 'Zhengzhou, Henan', false],
    [125.3, 43.9, 'Changchun, Jilin', false],
    [108.9, 34.3, "Xi'an, Shaanxi", false],
    [118.8, 32.06, 'Nanjing, Jiangsu', false],
    [111.7, 40.8, 'Hohhot, Inner Mongolia', false],
    [110.0, 44.5, 'Mongolia (not in the package, drawn as land, not water)', false]
  ];
  it.each(cases)('%f, %f (%s): water %s', (lng, lat, _what, expected) => {
    expect(isWater(lng, lat)).toBe(expected);
  });

  it('has no slivers: every piece of water is at least 300 km²', () => {
    for (const rings of water.geometry.coordinates) expect(turf.area(turf.polygon(rings)) / 1e6).toBeGreaterThanOrEqual(300);
  });
});
