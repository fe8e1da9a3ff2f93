import type { Position } from 'geojson';
import type { Area } from './types';

const key = (p: Position) => `${p[0]},${p[1]}`;
const round = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * A hole that touches its polygon's exterior at one vertex (保定市 around Xiong'an, where the cut-out
 * pinches against the outer border) is a valid simple feature, but turf.kinks and some renderers
 * read the touch as a crossing. The hole's touching vertex moves two output units (~2 m) toward the
 * hole's centre, so the rings no longer meet; the area changes by square metres.
 */
export function detachTouchingHoles(g: Area): Area {
  const fix = (poly: Position[][]): Position[][] => {
    if (poly.length < 2) return poly;
    const taken = new Set(poly[0].map(key));
    return poly.map((ring, r) => {
      if (r === 0) return ring;
      const open = ring.slice(0, -1);
      const cx = open.reduce((s, p) => s + p[0], 0) / open.length,
        cy = open.reduce((s, p) => s + p[1], 0) / open.length;
      const moved = open.map((p) => {
        if (!taken.has(key(p))) return p;
        const dx = cx - p[0],
          dy = cy - p[1],
          len = Math.hypot(dx, dy) || 1;
        return [round(p[0] + (2e-5 * dx) / len), round(p[1] + (2e-5 * dy) / len)];
      });
      for (const p of moved) taken.add(key(p));
      return [...moved, moved[0]];
    });
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fix(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
}
