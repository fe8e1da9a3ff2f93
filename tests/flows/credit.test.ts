import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlows } from '../../src/lib/flows/parse';
import { consolidateFlows, type FlowStatement } from '../../src/lib/flows/consolidate';
import { reviewedStatements } from '../../src/lib/flows/statements';
import { FLOW_MEASURES, type Flow } from '../../src/lib/flows/types';
import { flowTotalsAtLevel, type StatusClass } from '../../src/lib/metrics/flowTotals';
import { metricResult } from '../../src/lib/metrics/values';
import { metricCatalog } from '../../src/lib/metrics/catalog';
import { flowLines } from '../../src/lib/report/details';
import type { MapLevel, RegionIndex } from '../../src/lib/regions/types';

const ROOT = resolve(__dirname, '../..');
const regions = JSON.parse(readFileSync(resolve(ROOT, 'geo/out/regions.json'), 'utf8')) as RegionIndex;
const articles = (
  JSON.parse(readFileSync(resolve(ROOT, 'data/articles.json'), 'utf8')) as { articles: { id: string; date: string | null }[] }
).articles;
const dates = new Map(articles.map((a) => [a.id, a.date]));
const parsed = parseFlows(readFileSync(resolve(ROOT, 'data/flows.csv'), 'utf8'), {
  file: 'data/flows.csv',
  regions: new Map(Object.values(regions).map((r) => [r.code, r.parent])),
  articles: new Set(articles.map((a) => a.id))
});
const bundled = consolidateFlows(reviewedStatements(parsed.flows, (id) => dates.get(id) ?? null));
const LEVELS: MapLevel[] = ['province', 'district', 'county'];
const catalog = metricCatalog([...FLOW_MEASURES], [...FLOW_MEASURES]);
const metric = (id: string) => catalog.find((m) => m.id === id)!;

let n = 0;
function flow(origin: string, destination: string, measure: string, value: number, extra: Partial<Flow> = {}): Flow {
  return {
    id: `c${++n}`,
    origin: origin.split('+'),
    destination: destination.split('+'),
    kind: 'projects',
    measure,
    value,
    approx: false,
    period: '–2022',
    periodStart: null,
    periodEnd: 2022,
    status: 'done',
    article: 'a',
    note: '',
    line: n,
    ...extra
  };
}

describe('shared credit', () => {
  // Tianjin's 5 branch schools for Xiong'an, Chengde, Yu County and Qinglong together (001-09).
  const schools = flow('120000', '133100+130800+130726+130321', 'schools', 5);
  it.each([
    ['district', '130800', 0, 1],
    ['district', '133100', 0, 1],
    ['county', '130726', 0, 1],
    // All four sites lie in Hebei: one unit at province level, so the group's figure is Hebei's.
    ['province', '130000', 5, 0]
  ] as const)('%s %s: inflow %d, %d shared', (level, code, inflow, shared) => {
    const t = flowTotalsAtLevel([schools], 'schools', level, regions).get(code);
    expect(t?.inflow.value ?? 0).toBe(inflow);
    expect(t?.inflow.shared.length ?? 0).toBe(shared);
  });
  it('gives the member no value, hence no rank', () => {
    expect(metricResult(metric('inflow:schools'), 'district', regions, [], [schools]).values.has('130800')).toBe(false);
  });
  it("names the group's other members in the member's details", () => {
    const [line] = flowLines(
      '130800',
      consolidateFlows([{ ...schools, date: null, provenance: 'reviewed', offset: null }]),
      regions,
      'en'
    ).flowsIn;
    expect(line.role).toBe('shared');
    expect(line.sharedWith).toBe("Xiong'an New Area, Yu County, and Qinglong Manchu Autonomous County");
  });
  it('credits the sending side in full when only the receiving side is a group', () => {
    expect(flowTotalsAtLevel([schools], 'schools', 'province', regions).get('120000')?.outflow.value).toBe(5);
  });
});

