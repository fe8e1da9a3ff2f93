import gcoord from 'gcoord';
import type { Position } from 'geojson';
import type { Area, Collection } from './types';

/** GCJ-02 → WGS-84 for one position, rounded to 1e-6° so reruns are byte-identical everywhere. */
export function toWgs84(p: Position): Position {
  const [x, y] = gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
}

export function mapArea(g: Area, fn: (p: Position) => Position): Area {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fn)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((r) => r.map(fn))) };
}

/**
 * Every vertex from the Chinese map datum to WGS-84. The transform is a function of the position
 * alone, so a vertex two neighbours share stays shared.
 */
export function gcjToWgs84<P>(fc: Collection<P>): Collection<P> {
  return { ...fc, features: fc.features.map((f) => ({ ...f, geometry: mapArea(f.geometry, toWgs84) })) };
}
