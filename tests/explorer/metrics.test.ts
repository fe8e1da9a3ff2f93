import { describe, expect, it } from 'vitest';
import { flowInWindow, flowTotalsAtLevel } from '../../src/lib/metrics/flowTotals';
import { metricValues } from '../../src/lib/metrics/values';
import { metricCatalog } from '../../src/lib/metrics/catalog';
import type { Flow } from '../../src/lib/flows/types';
import type { ArticleLike } from '../../src/lib/metrics/articles';
import type { RegionEntry, RegionIndex } from '../../src/lib/regions/types';

function r(code: string, level: RegionEntry['level'], parent: string | null, levels: RegionEntry['levels']): RegionEntry {
  return {
    code,
    level,
    parent,
    levels,
    name_zh: code,
    name_en: code,
    name_pinyin: code,
    label: [0, 0],
    bbox: [0, 0, 0, 0],
    area_km2: 1
  };
}
const regions: RegionIndex = Object.fromEntries(
  [
    r('110000', 'province', null, ['province']),
    r('110105', 'district', '110000', ['district', 'county']),
    r('120000', 'province', null, ['province']),
    r('120101', 'district', '120000', ['district', 'county']),
    r('130000', 'province', null, ['province']),
    r('130900', 'district', '130000', ['district']),
    r('130700', 'district', '130000', ['district']),
    r('130726', 'county', '130700', ['county'])
  ].map((e) => [e.code, e])
);

let n = 0;
function flow(
  origin: string,
  destination: string,
  measure: string | null,
  value: number | null,
  extra: Partial<Flow> = {}
): Flow {
  return {
    id: `f${++n}`,
    origin: origin.split('+'),
    destination: destination.split('+'),
    kind: 'projects',
    measure,
    value,
    approx: false,
    period: '',
    periodStart: null,
    periodEnd: null,
    status: 'done',
    article: 'a',
    note: '',
    line: n,
    ...extra
  };
}

const side = (t: ReturnType<typeof flowTotalsAtLevel> extends Map<string, infer T> ? T | undefined : never) =>
  t && {
    inflow: t.inflow.value,
    outflow: t.outflow.value,
    inAtLeast: t.inflow.atLeast,
    shared: t.inflow.shared.length + t.outflow.shared.length
  };

describe('flowTotalsAtLevel (the one definition of inflow and outflow)', () => {
  const flows = [
    flow('110000+120000', '130900', 'projects', 672),
    flow('110000', '120101', 'projects', 100),
    flow('120101', '130726', 'projects', 5),
    flow('110105', '120101', 'yuan', 1e9),
    flow('120000', '130700', 'projects', 7, { kind: 'cooperation' }),
    flow('110000', '133100', null, null),
    flow('110000', '120101', 'projects', 500, { status: 'planned' })
  ];
  it.each([
    ['district', '130900', { inflow: 672, outflow: 0, inAtLeast: false, shared: 0 }],
    ['district', '120101', { inflow: 100, outflow: 5, inAtLeast: false, shared: 0 }],
    ['district', '130700', { inflow: 5, outflow: 0, inAtLeast: false, shared: 0 }],
    // Beijing + Tianjin's 672 is stated for the pair: shared, added to neither.
    ['province', '110000', { inflow: 0, outflow: 100, inAtLeast: false, shared: 1 }],
    ['province', '120000', { inflow: 100, outflow: 5, inAtLeast: false, shared: 1 }],
    ['province', '130000', { inflow: 677, outflow: 0, inAtLeast: false, shared: 0 }],
    ['county', '130726', { inflow: 5, outflow: 0, inAtLeast: false, shared: 0 }]
  ] as const)('%s %s', (level, code, want) => {
    expect(side(flowTotalsAtLevel(flows, 'projects', level, regions).get(code))).toEqual(want);
  });
  it('leaves out districts a province-level origin cannot be placed in', () => {
    expect(flowTotalsAtLevel(flows, 'projects', 'district', regions).has('110105')).toBe(false);
  });
  it('keeps measures apart', () => {
    expect(side(flowTotalsAtLevel(flows, 'yuan', 'district', regions).get('120101'))).toEqual({
      inflow: 1e9,
      outflow: 0,
      inAtLeast: false,
      shared: 0
    });
  });
  it('drops flows inside one unit', () => {
    const inner = [flow('110105', '110000', 'projects', 3)];
    expect(flowTotalsAtLevel(inner, 'projects', 'province', regions).size).toBe(0);
  });
  it('counts planned flows only as planned, never with done ones', () => {
    expect(flowTotalsAtLevel(flows, 'projects', 'district', regions, 'planned').get('120101')?.inflow.value).toBe(500);
    expect(flowTotalsAtLevel(flows, 'projects', 'district', regions).get('120101')?.inflow.value).toBe(100);
  });
});

describe('flowInWindow', () => {
  it.each([
    [{ periodStart: 2017, periodEnd: null }, null, 2019, 2020, true],
    [{ periodStart: 2017, periodEnd: 2018 }, null, 2019, null, false],
    [{ periodStart: 2023, periodEnd: 2023 }, null, null, 2022, false],
    [{ periodStart: null, periodEnd: null }, '2022-10-21', 2022, 2022, true],
    [{ periodStart: null, periodEnd: null }, null, 2022, null, false],
    [{ periodStart: null, periodEnd: null }, null, null, null, true]
  ] as const)('%j (article %s) in %s–%s → %s', (p, date, from, to, want) => {
    expect(flowInWindow(flow('110000', '120101', 'projects', 1, p), date, from, to)).toBe(want);
  });
});

describe('metricValues', () => {
  const articles: ArticleLike[] = [
    { id: 'a', date: null, mentions: { '130726': 2, '120101': 1 } },
    { id: 'b', date: null, mentions: { '120101': 3 } }
  ];
  const catalog = metricCatalog(['projects']);
  const byId = (id: string) => catalog.find((m) => m.id === id)!;
  it('computes article metrics at a level', () => {
    expect(metricValues(byId('mentions'), 'district', regions, articles, [])).toEqual(
      new Map([
        ['130700', 2],
        ['120101', 4]
      ])
    );
    expect(metricValues(byId('articles'), 'district', regions, articles, []).get('120101')).toBe(2);
    expect(metricValues(byId('mentions_per_article'), 'district', regions, articles, []).get('120101')).toBe(2);
  });
  it('computes signed net flows', () => {
    const flows = [flow('120101', '130900', 'projects', 10), flow('110105', '120101', 'projects', 4)];
    const net = metricValues(byId('net:projects'), 'district', regions, [], flows);
    expect(net.get('120101')).toBe(-6);
    expect(net.get('130900')).toBe(10);
    expect(net.get('110105')).toBe(-4);
  });
  it('lists inflow, outflow and net per measure', () => {
    expect(
      metricCatalog(['yuan', 'projects', 'yuan'])
        .map((m) => m.id)
        .slice(3, 9)
    ).toEqual(['inflow:projects', 'outflow:projects', 'net:projects', 'inflow:yuan', 'outflow:yuan', 'net:yuan']);
  });
});