describe('parts that may overlap', () => {
  it.each([
    // Same places, measure and period: the largest, "at least".
    [[flow('110000+120000', '130900', 'projects', 672), flow('110000+120000', '130900', 'projects', 47)], 672, true],
    // Beijing alone shares ground with Beijing + Tianjin.
    [[flow('110000+120000', '130900', 'projects', 672), flow('110000', '130900', 'projects', 47)], 672, true],
    // Different origins cannot overlap: added.
    [[flow('110000', '130900', 'projects', 672), flow('120000', '130900', 'projects', 47)], 719, false],
    // Periods that do not meet: added.
    [
      [
        flow('110000', '130900', 'projects', 10, { period: '2021', periodStart: 2021, periodEnd: 2021 }),
        flow('110000', '130900', 'projects', 5, { period: '2022', periodStart: 2022, periodEnd: 2022 })
      ],
      15,
      false
    ],
    // Different measures never meet.
    [[flow('110000', '130900', 'projects', 10), flow('110000', '130900', 'yuan', 5)], 10, false]
  ])('case %#: → %d, at least %s', (flows, value, atLeast) => {
    const t = flowTotalsAtLevel(flows, 'projects', 'district', regions).get('130900')!;
    expect([t.inflow.value, t.inflow.atLeast]).toEqual([value, atLeast]);
  });
});

describe('bundled data', () => {
  const val = (id: string, level: MapLevel, code: string) => {
    const r = metricResult(metric(id), level, regions, [], bundled);
    return { value: r.values.get(code), atLeast: r.atLeast.has(code) };
  };
  it.each([
    ['inflow:projects', 'district', '130900', 672, true], // Cangzhou: 672 and 47 may overlap
    ['inflow:yuan', 'district', '130900', 278700000000, true],
    ['inflow:projects', 'district', '120101', 402, false], // Heping: done only
    ['planned:projects', 'district', '120101', 500, false], // its 2024 target, apart
    ['inflow:schools', 'district', '130800', undefined, false], // Chengde: shared only
    ['outflow:projects', 'province', '110000', 4959, false], // its own 4,959 into Tianjin; the 672 and 235 stated with Tianjin are shared
    ['inflow:projects', 'province', '130000', 672 + 235, true] // Hebei: Cangzhou's at least 672 plus Zhangjiakou's 235
  ] as const)('%s %s %s = %s (at least: %s)', (id, level, code, value, atLeast) => {
    expect(val(id, level, code)).toEqual({ value, atLeast });
  });
});

