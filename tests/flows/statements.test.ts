import { describe, expect, it } from 'vitest';
import { extractedStatements, notInCurated, reviewedStatements, type ExtractedFlowLike } from '../../src/lib/flows/statements';
import type { Flow } from '../../src/lib/flows/types';

const x = (p: Partial<ExtractedFlowLike>): ExtractedFlowLike => ({
  origin: ['110000'],
  destination: ['120000'],
  kind: 'investment',
  measure: 'projects',
  value: 4959,
  approx: false,
  period_start: 2017,
  period_end: 2022,
  status: 'done',
  offset: 100,
  ...p
});
const curated: Flow = {
  id: '003-01',
  origin: ['110000'],
  destination: ['120000'],
  kind: 'investment',
  measure: 'projects',
  value: 4959,
  approx: false,
  period: '2017–',
  periodStart: 2017,
  periodEnd: 2022,
  status: 'done',
  article: 'a3',
  note: '',
  line: 2
};

describe('extractedStatements', () => {
  it.each([
    [2017, 2022, '2022-10-21', '2017–'], // a range ending in the article's year is "since"
    [2017, 2020, '2022-10-21', '2017–2020'],
    [2023, 2023, '2024-02-01', '2023'],
    [null, 2023, '2023-05-13', '–2023'],
    [null, null, '2023-05-13', '']
  ] as const)('period %s–%s in an article of %s → "%s"', (start, end, date, period) => {
    const [s] = extractedStatements([{ id: 'a', date, flows: [x({ period_start: start, period_end: end })] }]);
    expect(s.period).toBe(period);
  });
  it('ids, provenance and offsets', () => {
    const s = extractedStatements([{ id: 'a', date: null, flows: [x({}), x({ value: 1 })] }]);
    expect(s.map((f) => [f.id, f.provenance, f.offset])).toEqual([
      ['a#1', 'extracted', 100],
      ['a#2', 'extracted', 100]
    ]);
  });
  it('leaves out what it cannot read rather than drawing it half-read', () => {
    const bad = [x({ kind: 'teleport' }), x({ status: 'maybe' }), x({ value: Infinity }), x({ value: Number.NaN })];
    expect(extractedStatements([{ id: 'a', date: null, flows: bad }])).toEqual([]);
    expect(extractedStatements([{ id: 'a', date: null }])).toEqual([]);
  });
});

describe('notInCurated', () => {
  const reviewed = reviewedStatements([curated], () => '2022-10-21');
  it('drops extracted flows the curated file states (same places, measure, period, value within rounding)', () => {
    const ex = extractedStatements([
      { id: 'a3', date: '2022-10-21', flows: [x({}), x({ value: 4960 }), x({ value: 47 }), x({ measure: 'yuan', value: 1e9 })] }
    ]);
    expect(notInCurated(ex, reviewed).map((f) => f.value)).toEqual([47, 1e9]);
  });
});
