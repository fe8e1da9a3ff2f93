import { toMercator, toWgs84 } from '@turf/projection';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { flowWidth, widthScales, type WidthScales } from './scale';
import { isDirected, type Flow, type FlowKind, type FlowStatus } from './types';

/** [lng, lat] of each region's label point (regions.json `label`). */
export type LabelPoints = Readonly<Record<string, readonly [number, number]>>;

export interface FlowArcProps {
  /** The flow's id in data/flows.csv. */
  flow: string;
  /** This arc's member of the origin group, and of the destination group. */
  origin: string;
  destination: string;
  /** The groups as written ("110000+120000"); equal to origin/destination when single. */
  originGroup: string;
  destinationGroup: string;
  /** Either side is a group: `value` is the group's joint figure, not this member's share. */
  grouped: boolean;
  kind: FlowKind;
  measure: string | null;
  value: number | null;
  approx: boolean;
  status: FlowStatus;
  periodStart: number | null;
  periodEnd: number | null;
  article: string;
  /** Pixels, from the measure's square-root scale. */
  width: number;
  /** Directed flows end in an arrowhead; cooperation does not. */
  arrow: boolean;
  /** Direction of travel at the destination, degrees clockwise from north on the Web Mercator map. */
  bearing: number;
  /** 0 for the first arc between this pair, 1 for the next…: later lanes bend further out. */
  lane: number;
}

export type FlowArcCollection = FeatureCollection<LineString, FlowArcProps>;

export interface ArcOptions {
  /** Sideways offset of the curve's control point, as a fraction of the chord. */
  bend?: number;
  /**
   * Extra offset of the second lane of the same pair, as a fraction of the chord; each further
   * lane adds `laneDecay` times the previous step, so even many flows between one pair stay
   * within bend + laneStep / (1 − laneDecay) instead of ballooning across the map.
   */
  laneStep?: number;
  laneDecay?: number;
  /** Segments per arc. */
  segments?: number;
  scales?: WidthScales;
}

const DEFAULTS = { bend: 0.2, laneStep: 0.08, laneDecay: 0.7, segments: 32 };

/**
 * One curved line per origin member → destination member. Curves are quadratic Béziers in Web
 * Mercator (what the map shows), their control point to the right of the direction of travel:
 * A→B and B→A bow to opposite sides and never overlap. Each further flow between the same ordered
 * pair takes the next lane outward, in shrinking steps. Cooperation has no direction: its first lane is the straight
 * chord, further lanes alternate sides within half the directed bend, so they never meet a
 * directed arc either. Members of a group each get an arc, converging on the same label point.
 */
export function flowArcs(flows: readonly Flow[], labels: LabelPoints, options: ArcOptions = {}): FlowArcCollection {
  const { bend, laneStep, laneDecay, segments } = { ...DEFAULTS, ...options };
  const scales = options.scales ?? widthScales(flows);
  const lanes = new Map<string, number>();
  const features: Feature<LineString, FlowArcProps>[] = [];

  for (const f of flows) {
    const directed = isDirected(f.kind);
    const grouped = f.origin.length > 1 || f.destination.length > 1;
    const width = flowWidth(f, scales);
    for (const o of f.origin) {
      for (const d of f.destination) {
        const a = mercatorLabel(o, labels, f.id);
        const b = mercatorLabel(d, labels, f.id);
        const key = directed ? `${o}>${d}` : `${o < d ? o : d}~${o < d ? d : o}`;
        const lane = lanes.get(key) ?? 0;
        lanes.set(key, lane + 1);
        let offset: number;
        if (directed) offset = bend + (laneStep * (1 - laneDecay ** lane)) / (1 - laneDecay);
        else {
          // Offsets are measured on the pair's canonical orientation (lower code first).
          const side = lane % 2 === 1 ? 1 : -1;
          const magnitude = (bend / 2) * (1 - 0.5 ** Math.ceil(lane / 2));
          offset = o < d ? side * magnitude : -side * magnitude;
        }
        const { line, bearing } = quadraticArc(a, b, offset, segments);
        features.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: line.map((p) => toWgs84(p) as Position) },
          properties: {
            flow: f.id,
            origin: o,
            destination: d,
            originGroup: f.origin.join('+'),
            destinationGroup: f.destination.join('+'),
            grouped,
            kind: f.kind,
            measure: f.measure,
            value: f.value,
            approx: f.approx,
            status: f.status,
            periodStart: f.periodStart,
            periodEnd: f.periodEnd,
            article: f.article,
            width,
            arrow: directed,
            bearing,
            lane
          }
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

function mercatorLabel(code: string, labels: LabelPoints, flow: string): [number, number] {
  const p = labels[code];
  if (!p) throw new Error(`flow ${flow}: no label point for region ${code}; is geo/out/regions.json current?`);
  return toMercator([p[0], p[1]]) as [number, number];
}

/**
 * Points of the quadratic Bézier from a to b (planar coordinates) whose control point sits
 * `offset` chord-lengths to the right of the chord's midpoint; and its bearing at b.
 */
export function quadraticArc(
  a: readonly [number, number],
  b: readonly [number, number],
  offset: number,
  segments: number
): { line: [number, number][]; bearing: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  // (dy, -dx) is the chord turned clockwise: the right-hand side when travelling a → b.
  const c: [number, number] = [(a[0] + b[0]) / 2 + offset * dy, (a[1] + b[1]) / 2 - offset * dx];
  const line: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    line.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  line[0] = [a[0], a[1]];
  line[segments] = [b[0], b[1]];
  const tx = b[0] - c[0];
  const ty = b[1] - c[1];
  const bearing = ((Math.atan2(tx, ty) * 180) / Math.PI + 360) % 360;
  return { line, bearing };
}
