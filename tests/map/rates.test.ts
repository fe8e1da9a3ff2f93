import { describe, expect, it } from 'vitest';
import { isCount, metricCatalog } from '../../src/lib/metrics/catalog';
import { metricValues } from '../../src/lib/metrics/values';
import { fixtureRegions, flow } from '../flows/helpers';

const catalog = metricCatalog(['projects']);
const byId = (id: string) => catalog.find((m) => m.id === id)!;

describe('rates per 1,000 km²', () => {
  it('adds one rate per count metric, and none for rates, shares or balances', () => {
    expect(catalog.filter((m) => m.per).map((m) => m.id)).toEqual([
      'mentions/km2',
      'articles/km2',
      'inflow:projects/km2',
      'outflow:projects/km2'
    ]);
    expect(catalog.filter(isCount).map((m) => m.id)).toEqual(['mentions', 'articles', 'inflow:projects', 'outflow:projects']);
  });

  it.each([
    // Cangzhou is 14,304 km² in the fixture, Heping 10 km²
    ['mentions/km2', [{ id: 'a', date: null, mentions: { '130900': 28, '120101': 3 } }], [], { '130900': 1.96, '120101': 300 }],
    [
      'inflow:projects/km2',
      [],
      [flow({ id: 'f', origin: ['120101'], destination: ['130900'], measure: 'projects', value: 7 })],
      { '130900': 0.49 }
    ]
  ])('%s is the count over the area', (id, articles, flows, want) => {
    expect(Object.fromEntries(metricValues(byId(id), 'district', fixtureRegions, articles, flows))).toEqual(want);
  });
});
