import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { mapArea } from './datum';
import type { Area, Collection, CountyProps } from './types';

export const JIZHOU = '120119';

function polygons(g: Area): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function vertices(g: Area): Position[] {
  return g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2);
}

/** Median distance (degrees) from each vertex to the nearest neighbour vertex within `reach`. */
function borderFit(points: Position[], index: Map<string, Position[]>, cell: number, reach: number): number {
  const d: number[] = [];
  for (const [x, y] of points) {
    const cx = Math.floor(x / cell),
      cy = Math.floor(y / cell);
    let best = Infinity;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const [u, v] of index.get(`${cx + i},${cy + j}`) ?? []) best = Math.min(best, Math.hypot(u - x, v - y));
    if (best < reach) d.push(best);
  }
  if (d.length < points.length / 10) return Infinity;
  d.sort((a, b) => a - b);
  return d[Math.floor(d.length / 2)];
}

/**
 * The source's 蓟州区 is empty; the package's separate copy sits in another datum. Shift it by the
 * offset that best lays its border on its neighbours' (a grid search, median vertex distance),
 * then cut away what still overlaps them and give it the slivers left between them. Returns the repaired collection and the offset found.
 */
export function repairJizhou(
  fc: Collection<CountyProps>,
  fix: Area
): { fc: Collection<CountyProps>; offset: [number, number]; fitMetres: number } {
  const neighbours = fc.features.filter(
    (f) =>
      f.properties.code !== JIZHOU && f.geometry.coordinates.length && turf.booleanIntersects(turf.bboxPolygon(turf.bbox(fix)), f)
  );
  const cell = 0.01;
  const index = new Map<string, Position[]>();
  for (const f of neighbours)
    for (const p of vertices(f.geometry)) {
      const k = `${Math.floor(p[0] / cell)},${Math.floor(p[1] / cell)}`;
      (index.get(k) ?? index.set(k, []).get(k)!).push(p);
    }
  const pts = vertices(fix).filter((_, i) => i % 3 === 0);
  let best = { dx: 0, dy: 0, fit: Infinity };
  for (let dx = -0.012; dx <= 0.012 + 1e-9; dx += 0.0005)
    for (let dy = -0.012; dy <= 0.012 + 1e-9; dy += 0.0005) {
      const fit = borderFit(
        pts.map(([x, y]) => [x + dx, y + dy]),
        index,
        cell,
        0.01
      );
      if (fit < best.fit) best = { dx, dy, fit };
    }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  const offset: [number, number] = [r(best.dx), r(best.dy)];
  let shifted: Area = mapArea(fix, ([x, y]) => [
    Math.round((x + offset[0]) * 1e6) / 1e6,
    Math.round((y + offset[1]) * 1e6) / 1e6
  ]);
  const others = turf.union(turf.featureCollection(neighbours.map((f) => turf.feature(f.geometry))));
  if (others) {
    const cut = turf.difference(turf.featureCollection([turf.feature(shifted), others]));
    if (cut) shifted = cut.geometry as Area;
    // The copy's outline is coarser than its neighbours', so slivers open between them. A hole in
    // the union of 蓟州 and its neighbours that touches 蓟州 is such a sliver: it belongs to 蓟州,
    // whose border is the inexact one (holes away from it are other units' land, e.g. 密云区's).
    const all = turf.union(turf.featureCollection([turf.feature(shifted), others]));
    const holes = all ? polygons(all.geometry as Area).flatMap((p) => p.slice(1)) : [];
    const slivers = holes.filter((h) => turf.booleanIntersects(turf.polygon([h]), turf.feature(shifted)));
    if (slivers.length) {
      const filled = turf.union(turf.featureCollection([turf.feature(shifted), ...slivers.map((h) => turf.polygon([h]))]));
      if (filled) shifted = filled.geometry as Area;
    }
  }
  const features = fc.features.map((f) => (f.properties.code === JIZHOU ? { ...f, geometry: shifted } : f));
  const fitMetres = Math.round(best.fit * 111_000);
  return { fc: { ...fc, features }, offset, fitMetres };
}
