import { describe, expect, it } from 'vitest';
import { clipEnds, endClearance, metresPerPixel } from '../../src/lib/flows/lineEnds';

const dist = (p: readonly number[], q: readonly number[]) => Math.hypot(p[0] - q[0], p[1] - q[1]);

describe('metresPerPixel', () => {
  it.each([
    [0, 78271.52],
    [5, 2445.98],
    [9, 152.87],
    [12, 19.11]
  ])('at zoom %d a pixel is %d Web Mercator metres', (zoom, metres) => {
    expect(metresPerPixel(zoom)).toBeCloseTo(metres, 1);
  });
});

describe('endClearance', () => {
  it.each([
    // ring radius, line width → px from the centre: radius + half the ring's stroke + gap + half the casing
    [4, 1, 4 + 0.8 + 2 + 1.5],
    [14, 8, 14 + 0.8 + 2 + 5],
    [28.5, 1.2, 28.5 + 0.8 + 2 + 1.6]
  ])('a ring of %d px and a line %d px wide: the line ends %d px from the centre', (r, w, want) => {
    expect(endClearance(r, w)).toBeCloseTo(want, 9);
  });
});

describe('clipEnds', () => {
  const straight: [number, number][] = [
    [0, 0],
    [50, 0],
    [100, 0]
  ];
  // A quarter circle from (100, 0) to (0, 100) around the origin, in 32 steps: a strongly bent line.
  const bent: [number, number][] = Array.from({ length: 33 }, (_, i) => {
    const a = (i / 32) * (Math.PI / 2);
    return [100 * Math.cos(a), 100 * Math.sin(a)];
  });

  it.each([
    ['a straight line', straight, 10, 20, 10, 20],
    ['a straight line, one end only', straight, 0, 30, 0, 30],
    ['a bent line (measured straight from each place, not along the curve)', bent, 15, 25, 15, 25],
    // Places too close for both clearances: the radii shrink in proportion and 30 % of the chord stays.
    ['places closer than their rings', straight, 60, 60, 35, 35],
    ['one large ring near another place', straight, 90, 10, 63, 7]
  ] as const)('%s, clear by %d and %d, ends %d and %d from its places', (_, line, a, b, wantA, wantB) => {
    const out = clipEnds(line, a, b);
    expect(dist(out[0], line[0])).toBeCloseTo(wantA, 6);
    expect(dist(out[out.length - 1], line[line.length - 1])).toBeCloseTo(wantB, 6);
    // Every point kept lies outside both circles (or on them): nothing of the line is inside a ring.
    for (const p of out) {
      expect(dist(p, line[0])).toBeGreaterThanOrEqual(wantA - 1e-6);
      expect(dist(p, line[line.length - 1])).toBeGreaterThanOrEqual(wantB - 1e-6);
    }
  });

  it('leaves the line whole with no clearance, and never changes its input', () => {
    const copy = structuredClone(bent);
    expect(clipEnds(bent, 0, 0)).toEqual(bent);
    clipEnds(bent, 30, 30);
    expect(bent).toEqual(copy);
  });
});
