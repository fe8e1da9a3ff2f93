import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from '../../src/lib/classify/breaks';
import { choropleth, classLabel } from '../../src/lib/classify/choropleth';
import { divergingColors, sequentialColors, signedBreaks } from '../../src/lib/classify/palette';

describe('classBreaks', () => {
  it.each([
    [[], 'equal', 5, []],
    [[4, 4, 4], 'ckmeans', 5, [4, 4]],
    // Fewer distinct values than classes: one class per value.
    [[0, 10], 'equal', 5, [0, 10, 10]],
    [[21.2e9, 356e9], 'ckmeans', 5, [21.2e9, 356e9, 356e9]],
    [[1, 2, 3, 100], 'ckmeans', 5, [1, 2, 3, 100, 100]],
    [[0, 5, 10], 'equal', 2, [0, 5, 10]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'equal', 5, [0, 2, 4, 6, 8, 10]],
    [[1, 2, 3, 4], 'quantile', 2, [1, 2.5, 4]],
    [[1, 1, 2, 2, 50, 51, 52], 'ckmeans', 3, [1, 50, 52, 52]],
    [[1, 2, 3, 100], 'ckmeans', 2, [1, 100, 100]]
  ] as const)('%j %s k=%i', (values, method, k, expected) => {
    expect(classBreaks([...values], method, k)).toEqual(expected);
  });

  it('rounds equal-interval breaks to the step', () => {
    expect(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11.5], 'equal', 5)).toEqual([1, 3.1, 5.2, 7.3, 9.4, 11.5]);
  });

  it('never puts two distinct values in one class when the classes allow', () => {
    for (const method of ['ckmeans', 'quantile', 'equal'] as const) {
      for (const values of [
        [1, 2],
        [5, 5, 9, 100],
        [21.2e9, 356e9, 731.9e9],
        [0, 1, 2, 3, 4]
      ]) {
        const b = classBreaks(values, method, 5);
        const classes = new Set(values.map((v) => classOf(v, b)));
        expect(classes.size, `${method} ${values}`).toBe(new Set(values).size);
      }
    }
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
    const values = new Map([
      ['a', 0],
      ['b', 10],
      ['c', 20],
      ['d', Number.NaN]
    ]);
    const ch = choropleth(['a', 'b', 'c', 'd', 'e'], values, 'equal', 'YlGnBu', 2);
    expect(ch.noData).toEqual(['d', 'e']);
    expect(ch.classes.map((c) => [c.from, c.to, c.count, c.min, c.max])).toEqual([
      [0, 10, 1, 0, 0],
      [10, 20, 2, 10, 20]
    ]);
    expect(ch.colors.a).toBe(ch.classes[0].color);
    expect(ch.colors.c).toBe(ch.classes[1].color);
  });
  it('gives Heping (21.2 billion) and Cangzhou (356 billion) different classes under natural breaks, signed or not', () => {
    const values = new Map([
      ['120101', 21.2e9],
      ['130900', 356e9],
      ['110000', -5e9]
    ]);
    for (const palette of ['Oranges', 'PuOr'] as const) {
      const ch = choropleth(['120101', '130900', '110000'], values, 'ckmeans', palette);
      expect(ch.colors['120101']).not.toBe(ch.colors['130900']);
      expect(ch.colors['110000']).not.toBe(ch.colors['120101']);
    }
  });
  it('labels equal intervals by contiguous bounds', () => {
    const values = new Map([1, 2, 3, 4, 6, 7, 9, 10, 11.5].map((v, i) => [`r${i}`, v]));
    const ch = choropleth([...values.keys()], values, 'equal', 'YlGnBu', 3);
    const labels = ch.classes.map((c) => classLabel(c, String, ch.contiguous));
    expect(labels).toEqual(['1 – 4.5', '4.5 – 8', '8 – 11.5']);
  });
  it('uses a diverging scheme for signed metrics', () => {
    const values = new Map([
      ['a', -5],
      ['b', 0],
      ['c', 7]
    ]);
    const ch = choropleth(['a', 'b', 'c'], values, 'ckmeans', 'PuOr', 4);
    expect(ch.classes[0].from).toBe(-5);
    expect(ch.classes.some((c) => c.from === 0)).toBe(true);
    expect(ch.classes.reduce((n, c) => n + c.count, 0)).toBe(3);
  });
});
