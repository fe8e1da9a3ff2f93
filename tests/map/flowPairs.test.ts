import { toMercator } from '@turf/projection';
import { describe, expect, it } from 'vitest';
import { flowMapData, flowPairs, pairWidth, topPairs, widthScale } from '../../src/lib/map/flowPairs';
import { shareSamples, widthLegend } from '../../src/lib/map/widthLegend';
import { endClearance, metresPerPixel } from '../../src/lib/flows/lineEnds';
import { fixtureRegions, flow } from '../flows/helpers';
import type { Flow } from '../../src/lib/flows/types';

const BJ = '110000',
  TZ = '110112',
  HP = '120101',
  HB = '130000',
  CZ = '130900',
  XA = '133100';
const labels = Object.fromEntries(Object.values(fixtureRegions).map((r) => [r.code, r.label]));

describe('flowPairs', () => {
  it('draws one pair per origin → destination unit and measure, totalling its flows', () => {
    const pairs = flowPairs(
      [
        flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 10, periodStart: 2018, periodEnd: 2018 }),
        flow({
          id: 'b',
          origin: [TZ],
          destination: [CZ],
          measure: 'projects',
          value: 5,
          kind: 'investment',
          periodStart: 2020,
          periodEnd: 2020
        }),
        flow({ id: 'c', origin: [TZ], destination: [CZ], measure: 'yuan', value: 1e9 }),
        flow({ id: 'd', origin: [CZ], destination: [TZ], measure: 'projects', value: 2 })
      ],
      'district',
      fixtureRegions
    );
    expect(pairs.map((p) => [p.key, p.total.value, p.kind, p.flows.map((f) => f.id)]).sort()).toEqual([
      [`${TZ}>${CZ}|projects`, 15, 'mixed', ['a', 'b']],
      [`${TZ}>${CZ}|yuan`, 1e9, 'projects', ['c']],
      [`${CZ}>${TZ}|projects`, 2, 'projects', ['d']]
    ]);
  });

  it('puts two-way flows in one canonical pair, and leaves out flows inside one unit', () => {
    const pairs = flowPairs(
      [
        flow({ id: 'a', origin: [CZ], destination: [TZ], kind: 'cooperation' }),
        flow({ id: 'b', origin: [TZ], destination: [CZ], kind: 'cooperation' }),
        flow({ id: 'c', origin: [CZ], destination: [XA], measure: 'projects', value: 1 })
      ],
      'province',
      fixtureRegions
    );
    // At province level Cangzhou and Xiong'an are both Hebei: c stays inside it.
    expect(pairs.map((p) => [p.key, p.flows.length])).toEqual([[`${BJ}~${HB}|`, 2]]);
  });

  // The counting rules (src/lib/flows/pairs.ts), not a sum of whatever the line stands for.
  const line = (flows: Partial<Flow>[], key = `${TZ}>${CZ}|projects`) =>
    flowPairs(
      flows.map((f, i) => flow({ id: String(i), origin: [TZ], destination: [CZ], measure: 'projects', ...f })),
      'district',
      fixtureRegions
    ).find((p) => p.key === key)?.total;
  it.each([
    [
      'adds parts of separate periods',
      [
        { value: 4, periodStart: 2018, periodEnd: 2018 },
        { value: 6, periodStart: 2020, periodEnd: 2020 }
      ],
      { value: 10, atLeast: false, sharedBy: null, weight: 10 }
    ],
    [
      'adds parts that may overlap only as their largest, "at least"',
      [{ value: 47 }, { value: 672 }],
      { value: 672, atLeast: true, sharedBy: null, weight: 672 }
    ],
    [
      'never adds what is planned to what is done',
      [
        { value: 5, periodStart: 2018, periodEnd: 2018 },
        { value: 7, status: 'planned' as const, periodStart: 2020, periodEnd: 2020 }
      ],
      { value: 5, atLeast: false, sharedBy: null, weight: 5 }
    ],
    [
      'totals a plan on its own',
      [{ value: 7, status: 'planned' as const }],
      { value: 7, atLeast: false, sharedBy: null, weight: 7 }
    ],
    ['has no value without a number', [{ value: null }], { value: null, atLeast: false, sharedBy: null, weight: null }]
  ])('a line %s', (_name, parts, want) => {
    expect(line(parts)).toEqual(want);
  });
  it("draws a group's figure to each member as the group's, credited to none", () => {
    const group = { value: 10, origin: [TZ, HP], periodStart: 2020, periodEnd: 2020 };
    const sharedBy = { origin: [TZ, HP], destination: [CZ] };
    // Drawn on two lines, each weighs half of it: together they weigh what was stated once.
    expect(line([group])).toEqual({ value: 10, atLeast: false, sharedBy, weight: 5 });
    expect(line([group], `${HP}>${CZ}|projects`)).toEqual({ value: 10, atLeast: false, sharedBy, weight: 5 });
    // With a figure of its own, the line shows its own, a floor: the group's may hold more of it.
    expect(line([group, { value: 3, periodStart: 2018, periodEnd: 2018 }])).toEqual({
      value: 3,
      atLeast: true,
      sharedBy: null,
      weight: 3
    });
  });
});

