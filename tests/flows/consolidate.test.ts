import { describe, expect, it } from 'vitest';
import { consolidateFlows, sameValue, type FlowStatement } from '../../src/lib/flows/consolidate';

let n = 0;
/** A statement: places as "a+b", period as data/flows.csv writes it. */
function st(
  origin: string,
  destination: string,
  measure: string | null,
  value: number | null,
  date: string | null,
  extra: Partial<FlowStatement> = {}
): FlowStatement {
  const period = extra.period ?? '';
  const m = /^(\d{4})?(–)?(\d{4})?$/.exec(period)!;
  const start = m[1] ? Number(m[1]) : null;
  const end = m[3] ? Number(m[3]) : m[2] ? (date ? Number(date.slice(0, 4)) : null) : start;
  return {
    id: `s${++n}`,
    origin: origin.split('+'),
    destination: destination.split('+'),
    kind: 'projects',
    measure,
    value,
    approx: false,
    period,
    periodStart: start,
    periodEnd: end,
    status: 'done',
    article: `art-${date ?? 'undated'}-${n}`,
    note: '',
    line: n,
    date,
    provenance: 'reviewed',
    offset: null,
    ...extra
  };
}

describe('sameValue (within rounding)', () => {
  it.each([
    [278700000000, 278700000000, true],
    [278700000000, 279000000000, true], // "279 billion" is 278.7 billion rounded
    [278700000000, 278000000000, false],
    [4959, 4900, false],
    [4959, 5000, true], // "5,000" is 4,959 to one significant digit
    [672, 47, false],
    [1, -1, false],
    [null, null, true],
    [null, 5, false]
  ] as const)('%s ~ %s → %s', (a, b, want) => expect(sameValue(a, b)).toBe(want));
});

