import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { formatFigure, formatNumber, formatValue } from '../../src/lib/format/number';
import { countOf, unitLabel } from '../../src/lib/format/units';
import { flagLabel, formatPeriod, statusLabel } from '../../src/lib/format/labels';
import { shortName } from '../../src/lib/format/text';
import { kindLabel } from '../../src/lib/flows/kinds';

describe('formatNumber', () => {
  it.each([
    [278700000000, 'en', 'yuan', '278.7 billion yuan'],
    [278700000000, 'zh', 'yuan', '2,787亿元'],
    [731900000000, 'en', 'yuan', '731.9 billion yuan'],
    [1200000000, 'zh', 'yuan', '12亿元'],
    [-1109000000000, 'en', 'yuan', '−1.109 trillion yuan'],
    [-1109000000000, 'zh', 'yuan', '−1.109万亿元'],
    [16382.5, 'en', 'km2', '16,382.5 km²'],
    [16382.5, 'zh', 'km2', '16,382.5平方公里'],
    [4959, 'en', 'projects', '4,959 projects'],
    [4959, 'zh', 'projects', '4,959个项目'],
    [1, 'en', 'projects', '1 project'],
    [1, 'en', 'mentions', '1 mention'],
    [2, 'en', 'mentions', '2 mentions'],
    [947, 'zh', 'km', '947公里'],
    [9510000, 'zh', 'kw', '951万千瓦'],
    [680000, 'zh', 'vehicles', '68万辆'],
    [680000, 'en', 'vehicles', '680,000 vehicles'],
    [160, 'zh', 'enterprises', '160家企业'],
    [6.5, 'en', 'percent', '6.5%'],
    [2.33, 'en', undefined, '2.33'],
    [-6, 'en', undefined, '−6']
  ] as const)('%d %s %s → %s', (v, lang, unit, want) => {
    expect(formatNumber(v, lang, unit)).toBe(want);
  });
  it.each([NaN, Infinity, -Infinity, null, undefined])('%s → —', (v) => {
    expect(formatValue(v, 'en')).toBe('—');
    expect(formatNumber(v, 'zh', 'projects')).toBe('—');
  });
  it('says "at least" and "≈"', () => {
    expect(formatFigure(672, 'en', 'projects', { atLeast: true })).toBe('at least 672 projects');
    expect(formatFigure(672, 'zh', 'projects', { atLeast: true })).toBe('至少672个项目');
    expect(formatFigure(500, 'en', 'projects', { approx: true })).toBe('≈ 500 projects');
  });
  it('sets apart a noun kept as an English article wrote it, in the Chinese UI', () => {
    expect(formatFigure(347, 'zh', 'units')).toBe('347 units');
    expect(formatFigure(47, 'zh', 'projects')).toBe('47个项目');
  });
  it('tells apart figures that differ in the fourth digit', () => {
    expect(formatValue(278700000000, 'en')).not.toBe(formatValue(279000000000, 'en'));
  });
});

describe('labels', () => {
  it.each([
    ['2024', 'en', '2024'],
    ['2024–2024', 'en', '2024'],
    ['2017–', 'en', 'since 2017'],
    ['2017–', 'zh', '2017年以来'],
    ['–2022', 'en', 'to 2022'],
    ['–2022', 'zh', '截至2022年'],
    ['2021–2025', 'zh', '2021–2025'],
    ['', 'en', '']
  ] as const)('period %s (%s) → %s', (p, lang, want) => expect(formatPeriod(p, lang)).toBe(want));
  it('reads years as periods', () => {
    expect(formatPeriod({ start: 2024, end: 2024 }, 'en')).toBe('2024');
    expect(formatPeriod({ start: null, end: null }, 'en')).toBe('');
  });
  it('never shows codes', () => {
    expect(flagLabel('implausible_growth', 'en')).not.toMatch(/_/);
    expect(flagLabel('something_new', 'zh')).toBe('数值存疑');
    expect(statusLabel('planned', 'zh')).toBe('计划');
    expect(kindLabel('science_park', 'en')).toBe('Science parks');
    expect(kindLabel('a_new_kind', 'en')).toBe('a new kind');
    expect(unitLabel('service_items', 'en')).toBe('service items');
    expect(unitLabel('projects', 'zh')).toBe('项目');
  });
  it('counts with plurals', () => {
    expect(countOf(1, 'articles', 'en')).toBe('1 article');
    expect(countOf(3, 'articles', 'en')).toBe('3 articles');
    expect(countOf(3, 'articles', 'zh')).toBe('3篇');
  });
});

describe('shortName', () => {
  it('drops bidi controls and shortens with an ellipsis', () => {
    expect(shortName('abc\u202Etxt.exe')).toBe('abctxt.exe');
    const long = 'x'.repeat(3000) + '.txt';
    const s = shortName(long, 40);
    expect([...s]).toHaveLength(40);
    expect(s).toContain('…');
    expect(s.endsWith('.txt')).toBe(true);
  });
});

describe('units in Chinese', () => {
  // Every unit the Chinese articles of the development corpus expect the ingest to read (the
  // translations of its Chinese head nouns) has a Chinese name, so a page in Chinese never shows an
  // English noun for them. English articles keep nouns as written, which have no such name.
  const goldDir = new URL('../fixtures/ingest-dev/gold/', import.meta.url);
  const units = new Set<string>();
  for (const f of readdirSync(goldDir).filter((f) => f.startsWith('zh-')))
    for (const fig of (JSON.parse(readFileSync(new URL(f, goldDir), 'utf8')) as { figures?: { unit: string }[] }).figures ?? [])
      units.add(fig.unit);

  it.each([...units].sort())('%s', (unit) => {
    expect(countOf(3, unit, 'zh')).not.toMatch(/[a-z]/i);
    expect(unitLabel(unit, 'zh')).not.toMatch(/[a-z]/i);
  });
});
