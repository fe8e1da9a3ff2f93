import { describe, expect, it } from 'vitest';
import { IngestError, buildGazetteer, parseAliases } from '../../src/lib/ingest/index';
import { ALIASES, fixtureRegions, matcher, mentionCounts } from './helpers';

describe('matcher: names, forms and longest match', () => {
  it.each([
    ['天津市和平区经济增长', { '120101': 1 }],
    ['Heping District and the Heping Zone', { '120101': 2 }],
    ['officials of heping district', { '120101': 1 }],
    ['河北省与河北区', { '130000': 1, '120105': 1 }],
    ['Hebei Province and Hebei District', { '130000': 1, '120105': 1 }],
    ['北京、天津', { '110000': 1, '120000': 1 }],
    ["Xiong’an New Area, Xiong'an New District and Xiongan", { '133100': 3 }],
    ['雄安新区', { '133100': 1 }],
    ['塘沽和大港区', { '120116': 2 }],
    ['大港 as the big port of Huanghua', { '130983': 1 }],
    ['蓟县 and Ji County', { '120119': 2 }],
    ['Baodi Station and Baodi South Station', {}],
    ['Hebeian Beijingers', {}],
    ['京冀企业', { '110000': 1, '130000': 1 }],
    ['京津冀协同发展 and Beijing-Tianjin-Hebei and Beijing–Tianjin–Hebei', {}],
    ['北三县', { '131082': 1, '131028': 1, '131024': 1 }],
    ['the three northern counties of Langfang', { '131082': 1, '131028': 1, '131024': 1 }],
    ['Sanhe, Dachang and Xianghe', { '131082': 1, '131028': 1, '131024': 1 }]
  ])('%s', (text, expected) => expect(mentionCounts(text)).toEqual(expected));

  it('reports offsets into the original text and the surface as written', () => {
    const text = 'Visit “Heping\nDistrict”\n和平区';
    const ms = matcher.match(text).mentions;
    expect(ms.map((m) => [m.code, text.slice(m.start, m.end), m.surface])).toEqual([
      ['120101', 'Heping\nDistrict', 'Heping\nDistrict'],
      ['120101', '和平区', '和平区']
    ]);
  });
});

describe('matcher: traps', () => {
  it.each([
    ['长春市朝阳区 is not Beijing', '拓展与长春市朝阳区经贸合作', {}],
    ['北京市朝阳区 is', '北京市朝阳区', { '110105': 1 }],
    ['河北省 is not 河北区', '河北省廊坊市', { '131000': 1 }],
    ['Nankai University is not Nankai District', 'scholars of Nankai University and Nankai District', { '120104': 1 }],
    ['南开大学 is not 南开区', '南开大学的专家', {}],
    [
      'Zhongguancun Science City in Baodi is Baodi, not Haidian',
      'a Zhongguancun Science City near Baodi District',
      { '120115': 2 }
    ],
    [
      'a Tianjin before the Sci-Tech City only qualifies it',
      'the Beijing-Tianjin Zhongguancun Science City',
      { '110000': 1, '120115': 1 }
    ],
    ['京津中关村科技城 is in Baodi', '京津中关村科技城开园', { '120115': 1 }],
    ['Zhongguancun alone names no unit', 'Zhongguancun Management Committee', {}],
    ['Bohai New Area is Cangzhou', 'Bohai New Area drew firms', { '130900': 1 }],
    ['Binhai New Area is Tianjin', 'Binhai New Area drew firms', { '120116': 1 }],
    ['Tianjin Binhai International Airport is an airport', 'flights at Binhai International Airport', {}],
    ['Wei County with Zhangjiakou named is 蔚县', 'Zhangjiakou partners such as Wei County', { '130700': 1, '130726': 1 }],
    ['Wei County with Handan named is 魏县', 'Handan and its Wei County', { '130400': 1, '130434': 1 }],
    ['Wei County alone defaults to 蔚县', 'schools in Wei County', { '130726': 1 }],
    ['the bare word peace is not Heping', 'building a new peace and peaceful practice', {}],
    ['Peace District is a translation of 和平区', 'Peace District officials', { '120101': 1 }],
    ['bare 和平 is not counted', '品质和平与津遇和平', {}]
  ])('%s', (_name, text, expected) => expect(mentionCounts(text)).toEqual(expected));

  it.each([
    ['Xianghe County, Langfang City, Hebei Province', { '131024': 1 }],
    ['Tongzhou District of Beijing', { '110112': 1 }],
    ['Heping District, Tianjin', { '120101': 1 }],
    ['河北省廊坊市香河县', { '131024': 1 }],
    ['Bohai New Area, Cangzhou Development Zone', { '130900': 2 }],
    ['Tianjin and Heping District', { '120000': 1, '120101': 1 }]
  ])('a qualifying parent is not counted again: %s', (text, expected) => expect(mentionCounts(text)).toEqual(expected));
});

describe('gazetteer and alias table', () => {
  it('generates safe short forms only', () => {
    const entries = new Map(buildGazetteer(fixtureRegions, ALIASES).entries.map((e) => [e.norm, e]));
    for (const f of ['北京', '天津', '河北', '张家口', 'heping', 'heping zone', 'dachang county', 'sanhe city'])
      expect(entries.has(f)).toBe(true);
    for (const f of ['南开', 'yu', 'wei', 'peace', 'xiongxian']) expect(entries.has(f)).toBe(false);
    // Common words and names shared with places elsewhere count only with a place cue.
    for (const f of ['和平', '朝阳', '滨海']) expect(entries.get(f)?.cue).toBe(true);
    // A newer common word (aliases.csv kind context) counts only with its place's own context.
    expect(entries.get('大厂')).toMatchObject({ kind: 'short', cue: true, context: true });
    expect(entries.get('和平')?.context).toBeUndefined();
  });

  it.each([
    ['alias,code,kind\n', /line 1: expected header/],
    ['code,alias,kind,note\n120101,,alias,\n', /line 2: empty alias/],
    ['code,alias,kind,note\n120101,X,nickname,\n', /line 2: unknown kind "nickname"/],
    ['code,alias,kind,note\n120101,X,block,\n', /line 2: kind block takes no code/],
    ['code,alias,kind,note\n120101,X,group,\n', /line 2: kind group needs two or more codes/],
    ['code,alias,kind,note\n999999,X,alias,\n', /line 2: unknown region code 999999/]
  ])('refuses a bad alias table: %j', (csv, reason) => {
    expect(() => parseAliases(csv, 'aliases.csv', (c) => c in fixtureRegions)).toThrow(IngestError);
    expect(() => parseAliases(csv, 'aliases.csv', (c) => c in fixtureRegions)).toThrow(reason);
  });
});
