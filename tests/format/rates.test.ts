import { describe, expect, it } from 'vitest';
import { unitLabel } from '../../src/lib/format/units';
import { formatNumber } from '../../src/lib/format/number';
import { metricCatalog } from '../../src/lib/metrics/catalog';

// Every rate per area the catalogue makes reads in the reader's language, in Chinese without a
// word of English or a code ("/km2", "per 1,000 km²").
describe('units of rates per 1,000 km²', () => {
  it.each([
    ['mentions per 1,000 km²', 'en', 'mentions per 1,000 km²'],
    ['mentions per 1,000 km²', 'zh', '每千平方公里提及次数'],
    ['projects per 1,000 km²', 'zh', '每千平方公里项目'],
    ['yuan per 1,000 km²', 'zh', '每千平方公里元']
  ] as const)('unitLabel(%s, %s) = %s', (unit, lang, want) => {
    expect(unitLabel(unit, lang)).toBe(want);
  });
  it.each([
    [2.5, 'mentions per 1,000 km²', 'en', '2.5 mentions per 1,000 km²'],
    [1, 'projects per 1,000 km²', 'en', '1 project per 1,000 km²'],
    [2.5, 'mentions per 1,000 km²', 'zh', '2.5次/千平方公里'],
    [12, 'projects per 1,000 km²', 'zh', '12个项目/千平方公里']
  ] as const)('formatNumber(%s, %s, %s) = %s', (value, unit, lang, want) => {
    expect(formatNumber(value, lang, unit)).toBe(want);
  });
  it('no rate unit of the catalogue reads English in Chinese', () => {
    const ascii = /[a-z]/i;
    for (const m of metricCatalog(['projects', 'yuan', 'enterprises']).filter((m) => m.per)) {
      expect(unitLabel(m.unit, 'zh'), m.id).not.toMatch(ascii);
      expect(formatNumber(3.5, 'zh', m.unit), m.id).not.toMatch(ascii);
    }
  });
});
