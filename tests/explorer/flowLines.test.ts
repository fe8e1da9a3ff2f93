import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlows } from '../../src/lib/flows/parse';
import { consolidateFlows, type ConsolidatedFlow } from '../../src/lib/flows/consolidate';
import { reviewedStatements } from '../../src/lib/flows/statements';
import { isDirected, type Flow, type FlowStatus } from '../../src/lib/flows/types';
import { mayOverlap, statusClass } from '../../src/lib/metrics/flowTotals';
import { flowLines } from '../../src/lib/report/details';
import type { FlowLine, FlowRole } from '../../src/lib/report/lines';
import { overlapIndex } from '../../src/lib/report/overlapIndex';
import { within } from '../../src/lib/report/regionReport';
import { regionList, regionNames } from '../../src/lib/format/regionName';
import type { Lang } from '../../src/lib/domain';
import type { RegionIndex } from '../../src/lib/regions/types';

const ROOT = resolve(__dirname, '../..');
const regions = JSON.parse(readFileSync(resolve(ROOT, 'geo/out/regions.json'), 'utf8')) as RegionIndex;
const articles = (
  JSON.parse(readFileSync(resolve(ROOT, 'data/articles.json'), 'utf8')) as { articles: { id: string; date: string | null }[] }
).articles;
const dates = new Map(articles.map((a) => [a.id, a.date]));
const bundled = consolidateFlows(
  reviewedStatements(
    parseFlows(readFileSync(resolve(ROOT, 'data/flows.csv'), 'utf8'), {
      file: 'data/flows.csv',
      regions: new Map(Object.values(regions).map((r) => [r.code, r.parent])),
      articles: new Set(articles.map((a) => a.id))
    }).flows,
    (id) => dates.get(id) ?? null
  )
);

/**
 * The definition, flow against flow (flowLines as it was before the overlap index): what
 * flowLines must give for any input, however it gets there.
 */
function pairwise(code: string, flows: readonly ConsolidatedFlow[], lang: Lang): { flowsIn: FlowLine[]; flowsOut: FlowLine[] } {
  const result = { flowsIn: [] as FlowLine[], flowsOut: [] as FlowLine[] };
  for (const dir of ['in', 'out'] as const) {
    const mine = (f: ConsolidatedFlow) => (dir === 'in' ? f.destination : f.origin);
    const theirs = (f: ConsolidatedFlow) => (dir === 'in' ? f.origin : f.destination);
    const touching = flows.filter(
      (f) => mine(f).some((c) => within(c, code, regions)) && !theirs(f).some((c) => within(c, code, regions))
    );
    const outside = (f: ConsolidatedFlow) => mine(f).filter((c) => !within(c, code, regions));
    const countable = (f: ConsolidatedFlow) => isDirected(f.kind) && f.value !== null && f.measure !== null;
    const own = touching.filter((f) => countable(f) && outside(f).length === 0);
    const overlapping = (f: ConsolidatedFlow) =>
      own.filter((g) => g !== f && statusClass(g) === 'achieved' && mayOverlap(f, g, regions));
    const role = (f: ConsolidatedFlow): FlowRole => {
      if (!countable(f)) return 'listed';
      if (outside(f).length) return 'shared';
      if (statusClass(f) === 'planned') return 'planned';
      return overlapping(f).length ? 'part' : 'counted';
    };
    const lines = touching.map((f): FlowLine => {
      const r = role(f);
      return {
        id: f.id,
        other: regionNames(regions, theirs(f), lang),
        kind: f.kind,
        measure: f.measure ?? '',
        value: f.value,
        approx: f.approx,
        status: f.status,
        period: f.period,
        article: f.article,
        role: r,
        sharedWith: r === 'shared' ? regionList(regions, outside(f), lang) : '',
        overlapsWith: r === 'part' ? overlapping(f).map((g) => g.value!) : [],
        sources: new Set(f.sources.map((s) => s.article)).size,
        supersedes: f.history.length,
        provenance: f.provenance,
        grouped: theirs(f).length > 1
      };
    });
    const order: FlowRole[] = ['counted', 'part', 'shared', 'planned', 'listed'];
    lines.sort(
      (a, b) =>
        order.indexOf(a.role) - order.indexOf(b.role) || a.measure.localeCompare(b.measure) || (b.value ?? -1) - (a.value ?? -1)
    );
    result[dir === 'in' ? 'flowsIn' : 'flowsOut'] = lines;
  }
  return result;
}

