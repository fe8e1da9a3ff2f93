import { lineIntersect } from '@turf/line-intersect';
import { toMercator } from '@turf/projection';
import { describe, expect, it } from 'vitest';
import { flowArcs, quadraticArc, type LabelPoints } from '../../src/lib/flows/arcs';
import { NO_VALUE_WIDTH } from '../../src/lib/flows/scale';
import { fixtureLookup, flow } from './helpers';

const labels = fixtureLookup.labels;
const BJ = '110000',
  TJ = '120000',
  HB = '130000',
  HP = '120101',
  CZ = '130900',
  XA = '133100';

/** Signed side of p relative to the chord a→b in Web Mercator: > 0 left, < 0 right. */
function side(a: readonly number[], b: readonly number[], p: readonly number[]): number {
  const [ax, ay] = toMercator([a[0], a[1]]);
  const [bx, by] = toMercator([b[0], b[1]]);
  const [px, py] = toMercator([p[0], p[1]]);
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}

const close = (p: readonly number[], q: readonly number[]) => {
  expect(p[0]).toBeCloseTo(q[0], 9);
  expect(p[1]).toBeCloseTo(q[1], 9);
};

describe('quadraticArc', () => {
  it.each([
    // travelling east, the right-hand side is south: control point below, arriving up-right
    ['east', [0, 0], [100, 0], [50, -20], 68.19859],
    ['north', [0, 0], [0, 100], [20, 50], 338.19859],
    ['west', [0, 0], [-100, 0], [-50, 20], 248.19859],
    ['south', [0, 0], [0, -100], [-20, -50], 158.19859]
  ] as const)('travelling %s bends right', (_dir, a, b, control, bearing) => {
    const { line, bearing: got } = quadraticArc(a, b, 0.2, 2);
    // At t = ½ a quadratic Bézier is halfway between the chord midpoint and the control point.
    const mid = [(a[0] + b[0]) / 4 + control[0] / 2, (a[1] + b[1]) / 4 + control[1] / 2];
    expect(line).toHaveLength(3);
    expect(line[0]).toEqual(a);
    expect(line[2]).toEqual(b);
    expect(line[1][0]).toBeCloseTo(mid[0], 9);
    expect(line[1][1]).toBeCloseTo(mid[1], 9);
    expect(got).toBeCloseTo(bearing, 4);
  });

  it('offset 0 is the straight chord', () => {
    const { line } = quadraticArc([0, 0], [10, 10], 0, 4);
    for (const p of line) expect(p[0]).toBeCloseTo(p[1], 12);
  });
});

