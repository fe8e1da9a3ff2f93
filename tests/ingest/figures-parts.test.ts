// Issue 12 (s14): counts written after their noun, parts of a total, and Chinese measure words that
// take their noun from earlier in the sentence. Inputs are our own sentences; places from the
// fixture gazetteer (tests/fixtures/ingest/regions.json).
import { describe, expect, it } from 'vitest';
import { detectLang, extractFigures } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

type Row = [number, string, string | null, string[]];
function rows(text: string): Row[] {
  const { mentions, view, hits } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map((x) => [x.value, x.unit, x.code, x.from ?? []]);
}

describe('Chinese measure words count the head noun written earlier in their sentence', () => {
  it.each([
    // (The source of the comma-separated noun phrase is not carried over: from is read in the count's clause.)
    ['共计N个 after the noun', '香河县今年引进京津项目，共计27个，总投资86亿元。', [27, 'projects', '131024', []]],
    ['…的有N个', '香河县签约项目中已开工建设的有19个。', [19, 'projects', '131024', []]],
    ['累计达到N个', '三河市承接北京转移项目累计达到41个。', [41, 'projects', '131082', ['110000']]],
    ['分别为N所 with 学校 before', '三河市结对学校分别为9所。', [9, 'schools', '131082', []]],
    ['份 counts agreements', '香河县今年签署合作协议4份。', [4, 'agreements', '131024', []]]
  ] as [string, string, Row][])('%s', (_n, text, want) => expect(rows(text).find((r) => r[0] === want[0])).toEqual(want));

  it('a part in the next sentence takes the noun of the total (分别落地7个和5个)', () =>
    expect(rows('保定市本周签约北京项目18个。雄县、安新县分别落地7个和5个。')).toEqual([
      [18, 'projects', '130600', ['110000']],
      [7, 'projects', '130638', []],
      [5, 'projects', '130632', []]
    ]));

  it.each([
    ['an unlisted noun of its own before the number', '选派教师、医生等专业技术人员45名。', 'people'],
    ['a noun after the measure word, listed or not', '全区34个老旧小区改造完成，329个标杆示范楼门脱颖而出。', 'items']
  ])('keeps its own head: %s', (_n, text, unit) => expect(rows(text).at(-1)?.[1]).toBe(unit));
});

describe('parts of a total divide its things by region', () => {
  it('a part named by a unit inside the total region is that unit; one outside is the origin', () =>
    expect(rows('廊坊市新引进北京企业97家。其中，香河县31家、三河市18家。')).toEqual([
      [97, 'enterprises', '131000', ['110000']],
      [31, 'enterprises', '131024', []],
      [18, 'enterprises', '131082', []]
    ]));
  it('其中北京132家、天津83家: origins of parts of the receiver total', () =>
    expect(rows('全年唐山市新落地京津企业215家。其中北京132家、天津83家。')).toEqual([
      [215, 'enterprises', '130200', ['110000', '120000']],
      [132, 'enterprises', '130200', ['110000']],
      [83, 'enterprises', '130200', ['120000']]
    ]));
  it('其中 parts by measure word alone, with units of the total region', () =>
    expect(rows('沧州市签约天津项目11个，其中黄骅市6个、河间市3个。')).toEqual([
      [11, 'projects', '130900', ['120000']],
      [6, 'projects', '130983', []],
      [3, 'projects', '130984', []]
    ]));
  it('a measure word with no noun and no part cue stays generic', () =>
    expect(rows('衡水市签约合作项目11个。雄安新区另签约6个。').map((r) => r[1])).toEqual(['projects', 'items']));
  it('English: "58 firms came in: 41 from Beijing and 17 from Tianjin"', () =>
    expect(rows('Since January, 58 firms came in to Cangzhou: 41 from Beijing and 17 from Tianjin.')).toEqual([
      [58, 'enterprises', '130900', []],
      [41, 'enterprises', '130900', ['110000']],
      [17, 'enterprises', '130900', ['120000']]
    ]));
  it('English: "of which Hejian 19 and Huanghua 15"', () =>
    expect(
      rows('The schools of Cangzhou in pairing with Haidian District reached 34, of which Hejian 19 and Huanghua 15.')
    ).toEqual([
      [34, 'schools', '130900', []],
      [19, 'schools', '130984', []],
      [15, 'schools', '130983', []]
    ]));
  it('English: "Twelve of them are from Daxing District" stays with the total', () =>
    expect(
      rows('Huanghua has signed pharmaceutical projects with Beijing 23 in total. Twelve of them are from Daxing District.')
    ).toEqual([
      [23, 'projects', '130983', ['110000']],
      [12, 'projects', '130983', ['110115']]
    ]));
});