describe('topPairs', () => {
  it('keeps the n weightiest pairs, each measured against its own measure, and counts the rest', () => {
    const pairs = flowPairs(
      [
        flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 100 }),
        flow({ id: 'b', origin: [TZ], destination: [XA], measure: 'projects', value: 10 }),
        flow({ id: 'c', origin: [TZ], destination: [HP], measure: 'yuan', value: 5e9 }),
        flow({ id: 'd', origin: [HP], destination: [CZ] })
      ],
      'district',
      fixtureRegions
    );
    const { shown, hidden } = topPairs(pairs, 2);
    expect(shown.map((p) => p.flows[0].id).sort()).toEqual(['a', 'c']);
    expect(hidden).toBe(2);
  });
});

describe('widthScale', () => {
  const pairs = flowPairs(
    [
      flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 60 }),
      flow({ id: 'b', origin: [TZ], destination: [XA], measure: 'projects', value: 40 }),
      flow({ id: 'c', origin: [TZ], destination: [HP], measure: 'yuan', value: 5e9 }),
      flow({ id: 'd', origin: [HP], destination: [CZ] })
    ],
    'district',
    fixtureRegions
  );
  const s = widthScale(pairs);
  const width = (key: string) =>
    pairWidth(
      pairs.find((p) => p.key === key)!,
      s
    );
  it.each([
    ['60 of 100 projects: 60 % of full width', `${TZ}>${CZ}|projects`, 0.6 * 8],
    ['40 of 100 projects', `${TZ}>${XA}|projects`, 0.4 * 8],
    ['all the yuan', `${TZ}>${HP}|yuan`, 8],
    ['no number: a hairline', `${HP}>${CZ}|`, 1]
  ])('a line of %s', (_name, key, want) => {
    expect(width(key)).toBeCloseTo(want, 6);
  });
  it('never draws a small share thinner than the minimum', () => {
    expect(pairWidth({ measure: 'projects', total: { value: 0.1 } }, s)).toBe(1.2);
  });
  it('the legend shows shares when several measures are drawn, values when one is', () => {
    expect(widthLegend(s, 'projects')).toEqual({
      share: true,
      rows: [
        { value: 1, width: 8 },
        { value: 0.25, width: 2 },
        { value: 0.1, width: 1.2 }
      ]
    });
    const one = widthScale(
      pairs,
      pairs.filter((p) => p.measure === 'projects')
    );
    expect(widthLegend(one, 'projects')).toEqual({
      share: false,
      rows: [
        { value: 60, width: 0.6 * 8 },
        { value: 15, width: 1.2 },
        { value: 4, width: 1.2 }
      ]
    });
  });
  it.each([
    [1, [1, 0.25, 0.1]],
    [0.79, [0.79, 0.25, 0.1]],
    [0.3, [0.3, 0.1, 0.02]],
    [0.004, [0.01]],
    [0, []]
  ])('share samples below %s: %j', (max, want) => {
    expect(shareSamples(max)).toEqual(want);
  });
});

describe('flowMapData', () => {
  const pairs = flowPairs(
    [flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 3 })],
    'district',
    fixtureRegions
  );
  /** Screen pixels between a line end and a place's centre at `zoom`. */
  const px = (p: number[], code: string, zoom: number) => {
    const [x, y] = toMercator(p),
      [u, v] = toMercator(labels[code] as unknown as number[]);
    return Math.hypot(x - u, y - v) / metresPerPixel(zoom);
  };

  it('puts a ring at each place and an arrowhead at the line end', () => {
    const { arcs, arrows, places } = flowMapData(pairs, labels, widthScale(pairs));
    const c = arcs.features[0].geometry.coordinates;
    expect(arrows.features[0].geometry.coordinates).toEqual(c[c.length - 1]);
    expect(places.features.map((f) => [f.properties.code, f.properties.incoming, f.properties.outgoing])).toEqual([
      [TZ, 0, 1],
      [CZ, 1, 0]
    ]);
    expect(arcs.features[0].properties).toMatchObject({ top: 'a', count: 1, value: 3, width: 8 });
  });

  // At every zoom of the map both ends stop outside the ring by the ring's half stroke, the gap
  // and the casing's round cap: the place stays clickable, and no line or arrowhead lands inside
  // a ring (where a count circle at the same place shows through).
  it.each([5, 5.5, 7, 9, 12])('at zoom %d the line ends clear of both rings', (zoom) => {
    const { arcs, places } = flowMapData(pairs, labels, widthScale(pairs), { zoom });
    const ring = Object.fromEntries(places.features.map((f) => [f.properties.code, f.properties.radius]));
    const c = arcs.features[0].geometry.coordinates;
    const w = arcs.features[0].properties.width;
    expect(px(c[0], TZ, zoom)).toBeCloseTo(endClearance(ring[TZ], w), 1);
    expect(px(c[c.length - 1], CZ, zoom)).toBeCloseTo(endClearance(ring[CZ], w), 1);
    for (const p of c) {
      expect(px(p, TZ, zoom)).toBeGreaterThan(ring[TZ] + 0.8 + w / 2);
      expect(px(p, CZ, zoom)).toBeGreaterThan(ring[CZ] + 0.8 + w / 2);
    }
  });
});
