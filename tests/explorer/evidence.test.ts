import { describe, expect, it } from 'vitest';
import { kwic, sentenceAround } from '../../src/lib/evidence/kwic';
import { csvField, toCsv } from '../../src/lib/export/csv';

// Fixture text written for this test, not taken from any article.
const TEXT = 'Intro line. The Baodi park grew fast in spring. Next sentence is about Wuqing.\n下一句提到和平区的商业。结尾。';

describe('kwic', () => {
  it('cuts at sentence ends around the match', () => {
    const start = TEXT.indexOf('Baodi');
    expect(kwic(TEXT, { start, end: start + 5, code: '120115' })).toEqual({
      before: 'The ', match: 'Baodi', after: ' park grew fast in spring.', start, code: '120115'
    });
  });
  it('works in Chinese', () => {
    const start = TEXT.indexOf('和平区');
    const s = kwic(TEXT, { start, end: start + 3, code: '120101' });
    expect(s.before).toBe('下一句提到');
    expect(s.after).toBe('的商业。');
  });
  it('marks a cut inside a sentence with an ellipsis', () => {
    const long = 'x'.repeat(100) + ' Baodi ' + 'y'.repeat(100);
    const s = kwic(long, { start: 101, end: 106, code: 'c' }, 10);
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect(s.before.length).toBeLessThanOrEqual(11);
  });
  it('gives the whole sentence around a range', () => {
    const start = TEXT.indexOf('Wuqing');
    expect(sentenceAround(TEXT, start, start + 6)).toBe('Next sentence is about Wuqing.');
  });
});

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    [-5, '-5'],
    [null, '']
  ] as const)('%s → %s', (v, want) => expect(csvField(v)).toBe(want));
  it('writes rows with CRLF', () => expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n'));
});
