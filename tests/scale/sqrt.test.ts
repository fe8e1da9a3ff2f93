import { describe, expect, it } from 'vitest';
import { scaleSqrt } from 'd3-scale';
import { sqrtScale } from '../../src/lib/scale/sqrt';

// d3-scale is the reference the map's widths and radii were drawn with before sqrtScale replaced it.
describe('sqrtScale', () => {
  const cases: [max: number, range: [number, number], clamp: boolean, inputs: number[]][] = [
    [400, [1.2, 8], true, [0, 1, 100, 399.5, 400, 900, -5]],
    [9, [1.5, 14], true, [0, 4, 9, 10]],
    [12, [0, 14], false, [0, 3, 12, 48]],
    [0, [1.2, 7], true, [0, 5]],
    [1, [0, 14], false, [0, 0.25, 1]],
    [1e9, [1.2, 7], true, [1, 123456789, 1e9]]
  ];
  it.each(cases)('max %d onto %j (clamp %s) equals d3 scaleSqrt bit for bit', (max, range, clamp, inputs) => {
    const ours = sqrtScale(max, range, clamp);
    const d3 = scaleSqrt().domain([0, max]).range(range).clamp(clamp);
    for (const x of inputs) expect(ours(x)).toBe(d3(x));
    expect([ours.domain(), ours.range()]).toEqual([d3.domain(), d3.range()]);
  });

  it('gives the range ends at 0 and max, and the midpoint for an empty domain', () => {
    expect(sqrtScale(16, [2, 10])(0)).toBe(2);
    expect(sqrtScale(16, [2, 10])(16)).toBe(10);
    expect(sqrtScale(16, [2, 10])(4)).toBe(6);
    expect(sqrtScale(0, [2, 10])(0)).toBe(6);
  });
});
