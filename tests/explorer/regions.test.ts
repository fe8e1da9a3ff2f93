import { describe, expect, it } from 'vitest';
import { codesAtLevel, unitAtLevel } from '../../src/lib/regions/ancestry';
import { foldName, regionSearch } from '../../src/lib/regions/search';
import { articleTotals, inWindow } from '../../src/lib/metrics/articles';
import type { ArticleLike } from '../../src/lib/metrics/articles';
import type { RegionEntry, RegionIndex } from '../../src/lib/regions/types';

function r(
  code: string,
  level: RegionEntry['level'],
  parent: string | null,
  levels: RegionEntry['levels'],
  zh: string,
  en: string,
  py: string
): RegionEntry {
  return {
    code,
    level,
    parent,
    levels,
    name_zh: zh,
    name_en: en,
    name_pinyin: py,
    label: [0, 0],
    bbox: [0, 0, 0, 0],
    area_km2: 1
  };
}
export const toyRegions: RegionIndex = Object.fromEntries(
  [
    r('120000', 'province', null, ['province'], '天津市', 'Tianjin', 'Tiānjīn Shì'),
    r('120101', 'district', '120000', ['district', 'county'], '和平区', 'Heping District', 'Hépíng Qū'),
    r('130000', 'province', null, ['province'], '河北省', 'Hebei', 'Héběi Shěng'),
    r('130700', 'district', '130000', ['district'], '张家口市', 'Zhangjiakou', 'Zhāngjiākǒu Shì'),
    r('130726', 'county', '130700', ['county'], '蔚县', 'Yu County', 'Yù Xiàn'),
    r('133100', 'district', '130000', ['district'], '雄安新区', "Xiong'an New Area", 'Xióng’ān Xīnqū'),
    r('130638', 'county', '133100', ['county'], '雄县', 'Xiong County', 'Xióng Xiàn')
  ].map((e) => [e.code, e])
);

describe('unitAtLevel', () => {
  it.each([
    ['130726', 'district', '130700'],
    ['130726', 'province', '130000'],
    ['130726', 'county', '130726'],
    ['120101', 'county', '120101'],
    ['120101', 'district', '120101'],
    ['130638', 'district', '133100'],
    ['130700', 'county', null],
    ['130000', 'district', null],
    ['999999', 'district', null]
  ] as const)('%s at %s → %s', (code, level, expected) => {
    expect(unitAtLevel(code, level, toyRegions)).toBe(expected);
  });
  it('lists the codes of a level', () => {
    expect(codesAtLevel('county', toyRegions)).toEqual(['120101', '130638', '130726']);
  });
});

describe('region search', () => {
  const find = regionSearch(toyRegions);
  it.each([
    ['和平', '120101'],
    ['heping', '120101'],
    ['Hépíng', '120101'],
    ['xiongan', '133100'],
    ["Xiong'an", '133100'],
    ['Xiong’an', '133100'],
    ['yu xian', '130726'],
    ['蔚县', '130726'],
    ['zhangjiakou', '130700'],
    ['130726', '130726']
  ])('%s → %s', (q, code) => expect(find(q)[0]?.code).toBe(code));
  it('finds nothing for nonsense or empty queries', () => {
    expect(find('zzzz')).toEqual([]);
    expect(find('   ')).toEqual([]);
  });
  it('folds tones and apostrophes', () => expect(foldName("Xióng'ān Xīnqū")).toBe('xionganxinqu'));
});

describe('article totals', () => {
  const articles: ArticleLike[] = [
    { id: 'a', date: '2019-03-01', mentions: { '130726': 2, '130700': 1, '130000': 4 } },
    { id: 'b', date: '2024-05-01', mentions: { '120101': 3, '130638': 1 } },
    { id: 'c', date: null, mentions: { '130726': 1 } }
  ];
  it('rolls counties up to the level shown and counts each article once per unit', () => {
    const d = articleTotals(articles, toyRegions, 'district');
    expect(d.get('130700')).toEqual({ mentions: 4, articles: 2 });
    expect(d.get('120101')).toEqual({ mentions: 3, articles: 1 });
    expect(d.get('133100')).toEqual({ mentions: 1, articles: 1 });
    expect(d.has('130000')).toBe(false);
    const p = articleTotals(articles, toyRegions, 'province');
    expect(p.get('130000')).toEqual({ mentions: 9, articles: 3 });
  });
  it.each([
    ['2019-03-01', null, null, true],
    ['2019-03-01', 2020, null, false],
    ['2019-03-01', 2019, 2019, true],
    [null, 2019, null, false],
    [null, null, null, true]
  ] as const)('inWindow(%s, %s, %s) = %s', (d, f, t, want) => expect(inWindow(d, f, t)).toBe(want));
});