/** A seeded generator (mulberry32): the same flows on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Places of every level around Tianjin, Cangzhou and Beijing, so sides nest, meet and stay apart.
const PLACES = ['110000', '110105', '110112', '120000', '120101', '120116', '130900', '130922', '131000', '133100'].filter(
  (c) => regions[c]
);
const PERIODS: [string, number | null, number | null][] = [
  ['', null, null],
  ['2021', 2021, 2021],
  ['2022', 2022, 2022],
  ['2017–', 2017, null],
  ['–2020', null, 2020],
  ['2019–2023', 2019, 2023],
  ['2023–2020', 2023, 2020] // inverted, as bad data may be
];
function syntheticFlows(n: number, seed: number): ConsolidatedFlow[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const side = () => (rnd() < 0.2 ? [pick(PLACES), pick(PLACES)] : rnd() < 0.03 ? [] : [pick(PLACES)]);
  return Array.from({ length: n }, (_, i) => {
    const [period, periodStart, periodEnd] = pick(PERIODS);
    const flow: Flow = {
      id: `s${i}`,
      origin: side(),
      destination: side(),
      kind: pick(['projects', 'enterprises', 'cooperation'] as const),
      measure: rnd() < 0.1 ? null : pick(['projects', 'yuan', 'schools'] as const),
      value: rnd() < 0.1 ? null : 1 + Math.floor(rnd() * 500),
      approx: rnd() < 0.2,
      period,
      periodStart,
      periodEnd,
      status: pick(['done', 'underway', 'planned'] as FlowStatus[]),
      article: `a${Math.floor(rnd() * 40)}`,
      note: '',
      line: i + 2
    };
    const sources = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, k) => ({
      id: `${flow.id}.${k}`,
      article: `a${Math.floor(rnd() * 5)}`,
      date: null,
      value: flow.value,
      approx: flow.approx,
      period,
      status: flow.status,
      provenance: 'extracted' as const,
      offset: null
    }));
    return { ...flow, date: null, provenance: 'extracted', offset: null, sources, history: [] };
  });
}

const plain = (r: { flowsIn: FlowLine[]; flowsOut: FlowLine[] }) => JSON.parse(JSON.stringify(r));

describe('flowLines gives what the pairwise definition gives', () => {
  it.each(['en', 'zh'] as const)('for every region on the bundled flows (%s)', (lang) => {
    for (const code of Object.keys(regions))
      expect(plain(flowLines(code, bundled, regions, lang))).toEqual(plain(pairwise(code, bundled, lang)));
  });
  it.each([1, 2, 3])('on 400 seeded flows that nest, share ground and overlap in every way (seed %i)', (seed) => {
    const flows = syntheticFlows(400, seed);
    const roles = new Set<string>();
    for (const code of ['110000', '110112', '120000', '130900', '130922', '131000']) {
      const got = plain(flowLines(code, flows, regions, 'en'));
      expect(got).toEqual(plain(pairwise(code, flows, 'en')));
      for (const l of [...got.flowsIn, ...got.flowsOut]) roles.add(l.role);
    }
    // The table reaches every role, so each rule was compared.
    expect([...roles].sort()).toEqual(['counted', 'listed', 'part', 'planned', 'shared']);
  });
});

describe('overlapIndex', () => {
  let n = 0;
  const f = (origin: string, destination: string, extra: Partial<Flow> = {}): Flow => ({
    id: `o${++n}`,
    origin: origin ? origin.split('+') : [],
    destination: destination ? destination.split('+') : [],
    kind: 'projects',
    measure: 'projects',
    value: 10,
    approx: false,
    period: '',
    periodStart: null,
    periodEnd: null,
    status: 'done',
    article: 'x',
    note: '',
    line: 2,
    ...extra
  });
  const years = (s: number | null, e: number | null) => ({ periodStart: s, periodEnd: e });
  it.each([
    ['alone', [f('110000', '130900')], 0, false],
    ['two alike', [f('110000', '130900'), f('110000', '130900')], 0, true],
    ['a sender inside the other', [f('110000', '130900'), f('110105', '130900')], 1, true],
    ['senders apart', [f('110000', '130900'), f('120000', '130900')], 0, false],
    ['another measure', [f('110000', '130900'), f('110000', '130900', { measure: 'yuan' })], 0, false],
    ['periods apart', [f('110000', '130900', years(2021, 2021)), f('110000', '130900', years(2022, 2022))], 0, false],
    ['periods meeting', [f('110000', '130900', years(2019, 2023)), f('110000', '130900', years(2022, 2022))], 1, true],
    ['an open period', [f('110000', '130900', years(2017, null)), f('110000', '130900', years(2022, 2022))], 0, true],
    // 2023–2020 meets 2019–2024 (2023 ≤ 2024, 2019 ≤ 2020) but not itself, nor its twin alone.
    [
      'inverted, with a wide one',
      [f('110000', '130900', years(2023, 2020)), f('120000+110000', '130900', years(2019, 2024))],
      0,
      true
    ],
    ['inverted twins', [f('110000', '130900', years(2023, 2020)), f('110000', '130900', years(2023, 2020))], 0, false],
    ['no sender', [f('', '130900'), f('', '130900')], 0, false]
  ] as const)('%s', (_, flows, k, expected) => {
    const index = overlapIndex(flows, regions);
    const one: Flow = flows[k]!;
    expect(index.hasOther(one)).toBe(expected);
    // The pairwise definition agrees.
    expect(flows.some((g) => g !== one && mayOverlap(one, g, regions))).toBe(expected);
  });
  it('answers for a flow that is not one of its own', () => {
    const index = overlapIndex([f('110000', '130900')], regions);
    expect(index.hasOther(f('110105', '130900'))).toBe(true);
    expect(index.hasOther(f('120000', '130900'))).toBe(false);
  });
});