describe('flowArcs', () => {
  it("draws one arc from label to label with the flow's properties", () => {
    const f = flow({
      id: 'a',
      origin: [BJ],
      destination: [TJ],
      kind: 'investment',
      measure: 'projects',
      value: 4959,
      periodStart: 2017,
      periodEnd: 2022
    });
    const fc = flowArcs([f], labels);
    expect(fc.features).toHaveLength(1);
    const [arc] = fc.features;
    const c = arc.geometry.coordinates;
    close(c[0], labels[BJ]);
    close(c[c.length - 1], labels[TJ]);
    expect(c).toHaveLength(33);
    expect(arc.properties).toMatchObject({
      flow: 'a',
      origin: BJ,
      destination: TJ,
      originGroup: BJ,
      destinationGroup: TJ,
      grouped: false,
      kind: 'investment',
      measure: 'projects',
      value: 4959,
      arrow: true,
      lane: 0,
      periodStart: 2017,
      periodEnd: 2022
    });
    expect(arc.properties.width).toBeCloseTo(14);
  });

  it('A→B and B→A bow to opposite sides and meet only at their ends', () => {
    const fc = flowArcs(
      [flow({ id: 'ab', origin: [BJ], destination: [CZ] }), flow({ id: 'ba', origin: [CZ], destination: [BJ] })],
      labels
    );
    const [ab, ba] = fc.features;
    const a = labels[BJ],
      b = labels[CZ];
    for (const p of ab.geometry.coordinates.slice(1, -1)) expect(side(a, b, p)).toBeLessThan(0);
    for (const p of ba.geometry.coordinates.slice(1, -1)) expect(side(a, b, p)).toBeGreaterThan(0);
    const hits = lineIntersect(ab, ba).features.map((h) => h.geometry.coordinates);
    expect(hits.length).toBeLessThanOrEqual(2);
    for (const h of hits) {
      const atEnd = [a, b].some((e) => Math.abs(e[0] - h[0]) < 1e-6 && Math.abs(e[1] - h[1]) < 1e-6);
      expect(atEnd).toBe(true);
    }
  });

  it('a grouped origin draws one arc per member, converging on the destination', () => {
    const fc = flowArcs([flow({ id: 'g', origin: [BJ, HB], destination: [HP], measure: 'projects', value: 402 })], labels);
    expect(fc.features.map((f) => [f.properties.origin, f.properties.destination])).toEqual([
      [BJ, HP],
      [HB, HP]
    ]);
    for (const f of fc.features) {
      const c = f.geometry.coordinates;
      close(c[c.length - 1], labels[HP]);
      close(c[0], labels[f.properties.origin]);
      expect(f.properties).toMatchObject({ grouped: true, originGroup: `${BJ}+${HB}`, value: 402 });
    }
    expect(fc.features[0].properties.width).toBe(fc.features[1].properties.width);
  });

  it('a grouped destination draws one arc per member from the same origin', () => {
    const fc = flowArcs([flow({ id: 'g', origin: [TJ], destination: [XA, CZ], kind: 'education' })], labels);
    expect(fc.features.map((f) => f.properties.destination)).toEqual([XA, CZ]);
    for (const f of fc.features) close(f.geometry.coordinates[0], labels[TJ]);
    expect(fc.features.every((f) => f.properties.grouped && f.properties.destinationGroup === `${XA}+${CZ}`)).toBe(true);
  });

  it('further flows between the same pair take outer lanes that never cross the first', () => {
    const fc = flowArcs(
      [flow({ id: '1', origin: [BJ], destination: [CZ] }), flow({ id: '2', origin: [BJ], destination: [CZ], kind: 'health' })],
      labels
    );
    expect(fc.features.map((f) => f.properties.lane)).toEqual([0, 1]);
    const a = labels[BJ],
      b = labels[CZ];
    const mid = (i: number) => fc.features[i].geometry.coordinates[16];
    expect(Math.abs(side(a, b, mid(1)))).toBeGreaterThan(Math.abs(side(a, b, mid(0))));
    expect(lineIntersect(fc.features[0], fc.features[1]).features.length).toBeLessThanOrEqual(2);
  });

  it('many flows between one pair stay nested and bounded', () => {
    const many = Array.from({ length: 12 }, (_, i) => flow({ id: String(i), origin: [BJ], destination: [CZ] }));
    const fc = flowArcs(many, labels);
    const a = labels[BJ],
      b = labels[CZ];
    const bulge = fc.features.map((f) => Math.abs(side(a, b, f.geometry.coordinates[16])));
    for (let i = 1; i < bulge.length; i++) expect(bulge[i]).toBeGreaterThan(bulge[i - 1]);
    // control offset ≤ bend + laneStep / (1 − decay) = 0.2 + 0.08 / 0.3 of the chord; the curve's
    // midpoint is half of that
    expect(bulge[11] / bulge[0]).toBeLessThan((0.2 + 0.08 / 0.3) / 0.2);
  });

  it('cooperation has no arrow; its first lane is straight, the next ones alternate sides inside the directed bend', () => {
    const fc = flowArcs(
      [
        flow({ id: 'd', origin: [BJ], destination: [CZ] }),
        flow({ id: 'c0', origin: [BJ], destination: [CZ], kind: 'cooperation' }),
        flow({ id: 'c1', origin: [CZ], destination: [BJ], kind: 'cooperation' }),
        flow({ id: 'c2', origin: [BJ], destination: [CZ], kind: 'cooperation' })
      ],
      labels
    );
    const [d, c0, c1, c2] = fc.features;
    expect([d, c0, c1, c2].map((f) => f.properties.arrow)).toEqual([true, false, false, false]);
    expect([c0, c1, c2].map((f) => f.properties.lane)).toEqual([0, 1, 2]);
    const a = labels[BJ],
      b = labels[CZ];
    const s = (f: typeof d) => side(a, b, f.geometry.coordinates[16]);
    expect(Math.abs(s(c0))).toBeLessThan(1e-3 * Math.abs(s(d)));
    expect(Math.sign(s(c1))).toBe(-Math.sign(s(c2)));
    expect(Math.abs(s(c1))).toBeLessThan(Math.abs(s(d)));
    expect(Math.abs(s(c1))).toBeCloseTo(Math.abs(s(c2)), 0);
  });

  it('flows without a value are hairlines', () => {
    const fc = flowArcs([flow({ id: 'n', origin: [BJ], destination: [XA], kind: 'science_park' })], labels);
    expect(fc.features[0].properties.width).toBe(NO_VALUE_WIDTH);
  });

  it('a region without a label point is a clear error', () => {
    const missing: LabelPoints = { [BJ]: labels[BJ] };
    expect(() => flowArcs([flow({ id: 'm', origin: [BJ], destination: [TJ] })], missing)).toThrow(
      'flow m: no label point for region 120000'
    );
  });
});
