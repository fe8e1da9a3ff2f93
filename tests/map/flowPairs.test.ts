import { toMercator } from '@turf/projection';
import { describe, expect, it } from 'vitest';
import { flowMapData, flowPairs, MIN_SHAFT, pairWidth, topPairs, wholeNames, widthScale } from '../../src/lib/map/flowPairs';
import { figureSamples, widthLegend } from '../../src/lib/map/widthLegend';
import { measureStocks } from '../../src/lib/map/measureStock';
import { endClearance, metresPerPixel } from '../../src/lib/flows/lineEnds';
import { fixtureRegions, flow } from '../flows/helpers';
import { arrowHeadPixels } from '../../src/lib/map/arrowIcon';
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

describe('measureStocks', () => {
  const stocks = (flows: Partial<Flow>[], level: 'district' | 'province' = 'district') =>
    Object.fromEntries(
      measureStocks(
        flows.map((f, i) => flow({ id: String(i), origin: [TZ], destination: [CZ], measure: 'projects', ...f })),
        level,
        fixtureRegions
      )
    );
  it.each([
    [
      'adds figures of separate periods',
      [
        { value: 4, periodStart: 2018, periodEnd: 2018 },
        { value: 6, periodStart: 2020, periodEnd: 2020 }
      ],
      { projects: { total: 10, figures: 2 } }
    ],
    // A total and its own part (BJ+TJ → X 27, BJ → X 19): one figure of 27, not 19 + half of 27.
    [
      'counts a total drawn with its own part once',
      [{ value: 27, origin: [TZ, HP] }, { value: 19 }],
      { projects: { total: 27, figures: 1 } }
    ],
    [
      'takes the done over the planned among figures that may overlap',
      [{ value: 5 }, { value: 9, status: 'planned' as const }],
      { projects: { total: 5, figures: 1 } }
    ],
    [
      'keeps measures apart',
      [{ value: 3 }, { value: 2e9, measure: 'yuan' }],
      { projects: { total: 3, figures: 1 }, yuan: { total: 2e9, figures: 1 } }
    ],
    ['leaves out flows without a number', [{ value: null }], {}]
  ])('%s', (_name, flows, want) => {
    expect(stocks(flows)).toEqual(want);
  });
  it('leaves out flows inside one unit at the level', () => {
    expect(stocks([{ value: 3, origin: [TZ], destination: [BJ] }], 'province')).toEqual({});
  });
});

describe('topPairs', () => {
  const pairsOf = (flows: Flow[]) => flowPairs(flows, 'district', fixtureRegions);
  const top = (flows: Flow[], n: number) => {
    const { shown, hidden } = topPairs(pairsOf(flows), n, measureStocks(flows, 'district', fixtureRegions));
    return { shown: shown.map((p) => p.key).sort(), hidden };
  };
  it('ranks by figures: a measure stated once weighs one figure, however large its number', () => {
    const flows = [
      flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 100, periodStart: 2018, periodEnd: 2018 }),
      flow({ id: 'b', origin: [TZ], destination: [CZ], measure: 'projects', value: 50, periodStart: 2020, periodEnd: 2020 }),
      flow({ id: 'c', origin: [TZ], destination: [XA], measure: 'projects', value: 10 }),
      flow({ id: 'd', origin: [TZ], destination: [HP], measure: 'merchants', value: 13000 }),
      flow({ id: 'e', origin: [HP], destination: [CZ] })
    ];
    // projects: 160 in 3 figures, TZ→CZ 150 of them = 2.8 figures; the merchants 1; TZ→XA 0.19.
    expect(top(flows, 2)).toEqual({ shown: [`${TZ}>${HP}|merchants`, `${TZ}>${CZ}|projects`], hidden: 2 });
  });
  it("keeps a joint figure's lines together: all drawn when the first makes the cut", () => {
    const flows = [
      flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'schools', value: 9, periodStart: 2018, periodEnd: 2018 }),
      flow({
        id: 'g',
        origin: [HP],
        destination: [CZ, XA, TZ],
        measure: 'schools',
        value: 9,
        periodStart: 2020,
        periodEnd: 2020
      }),
      flow({ id: 'e', origin: [HP], destination: [BJ] })
    ];
    const got = top(flows, 2);
    expect(got.shown).toEqual(
      [`${TZ}>${CZ}|schools`, `${HP}>${TZ}|schools`, `${HP}>${CZ}|schools`, `${HP}>${XA}|schools`].sort()
    );
    expect(got.hidden).toBe(1);
    expect(top(flows, 1).shown).toEqual([`${TZ}>${CZ}|schools`]);
  });
});

