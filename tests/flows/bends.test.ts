import { describe, expect, it } from 'vitest';
import { chooseBends, distanceToPolyline, type BendLine, type Obstacle } from '../../src/lib/flows/bends';
import { quadraticArc } from '../../src/lib/flows/arcs';
import { clipEnds } from '../../src/lib/flows/lineEnds';

// Planar units: a chord of 100 from A (0, 0) to B (100, 0); places are circles of radius 5.
const A: [number, number] = [0, 0];
const B: [number, number] = [100, 0];
const line = (o: Partial<BendLine> = {}): BendLine => ({
  a: A,
  b: B,
  pair: 'A~B',
  directed: true,
  forward: true,
  startClear: 8,
  endClear: 8,
  halfWidth: 2,
  own: [0, 1],
  ...o
});
const ends: Obstacle[] = [
  { at: A, radius: 5 },
  { at: B, radius: 5 }
];
/** How close the drawn line (ends clipped as drawn) passes to a point. */
const clearance = (l: BendLine, offset: number, p: [number, number]) =>
  distanceToPolyline(p, clipEnds(quadraticArc(l.a, l.b, offset, 32).line, l.startClear, l.endClear));

describe('chooseBends', () => {
  it('keeps the default bend when nothing lies in the way (directed: to the right; two-way: straight)', () => {
    expect(chooseBends([line()], ends)).toEqual([0.18]);
    expect(chooseBends([line({ directed: false })], ends)).toEqual([0]);
  });

  it.each([
    ['on the default side of a directed line', true, [50, -9] as [number, number]],
    ['just inside the default curve of a directed line', true, [50, -4] as [number, number]],
    ['on the chord of a two-way line', false, [50, 0] as [number, number]],
    ['near one end of the chord', true, [25, -4] as [number, number]]
  ])('bends around a place %s', (_, directed, at) => {
    const l = line({ directed });
    const obstacles = [...ends, { at, radius: 5 }];
    const [offset] = chooseBends([l], obstacles);
    // Clear of the place's circle by the line's half width …
    expect(clearance(l, offset, at)).toBeGreaterThanOrEqual(5 + l.halfWidth);
    // … where the default curve was not.
    expect(clearance(l, directed ? 0.18 : 0, at)).toBeLessThan(5 + l.halfWidth);
  });

  it('where every curve crosses something, takes the one that crosses least', () => {
    // A wall of places on both sides: the straighter curves cross one, the wider ones two.
    const wall: Obstacle[] = [
      { at: [50, 0], radius: 3 },
      { at: [50, -12], radius: 3 },
      { at: [50, 12], radius: 3 },
      { at: [50, -20], radius: 3 },
      { at: [50, 20], radius: 3 }
    ];
    const l = line();
    const [offset] = chooseBends([l], [...ends, ...wall]);
    const crossed = (o: number) => wall.filter((w) => clearance(l, o, w.at as [number, number]) < 3 + l.halfWidth).length;
    for (const step of [0.5, 1, 1.5, 2, 2.6, 3.4]) {
      expect(crossed(offset)).toBeLessThanOrEqual(crossed(step * 0.18));
      expect(crossed(offset)).toBeLessThanOrEqual(crossed(-step * 0.18));
    }
  });

  it('draws two measures between the same places as two lanes apart by their widths', () => {
    const lines = [line({ halfWidth: 5 }), line({ halfWidth: 5 })];
    const [p, q] = chooseBends(lines, ends);
    // The middles of the two curves stand half their offsets aside: at least both half widths apart.
    expect((Math.abs(p - q) * 100) / 2).toBeGreaterThanOrEqual(10);
    expect(p).toBe(0.18);
  });

  it('sends A → B and B → A to opposite sides when nothing is in the way', () => {
    const back = line({ a: B, b: A, forward: false, own: [1, 0] });
    const [there, again] = chooseBends([line(), back], ends);
    // Each to the right of its own travel: in the pair's orientation, opposite signs.
    expect(there).toBe(0.18);
    expect(again).toBe(0.18);
    expect(Math.sign(there)).not.toBe(Math.sign(-again));
  });

  it('gives many lines of one pair lanes outward once every candidate is taken', () => {
    const many = Array.from({ length: 16 }, () => line({ halfWidth: 4 }));
    const offsets = chooseBends(many, ends);
    const sorted = [...offsets].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++) expect(((sorted[i] - sorted[i - 1]) * 100) / 2).toBeGreaterThanOrEqual(8 - 1e-9);
  });

  it('keeps the default bends past maxLines (no search), lanes still apart', () => {
    const obstacles = [...ends, { at: [50, -9] as [number, number], radius: 5 }];
    expect(chooseBends([line()], obstacles, { maxLines: 0 })).toEqual([0.18]);
  });

  it("counts an arrowhead's width near the line's end", () => {
    // A place just beside the end of the line: clear of the thin body, not of a wide head.
    const at: [number, number] = [80, -1.3];
    const thin = line({ halfWidth: 1 });
    const headed = line({ halfWidth: 1, head: { halfWidth: 6, length: 20 } });
    const obstacles = [...ends, { at, radius: 2 }];
    expect(chooseBends([thin], obstacles)).toEqual([0.18]);
    expect(chooseBends([headed], obstacles)[0]).not.toBe(0.18);
  });
});
