import { describe, expect, it } from 'vitest';
import { flowEvidence } from '../../src/lib/evidence/flowEvidence';

// Our own fixture text, not from any article.
const text = 'Intro line. Alpha town has received 12 projects from Beta city since 2020. Other news.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('flowEvidence', () => {
  it('returns the sentence with the number and the places marked', () => {
    const segs = flowEvidence(
      text,
      text.indexOf('12'),
      [at('12')],
      [
        { ...at('Alpha town'), code: 'A' },
        { ...at('Beta city'), code: 'B' },
        { ...at('Intro'), code: 'A' }
      ],
      new Set(['A', 'B'])
    )!;
    expect(segs.map((s) => s.text).join('')).toBe('Alpha town has received 12 projects from Beta city since 2020.');
    expect(segs.filter((s) => s.mark).map((s) => [s.mark, s.text])).toEqual([
      ['place', 'Alpha town'],
      ['number', '12'],
      ['place', 'Beta city']
    ]);
  });
  it('marks only the flow\u2019s places', () => {
    const segs = flowEvidence(text, text.indexOf('12'), [at('12')], [{ ...at('Beta city'), code: 'B' }], new Set(['A']))!;
    expect(segs.filter((s) => s.mark === 'place')).toEqual([]);
  });
  it('cuts a long sentence with an ellipsis and refuses an offset outside the text', () => {
    const long = 'x'.repeat(1000) + ' 5 y ' + 'z'.repeat(1000);
    const segs = flowEvidence(long, 1001, [{ start: 1001, end: 1002 }], [], new Set(), 50)!;
    expect(segs[0].text).toBe('…');
    expect(segs[segs.length - 1].text).toBe('…');
    expect(flowEvidence(text, 10_000, [], [], new Set())).toBeNull();
    expect(flowEvidence(text, Number.NaN, [], [], new Set())).toBeNull();
  });
});
