import { describe, expect, it } from 'vitest';
import { kwic, sentenceAround } from '../../src/lib/evidence/kwic';
import { csvField, toCsv } from '../../src/lib/export/csv';

// Fixture text written for this test, not taken from any article.
const TEXT = 'Intro line. The Baodi park grew fast in spring. Next sentence is about Wuqing.\n下一句提到和平区的商业。结尾。';

describe('kwic', () => {
  it('cuts at sentence ends around the match', () => {
    const start = TEXT.indexOf('Baodi');
    expect(kwic(TEXT, { start, end: start + 5, code: '120115' })).toEqual({
      before: 'The ',
      match: 'Baodi',
      after: ' park grew fast in spring.',
      start,
      code: '120115'
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

import { citation, joinMetric, levelCsv } from '../../src/lib/export/join';
import type { RegionIndex } from '../../src/lib/regions/types';

describe('exports', () => {
  const regions = {
    '120101': {
      code: '120101',
      level: 'district',
      parent: '120000',
      name_zh: '和平区',
      name_en: 'Heping District',
      name_pinyin: 'Hépíng Qū',
      levels: ['district'],
      label: [0, 0],
      bbox: [0, 0, 0, 0],
      area_km2: 10
    },
    '120102': {
      code: '120102',
      level: 'district',
      parent: '120000',
      name_zh: '河东区',
      name_en: 'Hedong District',
      name_pinyin: 'Hédōng Qū',
      levels: ['district'],
      label: [0, 0],
      bbox: [0, 0, 0, 0],
      area_km2: 42
    }
  } as RegionIndex;
  const metric = { id: 'mentions', unit: 'mentions', values: new Map([['120101', 7]]) };
  it('writes one CSV row per region, no-data left empty', () => {
    const lines = levelCsv(['120101', '120102'], regions, metric).trim().split('\r\n');
    expect(lines).toEqual([
      'code,name_zh,name_en,name_pinyin,parent,area_km2,mentions (mentions),value_is',
      '120101,和平区,Heping District,Hépíng Qū,120000,10,7,exact',
      '120102,河东区,Hedong District,Hédōng Qū,120000,42,,'
    ]);
  });
  it('says which values are lower bounds', () => {
    const bounded = {
      id: 'inflow:projects',
      unit: 'projects',
      values: new Map([
        ['120101', 672],
        ['120102', Number.NaN]
      ]),
      atLeast: new Set(['120101'])
    };
    const lines = levelCsv(['120101', '120102'], regions, bounded).trim().split('\r\n');
    expect(lines[1].endsWith(',672,at_least')).toBe(true);
    expect(lines[2]).not.toMatch(/NaN/);
  });
  it('joins the metric onto features by code', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: ['120101', '120102'].map((code) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [0, 0] },
        properties: { code }
      }))
    };
    expect(joinMetric(fc, metric).features.map((f) => f.properties.value)).toEqual([7, null]);
  });
  it('cites the view in one line', () => {
    const line = citation({
      url: 'http://localhost/?metric=mentions',
      level: 'district',
      metric: 'Mentions in articles',
      classification: 'natural breaks',
      window: 'all years',
      articles: { source: 'bundled', count: 5 },
      flows: 41,
      version: '0.1.0',
      accessed: '2026-11-22'
    });
    expect(line).not.toContain('\n');
    expect(line).toContain('5 bundled articles, 41 flows');
    expect(line).toContain('(accessed 2026-11-22)');
  });
});