describe('machine-translated English: the count after its noun or its place', () => {
  it.each([
    [
      'before a verb',
      'Last year the enterprises of Shunyi District 14 have moved to Sanhe.',
      [14, 'enterprises', '131082', ['110113']]
    ],
    [
      'a bare participle and "are"',
      'Xicheng District helps Huailai County with its clinics, the doctors sent by Xicheng are 25.',
      [25, 'doctors', '130730', ['110102']]
    ],
    [
      'before "of" + its place',
      'Since 2022 the auto parts enterprises 8 of Shunyi District were introduced by Sanhe City.',
      [8, 'enterprises', '131082', ['110113']]
    ],
    [
      'before "to" + verb',
      'Dachang Hui Autonomous County has Beijing hospitals 3 to set up branches.',
      [3, 'hospitals', '131028', ['110000']]
    ],
    [
      'with a partner between',
      'Huanghua has signed pharmaceutical projects with Beijing 23 in total.',
      [23, 'projects', '130983', ['110000']]
    ],
    [
      'a clause-opening noun and a counting verb',
      'The furniture enterprises of Tongzhou District moved to Xianghe County have reached 9.',
      [9, 'enterprises', '131024', ['110112']]
    ],
    [
      'a participle and no verb',
      'The kindergartens newly built by Langfang in the mountain area 12, the seats 3,600.',
      [12, 'kindergartens', '131000', []]
    ],
    [
      '"N persons" counts the role named',
      'Xianghe County introduced the famous teachers of Beijing 26 persons.',
      [26, 'teachers', '131024', ['110000']]
    ],
    [
      '"its count of … fell to N"',
      'Baodi lost ground: its count of incoming firms fell to 74, from 90 in 2022.',
      [74, 'enterprises', '120115', []]
    ],
    [
      '"from N" compares with the figure before',
      'Baodi lost ground: its count of incoming firms fell to 74, from 90 in 2022.',
      [90, 'enterprises', '120115', []]
    ],
    [
      'respectively after a list with verbs',
      'Hejian took in 12 firms, Huanghua undertook 5, Sanhe City 4 respectively.',
      [4, 'enterprises', '131082', []]
    ]
  ] as [string, string, Row][])('%s', (_n, text, want) => expect(rows(text).find((r) => r[0] === want[0])).toEqual(want));

  it('"undertook 5, Sanhe City 4": a count before a comma is no object of the verb (Sanhe is no source)', () =>
    expect(rows('Hejian took in 12 firms, Huanghua undertook 5, Sanhe City 4 respectively.')).toEqual([
      [12, 'enterprises', '130984', []],
      [5, 'enterprises', '130983', []],
      [4, 'enterprises', '131082', []]
    ]));

  it('"the three counties and Tongzhou jointly built …": a place joined to the group cue is one of the group', () =>
    expect(
      rows('The three counties and Tongzhou jointly built the connecting highways 6, the total length 58 kilometers.')
    ).toEqual([
      [6, 'highways', null, []],
      [58, 'km', null, []]
    ]));

  it.each([
    ['a year after a count', 'Hejian took in 12 firms, and more came in 2023.'],
    ['a bare number in another paragraph', 'Hejian took in 12 firms.\n\nSanhe 2024 plan, item 7.']
  ])('no borrowed unit: %s', (_n, text) => expect(rows(text).map((r) => r[0])).toEqual([12]));
});
