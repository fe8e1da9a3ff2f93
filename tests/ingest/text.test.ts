import { describe, expect, it } from 'vitest';
import { detectLang, extractDate } from '../../src/lib/ingest/index';
import { langOf } from '../../src/lib/ingest/lang';
import { matchView } from '../../src/lib/ingest/view';

describe('detectLang', () => {
  it.each([
    ['Heping District said growth was steady.', 'en'],
    ['和平区今年经济平稳增长。', 'zh'],
    ['和平区与 Zhongguancun 合作项目顺利推进，增长6.5%。', 'zh'],
    ['Officials from Heping (和平区) met partners in Beijing and Hebei last week.', 'en']
  ])('%s → %s', (text, lang) => expect(detectLang(text)).toBe(lang));

  // The ingest decides the language from the counts the matching view makes in its own pass.
  it.each([
    ['Heping District said growth was steady.', 39, 0, 33],
    ['和平区今年经济平稳增长。', 12, 11, 0],
    ['“Ｆｕｌｌ-width” ＡＢＣ and 和平 — ok', 28, 2, 10],
    ['Xiong’an 雄安新区 2024', 18, 4, 7],
    ['', 0, 0, 0]
  ])('matchView counts of %j', (text, length, han, latin) => {
    const v = matchView(text);
    expect([v.norm.length, v.ascii.length, v.han, v.latin]).toEqual([length, length, han, latin]);
    expect(langOf(v.han, v.latin)).toBe(detectLang(text));
  });
});

describe('extractDate', () => {
  it.each([
    ['Updated on 2024-02-01\nbody', '2024-02-01'],
    [' date 2023-05-13 Officials said', '2023-05-13'],
    ['发布时间：2023年6月1日\n正文', '2023-06-01'],
    ['2025/9/13 news', '2025-09-13'],
    ['Posted May 13, 2023 by staff', '2023-05-13'],
    ['Posted 3 Sep 2021', '2021-09-03'],
    ['In 2019 the district grew.', null],
    ['Date 2023-02-30 is not a day', null],
    ['x'.repeat(700) + ' 2020-01-01', null]
  ])('%j → %s', (text, date) => expect(extractDate(text)).toBe(date));
});