/** A tiny seeded generator (mulberry32): the fixtures are random but the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(seed: number, count: number): FlowStatement[] {
  const r = rng(seed);
  const codes = Object.keys(regions);
  const pick = () => codes[Math.floor(r() * codes.length)];
  const group = () => [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, pick))];
  const statuses = ['done', 'underway', 'planned'] as const;
  const out: FlowStatement[] = [];
  for (let i = 0; i < count; i++) {
    const origin = group();
    const destination = group().filter((d) => !origin.includes(d));
    if (!destination.length) continue;
    const start = r() < 0.3 ? null : 2015 + Math.floor(r() * 8);
    const end = start === null ? 2022 : start + Math.floor(r() * 3);
    out.push({
      id: `x${i}`,
      origin,
      destination,
      kind: r() < 0.1 ? 'cooperation' : 'projects',
      measure: FLOW_MEASURES[Math.floor(r() * 3)],
      value: Math.round(r() * 1000),
      approx: false,
      period: start === null ? `–${end}` : `${start}–${end}`,
      periodStart: start,
      periodEnd: end,
      status: statuses[Math.floor(r() * 3)],
      article: `a${Math.floor(r() * 20)}`,
      note: '',
      line: i,
      date: `20${18 + Math.floor(r() * 6)}-01-01`,
      provenance: 'extracted',
      offset: null
    });
    // Repeat some statements in other articles, as many articles report one statistic.
    if (r() < 0.3) out.push({ ...out[out.length - 1], id: `x${i}r`, article: `a${Math.floor(r() * 20)}` });
  }
  return out;
}

describe('invariant: the map never shows more than the distinct flows hold', () => {
  const cases: [string, Flow[]][] = [
    ['bundled', bundled],
    ...[1, 2, 3, 4, 5].map((s): [string, Flow[]] => [`synthetic seed ${s}`, consolidateFlows(synthetic(s, 300))])
  ];
  for (const [name, flows] of cases) {
    it(`${name}: for every measure, level and status class, Σ values ≤ Σ distinct flows`, () => {
      for (const measure of FLOW_MEASURES) {
        for (const status of ['achieved', 'planned'] as StatusClass[]) {
          const distinct = flows
            .filter(
              (f) =>
                f.kind !== 'cooperation' &&
                f.measure === measure &&
                f.value !== null &&
                (status === 'planned') === (f.status === 'planned')
            )
            .reduce((s, f) => s + f.value!, 0);
          for (const level of LEVELS) {
            const totals = [...flowTotalsAtLevel(flows, measure, level, regions, status).values()];
            const inflow = totals.reduce((s, t) => s + t.inflow.value, 0);
            const outflow = totals.reduce((s, t) => s + t.outflow.value, 0);
            expect(inflow, `${measure} ${level} ${status} inflow`).toBeLessThanOrEqual(distinct);
            expect(outflow, `${measure} ${level} ${status} outflow`).toBeLessThanOrEqual(distinct);
          }
        }
      }
    });
  }
  it('repeated statements do not raise any value', () => {
    const once = consolidateFlows(synthetic(7, 200).filter((s) => !s.id.endsWith('r')));
    const twice = consolidateFlows(synthetic(7, 200));
    for (const level of LEVELS) {
      const a = metricResult(metric('inflow:projects'), level, regions, [], once).values;
      const b = metricResult(metric('inflow:projects'), level, regions, [], twice).values;
      expect(b).toEqual(a);
    }
  });
});

import { flowPairs } from '../../src/lib/flows/pairs';

describe('flowPairs (what the flow map draws)', () => {
  it("aggregates Cangzhou's parts as at least 672 for the stated pair, shared between Beijing and Tianjin", () => {
    const p = flowPairs(bundled, 'district', regions).find((x) => x.destination.join() === '130900' && x.measure === 'projects')!;
    expect(p).toMatchObject({ origin: ['110000', '120000'], value: 672, atLeast: true, shared: true, status: 'achieved' });
    expect(p.flows.map((f) => f.value).sort()).toEqual([47, 672]);
  });
  it('keeps planned apart and drops flows inside one unit', () => {
    const pairs = flowPairs(bundled, 'province', regions);
    expect(pairs.some((p) => p.status === 'planned' && p.value === 500)).toBe(true);
    expect(pairs.every((p) => !(p.origin.length === 1 && p.destination.length === 1 && p.origin[0] === p.destination[0]))).toBe(
      true
    );
  });
  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: Σ pair values ≤ Σ distinct flows, per measure, level and status`, () => {
      const flows = consolidateFlows(synthetic(seed, 300));
      for (const level of LEVELS) {
        const pairs = flowPairs(flows, level, regions);
        for (const measure of FLOW_MEASURES)
          for (const status of ['achieved', 'planned'] as const) {
            const drawn = pairs
              .filter((p) => p.measure === measure && p.status === status)
              .reduce((s, p) => s + (p.value ?? 0), 0);
            const distinct = flows
              .filter((f) => f.measure === measure && f.value !== null && (f.status === 'planned') === (status === 'planned'))
              .reduce((s, f) => s + f.value!, 0);
            expect(drawn).toBeLessThanOrEqual(distinct);
          }
      }
    });
  }
});
