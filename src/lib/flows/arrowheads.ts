import { toMercator, toWgs84 } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { FlowArcCollection, FlowArcProps } from './arcs';

export type FlowArrowProps = Pick<FlowArcProps, 'flow' | 'origin' | 'destination' | 'kind' | 'measure' | 'width'>;
export type FlowArrowCollection = FeatureCollection<Polygon, FlowArrowProps>;

export interface ArrowOptions {
  /** Tip-to-base length on the ground, km. */
  lengthKm?: number;
  /** Never longer than this fraction of the arc's straight-line span, so short arcs keep a body. */
  maxFraction?: number;
}

/**
 * A small triangle at the destination end of every directed arc, pointing along the arc, for a
 * fill layer. (A symbol layer can use each arc's `bearing` instead; this needs no icon image.)
 */
export function flowArrowheads(arcs: FlowArcCollection, options: ArrowOptions = {}): FlowArrowCollection {
  const lengthKm = options.lengthKm ?? 6;
  const maxFraction = options.maxFraction ?? 0.25;
  const features: Feature<Polygon, FlowArrowProps>[] = [];
  for (const arc of arcs.features) {
    const p = arc.properties;
    if (!p.arrow) continue;
    const coords = arc.geometry.coordinates;
    const tipLngLat = coords[coords.length - 1];
    const tip = toMercator(tipLngLat) as number[];
    const start = toMercator(coords[0]) as number[];
    // Mercator metres grow by 1/cos(lat); scale the ground length to match at the tip.
    const perMetre = 1 / Math.cos((tipLngLat[1] * Math.PI) / 180);
    const span = Math.hypot(tip[0] - start[0], tip[1] - start[1]);
    const len = Math.min(lengthKm * 1000 * perMetre, span * maxFraction);
    const rad = (p.bearing * Math.PI) / 180;
    const ux = Math.sin(rad);
    const uy = Math.cos(rad);
    const base = [tip[0] - ux * len, tip[1] - uy * len];
    const half = len * 0.45;
    const left = [base[0] - uy * half, base[1] + ux * half];
    const right = [base[0] + uy * half, base[1] - ux * half];
    const ring = [tip, right, left, tip].map((q) => toWgs84(q) as Position);
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring] },
      properties: {
        flow: p.flow,
        origin: p.origin,
        destination: p.destination,
        kind: p.kind,
        measure: p.measure,
        width: p.width
      }
    });
  }
  return { type: 'FeatureCollection', features };
}
