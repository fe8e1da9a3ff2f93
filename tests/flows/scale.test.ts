import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH_RANGE, flowWidth, NO_VALUE_WIDTH, widthScales } from '../../src/lib/flows/scale';
import { flow } from './helpers';

const BJ = '110000',
  TJ = '120000';
const f = (id: string, measure: string | null, value: number | null) =>
  flow({ id, origin: [BJ], destination: [TJ], measure, value });
const range = { min: 2, max: 10 };

describe('widthScales', () => {
  const flows = [
    f('p1', 'projects', 400),
    f('p2', 'projects', 100),
    f('p3', 'projects', 0.0),
    f('y1', 'yuan', 731_900_000_000),
    f('n', null, null)
  ];
  const scales = widthScales(
    flows.filter((x) => x.value !== 0),
    range
  );

  it('has one scale per measure, domain 0..max of that measure only', () => {
    expect([...scales.keys()].sort()).toEqual(['projects', 'yuan']);
    expect(scales.get('projects')!.domain()).toEqual([0, 400]);
    expect(scales.get('yuan')!.domain()).toEqual([0, 731_900_000_000]);
  });

  it.each([
    ['largest projects flow', f('a', 'projects', 400), 10],
    // sqrt: a quarter of the maximum gets half the span
    ['a quarter of it', f('b', 'projects', 100), 6],
    ['the largest yuan flow, on its own scale', f('c', 'yuan', 731_900_000_000), 10],
    ['no value', f('d', null, null), NO_VALUE_WIDTH]
  ])('%s', (_n, flowIn, width) => {
    expect(flowWidth(flowIn, scales)).toBeCloseTo(width, 9);
  });

  it('a huge yuan figure never thins the projects lines', () => {
    const alone = widthScales([f('p1', 'projects', 400), f('p2', 'projects', 100)], range);
    expect(flowWidth(f('p2', 'projects', 100), alone)).toBe(flowWidth(f('p2', 'projects', 100), scales));
  });

  it('default range is used when none is given', () => {
    const s = widthScales([f('p1', 'projects', 9)]);
    expect(s.get('projects')!.range()).toEqual([DEFAULT_WIDTH_RANGE.min, DEFAULT_WIDTH_RANGE.max]);
  });

  it('a measure without a scale is a clear error', () => {
    expect(() => flowWidth(f('x', 'schools', 3), scales)).toThrow('no width scale for measure "schools"');
  });
});
