import { describe, expect, it } from 'vitest';
import { drawnLineLabel, hoverCard, type MapHover } from '../../src/lib/report/mapCards';
import { tableRows } from '../../src/lib/report/tableRows';
import { viewActions } from '../../src/lib/state/actions';
import { metricCatalog } from '../../src/lib/metrics/catalog';
import type { MetricResult } from '../../src/lib/metrics/values';
import type { FlowPair, PairArcProps, PlaceProps } from '../../src/lib/map/flowPairs';
import type { Explorer } from '../../src/lib/state/explorer.svelte';
import type { RegionEntry, RegionIndex } from '../../src/lib/regions/types';

const NAMES: Record<string, string> = { '110000': 'Beijing', '130900': 'Cangzhou', '130000': 'Hebei' };
const naming = {
  name: (c: string | null) => (c ? (NAMES[c] ?? c) : ''),
  names: (cs: string[]) => cs.map((c) => NAMES[c] ?? c).join(' + ')
};
const mentions = metricCatalog([]).find((m) => m.id === 'mentions')!;
const result: MetricResult = { values: new Map([['130900', 7]]), atLeast: new Set(), approx: new Set(), totals: new Map() };
const arc = {
  key: 'k',
  origin: '110000',
  destination: '130900',
  arrow: true,
  kind: 'projects',
  measure: 'projects',
  value: 672,
  atLeast: false,
  count: 1
} as PairArcProps;
const place: PlaceProps = { code: '130900', incoming: 2, outgoing: 0, twoWay: 1, radius: 6 };

describe('hoverCard: the topmost thing under the pointer speaks', () => {
  const at = (x: number) => ({ x, y: 5 });
  it.each([
    ['nothing', {}, null],
    [
      'a region',
      { region: { code: '130900', ...at(1) } },
      { x: 1, title: 'Cangzhou', lines: ['Mentions in articles: 7 mentions'] }
    ],
    [
      'a ring over its region',
      { region: { code: '130000', ...at(1) }, place: { place, ...at(2) } },
      { x: 2, title: 'Cangzhou', lines: ['in 2 · out 0 · two-way 1'] }
    ],
    [
      'a line over a ring and a region',
      { region: { code: '130000', ...at(1) }, place: { place, ...at(2) }, arc: { arc, ...at(3) } },
      { x: 3, title: 'Beijing → Cangzhou', lines: ['Projects: 672 projects', '1 stated flow'] }
    ],
    ['a two-way line', { arc: { arc: { ...arc, arrow: false }, ...at(3) } }, { title: 'Beijing ↔ Cangzhou' }]
  ])('%s', (_, h, card) => {
    const got = hoverCard({ arc: null, place: null, region: null, ...h } as MapHover, naming, { def: mentions, result }, 'en');
    if (card === null) expect(got).toBeNull();
    else expect(got).toMatchObject(card);
  });
});

describe('drawnLineLabel: a line in the list of drawn lines', () => {
  const pair = (patch: Partial<FlowPair>): FlowPair =>
    ({
      key: 'k',
      origin: '110000',
      destination: '130900',
      directed: true,
      measure: 'projects',
      kind: 'projects',
      total: { value: 672, atLeast: false, sharedBy: null, weight: 672 },
      flows: [],
      planned: false,
      ...patch
    }) as FlowPair;
  it.each([
    ['a total', pair({}), 'en', 'Beijing → Cangzhou: 672 projects'],
    [
      'a lower bound',
      pair({ total: { value: 672, atLeast: true, sharedBy: null, weight: 672 } }),
      'en',
      'Beijing → Cangzhou: ≥ 672 projects'
    ],
    [
      'no number, two-way',
      pair({ directed: false, measure: null, total: { value: null, atLeast: false, sharedBy: null, weight: null } }),
      'en',
      'Beijing ↔ Cangzhou'
    ],
    ['in Chinese', pair({}), 'zh', 'Beijing → Cangzhou: 672个项目']
  ])('%s', (_, p, lang, label) => expect(drawnLineLabel(p, naming.name, lang as 'en')).toBe(label));
});

describe('tableRows', () => {
  const regions = {
    '130900': { code: '130900', parent: '130000' },
    '110000': { code: '110000', parent: null }
  } as unknown as RegionIndex;
  it('joins each unit with its parent name, value and colour; no value stays undefined', () => {
    const rows = tableRows(['130900', '110000'], regions, naming.name, new Map([['130900', 7]]), { '130900': '#abc' });
    expect(rows.map((r) => [r.region.code, r.parentName, r.value, r.color])).toEqual([
      ['130900', 'Hebei', 7, '#abc'],
      ['110000', '', undefined, undefined]
    ]);
  });
});

describe('viewActions: one update per user action', () => {
  const regions = {
    '130900': { code: '130900', parent: '130000', levels: ['district'] },
    '130921': { code: '130921', parent: '130900', levels: ['county'] },
    '130000': { code: '130000', parent: null, levels: ['province'] }
  } as unknown as RegionIndex;
  const run = (state: Record<string, unknown>, f: (a: ReturnType<typeof viewActions>) => void) => {
    const calls: unknown[] = [];
    const ex = {
      state: { level: 'district', region: null, flow: null, pair: null, ...state },
      regions,
      view: { update: (p: unknown) => calls.push(p) }
    };
    f(viewActions(ex as unknown as Explorer));
    return calls;
  };
  it.each([
    ['select clears flow and pair', {}, (a) => a.select('130900'), [{ region: '130900', flow: null, pair: null }]],
    [
      'a new level moves the selection to its unit there',
      { region: '130921', level: 'county' },
      (a) => a.change({ level: 'district' }),
      [{ level: 'district', region: '130900' }]
    ],
    [
      'the same level leaves the selection',
      { region: '130900' },
      (a) => a.change({ level: 'district', metric: 'articles' }),
      [{ level: 'district', metric: 'articles' }]
    ],
    [
      'a searched county switches to its level',
      {},
      (a) => a.pick(regions['130921'] as RegionEntry),
      [{ level: 'county', region: '130921', flow: null, pair: null }]
    ],
    [
      'a searched district keeps the level',
      {},
      (a) => a.pick(regions['130900'] as RegionEntry),
      [{ level: 'district', region: '130900', flow: null, pair: null }]
    ],
    ['a line closes the flow', {}, (a) => a.openPair('110000-130900~projects'), [{ pair: '110000-130900~projects', flow: null }]],
    ['Escape: the flow first', { flow: 'f', pair: 'p', region: '130900' }, (a) => a.escape(), [{ flow: null }]],
    ['Escape: then the line', { pair: 'p', region: '130900' }, (a) => a.escape(), [{ pair: null }]],
    ['Escape: then the region', { region: '130900' }, (a) => a.escape(), [{ region: null, flow: null, pair: null }]],
    ['Escape with nothing open does nothing', {}, (a) => a.escape(), []]
  ] as [string, Record<string, unknown>, (a: ReturnType<typeof viewActions>) => void, unknown[]][])('%s', (_, state, f, calls) =>
    expect(run(state, f)).toEqual(calls)
  );
});
