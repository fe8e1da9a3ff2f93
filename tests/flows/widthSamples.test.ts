import { describe, expect, it } from 'vitest';
import { widthSamples } from '../../src/lib/flows/widthSamples';

describe('widthSamples', () => {
  it.each([
    [4959, [4959, 1200, 310]],
    [28_050_000_000, [28_050_000_000, 7_000_000_000, 1_800_000_000]],
    [5, [5, 1]],
    [2, [2, 1]],
    [1, [1]],
    [0.4, [0.4]],
    [0, []],
    [-3, []],
    [Number.NaN, []],
    [Number.POSITIVE_INFINITY, []]
  ])('%s → %j', (max, expected) => {
    expect(widthSamples(max)).toEqual(expected);
  });
});
