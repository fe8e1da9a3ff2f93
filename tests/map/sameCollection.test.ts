import { describe, expect, it } from 'vitest';
import { sameCollection } from '../../src/lib/map/sameCollection';

const fc = (...values: number[]) => ({
  type: 'FeatureCollection',
  features: values.map((v, i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [116, 40] },
    properties: { v }
  }))
});

describe('sameCollection', () => {
  it.each([
    ['rebuilt with the same content', fc(1, 2), fc(1, 2), true],
    ['a value changed', fc(1, 2), fc(1, 3), false],
    ['a feature more', fc(1, 2), fc(1, 2, 3), false],
    ['both empty', fc(), fc(), true],
    ['a URL, not a collection', 'district.geojson', 'district.geojson', false],
    ['nothing before', fc(1), undefined, false]
  ])('%s → %s', (_name, a, b, want) => {
    expect(sameCollection(a, b)).toBe(want);
  });
  it('takes a very large collection as new without comparing', () => {
    const big = fc(...Array.from({ length: 5001 }, (_, i) => i));
    expect(sameCollection(big, big)).toBe(false);
  });
});
