import { toMercator } from '@turf/projection';
import { describe, expect, it } from 'vitest';
import { flowMapData, flowPairs, pairTotal, topPairs, trimLine, widthScale } from '../../src/lib/map/flowPairs';
import { fixtureRegions, flow } from '../flows/helpers';

const BJ = '110000',
  TZ = '110112',
  TJ = '120000',
  HP = '120101',
  HB = '130000',
  CZ = '130900',
  XA = '133100';
const labels = Object.fromEntries(Object.values(fixtureRegions).map((r) => [r.code, r.label]));

describe('flowPairs', () => {
  it('draws one pair per origin → destination unit and measure, totalling its flows', () => {
    const pairs = flowPairs(
      [
        flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 10 }),
        flow({ id: 'b', origin: [TZ], destination: [CZ], measure: 'projects', value: 5, kind: 'investment' }),
        flow({ id: 'c', origin: [TZ], destination: [CZ], measure: 'yuan', value: 1e9 }),
        flow({ id: 'd', origin: [CZ], destination: [TZ], measure: 'projects', value: 2 })
      ],
      'district',
      fixtureRegions
    );
    expect(pairs.map((p) => [p.key, p.total.value, p.kind, p.flows.map((f) => f.id)])).toEqual([
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

  it.each([
    [
      'counts a statement repeated by two articles once',
      [
        { value: 4, article: 'x' },
        { value: 4, article: 'y' }
      ],
      { value: 4, atLeast: false }
    ],
    ['adds different figures', [{ value: 4 }, { value: 6, periodStart: 2020 }], { value: 10, atLeast: false }],
    ['says "at least" for "more than"', [{ value: 4, approx: true }], { value: 4, atLeast: true }],
    ['says "at least" for a figure shared by a group', [{ value: 4, origin: [BJ, TJ] }], { value: 4, atLeast: true }],
    ['has no value without a number', [{ value: null }], { value: null, atLeast: false }]
  ])('pairTotal %s', (_name, parts, want) => {
    const flows = parts.map((p, i) => flow({ id: String(i), origin: [BJ], destination: [HP], measure: 'projects', ...p }));
    expect(pairTotal(flows)).toEqual(want);
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

describe('flowMapData', () => {
  it('stops lines short of both places and puts a circle at each place', () => {
    const pairs = flowPairs(
      [flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 3 })],
      'district',
      fixtureRegions
    );
    const { arcs, arrows, places } = flowMapData(pairs, labels, widthScale(pairs), { trim: 3000 });
    const c = arcs.features[0].geometry.coordinates;
    const dist = (p: number[], code: string) => {
      const [x, y] = toMercator(p),
        [u, v] = toMercator(labels[code] as unknown as number[]);
      return Math.hypot(x - u, y - v);
    };
    expect(dist(c[0], TZ)).toBeCloseTo(3000, -2);
    expect(dist(c[c.length - 1], CZ)).toBeGreaterThan(2900);
    expect(arrows.features[0].geometry.coordinates).toEqual(c[c.length - 1]);
    expect(places.features.map((f) => [f.properties.code, f.properties.incoming, f.properties.outgoing])).toEqual([
      [TZ, 0, 1],
      [CZ, 1, 0]
    ]);
    expect(arcs.features[0].properties).toMatchObject({ top: 'a', count: 1, value: 3, width: 8 });
  });
});

describe('trimLine', () => {
  it.each([
    [
      [
        [0, 0],
        [10, 0]
      ],
      2,
      3,
      [
        [2, 0],
        [7, 0]
      ]
    ],
    [
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [10, 0]
      ],
      1.5,
      0,
      [
        [1.5, 0],
        [2, 0],
        [10, 0]
      ]
    ]
  ] as const)('%j trimmed by %d and %d', (line, a, b, want) => {
    expect(trimLine(line as unknown as [number, number][], a, b)).toEqual(want);
  });
});
