import { readFileSync } from 'node:fs';
import * as turf from '../../geo/turf';
import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type F = Feature<Polygon | MultiPolygon, { code: string }>;
const level = (name: string) => (JSON.parse(readFileSync(`geo/out/${name}.geojson`, 'utf8')) as { features: F[] }).features;

/**
 * The three provinces tile their territory: no lake or enclave is left out of every unit, so any
 * hole in the union of a level is a gap between neighbours (as the 蓟州 copy and Cangzhou's coarse
 * file left before gaps were filled: 52 km² in 18 holes).
 */
function holesKm2(features: F[]): number[] {
  const u = turf.union(turf.featureCollection(features.map((f) => turf.feature(f.geometry))));
  if (!u) throw new Error('empty union');
  const polys: Position[][][] = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
  return polys.flatMap((p) => p.slice(1)).map((h) => turf.area(turf.polygon([h])) / 1e6);
}

const totalKm2 = (fs: F[]) => fs.reduce((s, f) => s + turf.area(f), 0) / 1e6;

describe('geo/out: no gaps between neighbours', () => {
  it('leaves no hole in the union of the district level', () => {
    const holes = holesKm2(level('district'));
    expect(holes.reduce((s, a) => s + a, 0)).toBeLessThan(0.01);
  });

  it('covers the same land at every level (a county-level gap would be missing from the county total)', () => {
    const [p, d, c] = [totalKm2(level('province')), totalKm2(level('district')), totalKm2(level('county'))];
    expect(Math.abs(d - p) / p).toBeLessThan(1e-4);
    expect(Math.abs(c - p) / p).toBeLessThan(1e-4);
  });
});