describe('widthScale', () => {
  const flows = [
    flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 60, periodStart: 2018, periodEnd: 2018 }),
    flow({ id: 'b', origin: [TZ], destination: [XA], measure: 'projects', value: 40, periodStart: 2018, periodEnd: 2018 }),
    flow({ id: 'b2', origin: [TZ], destination: [XA], measure: 'projects', value: 20, periodStart: 2020, periodEnd: 2020 }),
    flow({ id: 'c', origin: [TZ], destination: [HP], measure: 'merchants', value: 13000 }),
    flow({ id: 'd', origin: [HP], destination: [CZ] })
  ];
  const pairs = flowPairs(flows, 'district', fixtureRegions);
  const stocks = measureStocks(flows, 'district', fixtureRegions);
  const s = widthScale(stocks, pairs);
  const width = (key: string) =>
    pairWidth(
      pairs.find((p) => p.key === key)!,
      s
    );
  // projects: 120 in 3 figures; TZ→CZ 60 = 1.5 figures, TZ→XA 60 = 1.5; merchants: 1 figure.
  it.each([
    ['60 of 120 projects in 3 figures: 1.5 figures, the widest', `${TZ}>${CZ}|projects`, 8],
    ['the other 60 projects', `${TZ}>${XA}|projects`, 8],
    // Widths go as the square root of figures: two thirds of the figures, 0.82 of the width.
    ['13,000 merchants, one figure: two thirds of the top figures', `${TZ}>${HP}|merchants`, 8 * Math.sqrt(1 / 1.5)],
    ['no number: a hairline', `${HP}>${CZ}|`, 1]
  ])('a line of %s', (_name, key, want) => {
    expect(width(key)).toBeCloseTo(want, 6);
  });
  it('never draws a small line thinner than the minimum', () => {
    expect(pairWidth({ measure: 'projects', total: { value: 0.1 } }, s)).toBe(1.2);
  });
  const rounded = (l: ReturnType<typeof widthLegend>) => ({
    ...l,
    rows: l.rows.map((r) => ({ value: r.value, width: Math.round(r.width * 1000) / 1000 }))
  });
  it('keeps lines a tenth of the top apart from the minimum (square root, not linear)', () => {
    // Linear, 0.15 and 0.1 figures of a 1.5 top would both be drawn at the 1.2 px minimum.
    expect(widthLegend(s, 'projects').rows.length).toBe(3);
    expect(pairWidth({ measure: 'projects', total: { value: 6 } }, s)).toBeCloseTo(8 * Math.sqrt(0.1), 6);
    expect(pairWidth({ measure: 'projects', total: { value: 4 } }, s)).toBeCloseTo(8 * Math.sqrt(0.1 / 1.5), 6);
    expect(8 * Math.sqrt(0.1) - 8 * Math.sqrt(0.1 / 1.5)).toBeGreaterThan(0.4);
  });
  it('the legend shows figures when several measures are drawn, values when one is', () => {
    expect(rounded(widthLegend(s, 'projects'))).toEqual({
      figures: true,
      rows: [
        { value: 1.5, width: 8 },
        { value: 0.5, width: 4.619 },
        { value: 0.2, width: 2.921 }
      ]
    });
    const one = widthScale(
      stocks,
      pairs,
      pairs.filter((p) => p.measure === 'projects')
    );
    expect(rounded(widthLegend(one, 'projects'))).toEqual({
      figures: false,
      rows: [
        { value: 60, width: 8 },
        { value: 15, width: 4 },
        { value: 4, width: 2.066 }
      ]
    });
  });
  it.each([
    [1, [1, 0.5, 0.1]],
    [4.7, [4.7, 2, 0.5]],
    [0.3, [0.3, 0.1]],
    [0.004, [0.1]],
    [0, []]
  ])('figure samples below %s: %j', (max, want) => {
    expect(figureSamples(max)).toEqual(want);
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
    const { arcs, arrows, places } = flowMapData(pairs, labels, widthScale(new Map(), pairs));
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
    const { arcs, places } = flowMapData(pairs, labels, widthScale(new Map(), pairs), { zoom });
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

describe('lines between near places', () => {
  // Zoomed out until the two places' centres are `chordPx` apart: straight, only the stub between
  // the rings would be drawn (these rings are 14 px: 36 px apart, a 12.6 px stub), a dash rather than a flow.
  const chordMetres = (() => {
    const [x, y] = toMercator(labels[TZ] as unknown as number[]),
      [u, v] = toMercator(labels[CZ] as unknown as number[]);
    return Math.hypot(x - u, y - v);
  })();
  const zoomFor = (chordPx: number) => Math.log2((chordPx * metresPerPixel(0)) / chordMetres);
  const drawnPx = (c: number[][], zoom: number) => {
    let len = 0;
    for (let i = 1; i < c.length; i++) {
      const [x0, y0] = toMercator(c[i - 1]),
        [x1, y1] = toMercator(c[i]);
      len += Math.hypot(x1 - x0, y1 - y0);
    }
    return len / metresPerPixel(zoom);
  };
  it.each([
    // 14 px rings and 21.8 px clearances: from 44 px apart the clearances no longer overlap.
    ['a directed line keeps a shaft beyond its arrowhead', 'projects', 46],
    ['a directed line keeps a shaft beyond its arrowhead', 'projects', 52],
    ['a two-way line is drawn long enough to read', 'cooperation', 46],
    ['a two-way line is drawn long enough to read', 'cooperation', 60]
  ] as const)('%s (%s, %d px apart)', (_name, kind, chordPx) => {
    const zoom = zoomFor(chordPx);
    const pairs = flowPairs(
      [flow({ id: 'a', kind, origin: [TZ], destination: [CZ], measure: 'projects', value: 3 })],
      'district',
      fixtureRegions
    );
    const { arcs, places } = flowMapData(pairs, labels, widthScale(new Map(), pairs), { zoom });
    const c = arcs.features[0].geometry.coordinates;
    const w = arcs.features[0].properties.width;
    const need = (kind === 'projects' ? arrowHeadPixels(w).length : 0) + MIN_SHAFT;
    expect(drawnPx(c, zoom)).toBeGreaterThanOrEqual(need);
    // Bowed, not pushed into the rings: both ends still stop outside them.
    const ring = Object.fromEntries(places.features.map((f) => [f.properties.code, f.properties.radius]));
    const from = (p: number[], code: string) => {
      const [x, y] = toMercator(p),
        [u, v] = toMercator(labels[code] as unknown as number[]);
      return Math.hypot(x - u, y - v) / metresPerPixel(zoom);
    };
    for (const p of c) {
      expect(from(p, TZ)).toBeGreaterThan(ring[TZ] + 0.8 + w / 2);
      expect(from(p, CZ)).toBeGreaterThan(ring[CZ] + 0.8 + w / 2);
    }
  });
  it('leaves a line that is long enough as it was (straight when two-way)', () => {
    const pairs = flowPairs(
      [flow({ id: 'a', kind: 'cooperation', origin: [TZ], destination: [CZ], measure: 'projects', value: 3 })],
      'district',
      fixtureRegions
    );
    const zoom = zoomFor(200);
    const c = flowMapData(pairs, labels, widthScale(new Map(), pairs), { zoom }).arcs.features[0].geometry.coordinates;
    const mid = toMercator(c[Math.floor(c.length / 2)]);
    const [x0, y0] = toMercator(c[0]),
      [x1, y1] = toMercator(c[c.length - 1]);
    const aside = Math.abs((x1 - x0) * (mid[1] - y0) - (y1 - y0) * (mid[0] - x0)) / Math.hypot(x1 - x0, y1 - y0);
    expect(aside / metresPerPixel(zoom)).toBeLessThan(0.5);
  });
});

describe('places coarser than the level', () => {
  it.each([
    [
      { name_en: 'Hebei', name_zh: '河北省' },
      { whole_en: 'all of Hebei', whole_zh: '河北省（全省）' }
    ],
    [
      { name_en: 'Beijing', name_zh: '北京市' },
      { whole_en: 'all of Beijing', whole_zh: '北京市（全市）' }
    ],
    [
      { name_en: "Xiong'an New Area", name_zh: '雄安新区' },
      { whole_en: "all of Xiong'an New Area", whole_zh: '雄安新区（全区）' }
    ]
  ])('%j is named as the whole unit', (names, want) => {
    expect(wholeNames(names)).toEqual(want);
  });
  it('names only the rings of units not shown at the level', () => {
    const pairs = flowPairs(
      [flow({ id: 'a', origin: [HB, BJ], destination: [HP], measure: 'enterprises', value: 1700 })],
      'district',
      fixtureRegions
    );
    const { places } = flowMapData(pairs, labels, widthScale(new Map(), pairs), {
      coarse: (code) => (fixtureRegions[code].levels.includes('district') ? null : fixtureRegions[code])
    });
    const named = Object.fromEntries(places.features.map((f) => [f.properties.code, f.properties.whole_en]));
    expect(named).toEqual({ [HB]: 'all of Hebei', [BJ]: 'all of Beijing', [HP]: '' });
  });
});
