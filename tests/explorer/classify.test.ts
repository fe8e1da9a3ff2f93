import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from '../../src/lib/classify/breaks';
import { choropleth } from '../../src/lib/classify/choropleth';
import { divergingColors, sequentialColors, signedBreaks } from '../../src/lib/classify/palette';

describe('classBreaks', () => {
  it.each([
    [[], 'equal', 5, []],
    [[4, 4, 4], 'ckmeans', 5, [4, 4]],
    [[0, 10], 'equal', 5, [0, 5, 10]],
    [[0, 5, 10], 'equal', 2, [0, 5, 10]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'equal', 5, [0, 2, 4, 6, 8, 10]],
    [[1, 2, 3, 4], 'quantile', 2, [1, 2.5, 4]],
    [[1, 1, 2, 2, 50, 51, 52], 'ckmeans', 3, [1, 50, 52, 52]],
    [[1, 2, 3, 100], 'ckmeans', 2, [1, 100, 100]]
  ] as const)('%j %s k=%i', (values, method, k, expected) => {
    expect(classBreaks([...values], method, k)).toEqual(expected);
  });

  it('never returns more classes than distinct values', () => {
    expect(classBreaks([1, 1, 1, 2], 'quantile', 5).length).toBeLessThanOrEqual(3);
  });
});

describe('classOf', () => {
  it.each([
    [0, [0, 2, 4], 0],
    [1.9, [0, 2, 4], 0],
    [2, [0, 2, 4], 1],
    [4, [0, 2, 4], 1],
    [7, [7, 7], 0]
  ])('%d in %j → %d', (v, b, i) => expect(classOf(v, b)).toBe(i));
});

describe('palettes', () => {
  it('gives n sequential colours light to dark', () => {
    expect(sequentialColors('YlGnBu', 5)).toHaveLength(5);
    expect(sequentialColors('YlGnBu', 1)).toHaveLength(1);
    expect(sequentialColors('YlGnBu', 0)).toEqual([]);
  });
  it('makes zero a break and classifies each side apart', () => {
    const side = (m: number[]) => [Math.min(...m), Math.max(...m)];
    expect(signedBreaks([-20, -5, 3, 50], side)).toEqual([-20, 0, 50]);
    expect(signedBreaks([3, 50], side)).toEqual([0, 50]);
    expect(signedBreaks([-3, -50], side)).toEqual([-50, 0]);
  });
  it('colours negative classes purple and positive ones orange, by distance from zero', () => {
    const c = divergingColors([-20, -10, 0, 10]);
    expect(c).toHaveLength(3);
    expect(c[0]).not.toBe(c[1]);
    // Same distance from zero on each side → mirrored positions in PuOr.
    expect(c[1]).toBe('#b2abd2');
    expect(c[2]).toBe('#fdb863');
  });
});

describe('choropleth', () => {
  it('counts regions per class and keeps no-data apart from zero', () => {
    const values = new Map([['a', 0], ['b', 10], ['c', 20], ['d', Number.NaN]]);
    const ch = choropleth(['a', 'b', 'c', 'd', 'e'], values, 'equal', 'YlGnBu', 2);
    expect(ch.noData).toEqual(['d', 'e']);
    expect(ch.classes.map((c) => [c.from, c.to, c.count, c.min, c.max])).toEqual([[0, 10, 1, 0, 0], [10, 20, 2, 10, 20]]);
    expect(ch.colors.a).toBe(ch.classes[0].color);
    expect(ch.colors.c).toBe(ch.classes[1].color);
  });
  it('uses a diverging scheme for signed metrics', () => {
    const values = new Map([['a', -5], ['b', 0], ['c', 7]]);
    const ch = choropleth(['a', 'b', 'c'], values, 'ckmeans', 'PuOr', 4);
    expect(ch.classes[0].from).toBe(-5);
    expect(ch.classes.some((c) => c.from === 0)).toBe(true);
    expect(ch.classes.reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