describe('consolidateFlows', () => {
  it('makes one flow of one quantity stated by several articles, latest first among its sources', () => {
    const a = st('110000', '120000', 'projects', 4959, '2022-10-21', { period: '2017–' });
    const b = st('110000', '120000', 'projects', 4959, '2023-03-02', { period: '2017–' });
    const c = st('110000', '120000', 'projects', 4959, '2022-11-30', { period: '2017–' });
    const out = consolidateFlows([a, b, c]);
    expect(out).toHaveLength(1);
    expect(out[0].id).toBe(b.id);
    expect(out[0].sources.map((s) => s.id)).toEqual([b.id, c.id, a.id]);
    expect(out[0].history).toEqual([]);
  });

  it.each([
    [
      'different places',
      st('110000', '120000', 'projects', 10, '2022-01-01'),
      st('110000', '130000', 'projects', 10, '2023-01-01')
    ],
    [
      'different measures',
      st('110000', '120000', 'projects', 10, '2022-01-01'),
      st('110000', '120000', 'enterprises', 10, '2023-01-01')
    ],
    [
      'different periods',
      st('110000', '120000', 'projects', 10, '2022-01-01', { period: '2022' }),
      st('110000', '120000', 'projects', 10, '2023-01-01', { period: '2023' })
    ],
    [
      'reversed direction',
      st('110000', '120000', 'projects', 10, '2022-01-01'),
      st('120000', '110000', 'projects', 10, '2023-01-01')
    ],
    [
      'different values, not cumulative',
      st('110000', '120000', 'projects', 10, '2022-01-01', { period: '2022' }),
      st('110000', '120000', 'projects', 12, '2023-01-01', { period: '2022' })
    ]
  ])('keeps flows apart with %s', (_, x, y) => {
    expect(consolidateFlows([x, y])).toHaveLength(2);
  });

  it('treats a group in any order as the same places, and cooperation as two-way', () => {
    const x = st('110000+120000', '130900', 'projects', 672, '2022-01-01', { period: '–2022' });
    const y = st('120000+110000', '130900', 'projects', 672, '2022-06-01', { period: '–2022' });
    expect(consolidateFlows([x, y])).toHaveLength(1);
    const p = st('110112', '131000', null, null, '2022-01-01', { kind: 'cooperation' });
    const q = st('131000', '110112', null, null, '2023-01-01', { kind: 'cooperation' });
    expect(consolidateFlows([p, q])).toHaveLength(1);
  });

  it('merges figures equal within rounding (278.7 billion, "279 billion")', () => {
    const x = st('110000', '130900', 'yuan', 278700000000, '2022-01-01', { period: '–2022' });
    const y = st('110000', '130900', 'yuan', 279000000000, '2021-01-01', { period: '–2022' });
    const out = consolidateFlows([x, y]);
    expect(out).toHaveLength(1);
    expect(out[0].value).toBe(278700000000);
  });

  it('lets a later cumulative figure supersede an earlier one, which is kept as history', () => {
    const early = st('110000', '120000', 'projects', 4959, '2022-10-21', { period: '2017–' });
    const mid = st('110000', '120000', 'projects', 5100, '2023-05-01', { period: '2017–' });
    const late = st('110000', '120000', 'projects', 5300, '2024-02-01', { period: '2017–' });
    const out = consolidateFlows([early, late, mid]);
    expect(out).toHaveLength(1);
    expect(out[0].value).toBe(5300);
    expect(out[0].history.map((h) => h.value)).toEqual([5100, 4959]);
  });

  it('supersedes "to date" figures too', () => {
    const a = st('110000', '130900', 'projects', 600, '2021-05-01', { period: '–2021' });
    const b = st('110000', '130900', 'projects', 672, '2022-05-01', { period: '–2022' });
    const out = consolidateFlows([a, b]);
    expect(out.map((f) => f.value)).toEqual([672]);
    expect(out[0].history.map((h) => h.value)).toEqual([600]);
  });

  it('never lets one article supersede its own figures (672 and 47 are both kept)', () => {
    const a = st('110000+120000', '130900', 'projects', 672, '2022-10-21', { period: '–2022', article: 'x' });
    const b = st('110000+120000', '130900', 'projects', 47, '2022-10-21', { period: '–2022', article: 'x' });
    expect(consolidateFlows([a, b]).map((f) => f.value)).toEqual([672, 47]);
  });

  it('does not supersede figures of a single year or of a different start', () => {
    const a = st('110000', '120000', 'projects', 10, '2022-01-01', { period: '2022' });
    const b = st('110000', '120000', 'projects', 12, '2023-01-01', { period: '2022' });
    const c = st('110000', '120000', 'projects', 500, '2022-01-01', { period: '2017–' });
    const d = st('110000', '120000', 'projects', 300, '2023-01-01', { period: '2021–' });
    expect(consolidateFlows([a, b, c, d])).toHaveLength(4);
  });

  it('keeps an undated statement: it supersedes nothing and nothing supersedes it', () => {
    const a = st('110000', '120000', 'projects', 10, null, { period: '2017–' });
    const b = st('110000', '120000', 'projects', 12, '2023-01-01', { period: '2017–' });
    const c = st('110000', '120000', 'projects', 11, '2022-01-01', { period: '2017–' });
    const out = consolidateFlows([a, b, c]);
    expect(out.map((f) => f.value).sort()).toEqual([10, 12]);
  });

  it('merges flows without a number by kind, and keeps input order', () => {
    const a = st('110000', '133100', null, null, '2022-01-01', { kind: 'science_park' });
    const b = st('110000', '133100', null, null, '2023-01-01', { kind: 'education' });
    const c = st('110000', '133100', null, null, '2023-02-01', { kind: 'science_park' });
    const out = consolidateFlows([a, b, c]);
    expect(out.map((f) => f.kind)).toEqual(['science_park', 'education']);
    expect(out[0].sources).toHaveLength(2);
  });

  it('prefers a reviewed statement over an extracted one of the same date', () => {
    const x = st('110000', '120000', 'projects', 10, '2022-01-01', { provenance: 'extracted', id: 'a-extracted' });
    const y = st('110000', '120000', 'projects', 10, '2022-01-01', { id: 'z-reviewed' });
    expect(consolidateFlows([x, y])[0].provenance).toBe('reviewed');
  });
});
