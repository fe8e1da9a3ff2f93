// Issue 12 (s15): the region of a figure whose own clause names no place — asides, senders, earlier
// sentences, headings, datelines — and counts after a list member. Our own sentences; places from
// the real region table (geo/out/regions.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, createMatcher, detectLang, extractFigures } from '../../src/lib/ingest/index';
import { ALIASES, REAL_REGIONS } from './helpers';

const matcher = createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES));
type Row = [number, string, string | null];
function rows(text: string): Row[] {
  const { mentions, view, hits } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map((x) => [x.value, x.unit, x.code]);
}

describe('an aside after a place is no subject and no list member', () => {
  it.each([
    ['appositive "a county of Y"', 'Zunhua City, a county-level city of Tangshan, opened 4 clinics.', [4, 'clinics', '130281']],
    ['possessive appositive', "Cang County, Botou's neighbour to the east, built 6 schools.", [6, 'schools', '130921']],
    [
      'a relative aside before the figure clause',
      'Luannan County, next to the city, signed 8 projects.',
      [8, 'projects', '130224']
    ],
    ['Chinese appositive …的一个县', '青县，沧州市北部的一个县，今年签约项目15个。', [15, 'projects', '130922']],
    ['Chinese appositive …下辖的县级市', '迁安市，唐山市下辖的县级市，新建学校3所。', [3, 'schools', '130283']]
  ] as [string, string, Row][])('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('an appositive with a verb is a clause of its own', () =>
    expect(rows('In Tangshan, the city signed 30 projects.')).toContainEqual([30, 'projects', '130200']));
});

describe('earlier sentences: the subject, not a place after "closest to", a dateline or a locative prefecture', () => {
  it.each([
    [
      '"closest to X" is no destination',
      "Zhuozhou is the city closest to Beijing's southern suburbs. This year it signed 21 projects.",
      [21, 'projects', '130681']
    ],
    [
      'a dateline is no subject',
      'BAODING, May 3 -- Dingxing County hosts a food park. It employs 2,600 workers.',
      [2600, 'workers', '130626']
    ],
    [
      'a locative prefecture yields to its own unit',
      'In Cangzhou, Huanghua City opened a port park. It now hosts 75 enterprises.',
      [75, 'enterprises', '130983']
    ],
    [
      'a level word opening the sentence before leads',
      'Luquan District. The district introduced 3 schools from Beijing, the teachers of Dongcheng District there are 15 persons. The students enrolled are 900.',
      [900, 'students', '130110']
    ],
    [
      'the English rule 6 stops at ", and"',
      'Qing County opened a hospital. The hospital has 200 beds, and Xicheng sent its doctors.',
      [200, 'beds', '130922']
    ]
  ] as [string, string, Row][])('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('what a sender sends goes to the receiver named before it', () => {
  it.each([
    [
      '"sent N doctors to work there"',
      'Laiyuan County opened a clinic. Haidian sent 9 doctors to work there.',
      [9, 'doctors', '130630']
    ],
    ['派驻 after a receiving clause', '涞源县从北京引进学校2所，北京市海淀区派驻教师18名。', [18, 'teachers', '130630']],
    [
      'a level word after 帮扶 in an earlier clause',
      '平山县工作报告\n北京市顺义区对口帮扶我县，选派医生11名。',
      [11, 'doctors', '130131']
    ],
    [
      '投入帮扶资金 after a pairing clause',
      '阜平县与北京市东城区结对，东城区累计投入帮扶资金9000万元。',
      [90000000, 'yuan', '130624']
    ],
    [
      '"helped our county", then dispatched',
      'Work report of Pingshan County\nChangping District helped our county to build 3 schools, and dispatched 25 teachers.',
      [25, 'teachers', '130131']
    ],
    ['no receiver named: the sender', '北京市西城区今年派出医生40名。', [40, 'doctors', '110102']]
  ] as [string, string, Row][])('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('我县 in a report names the topic unit', () =>
    expect(rows('阜平县政府工作报告\n北京市东城区对口帮扶我县，选派教师20名。')).toContainEqual([20, 'teachers', '130624']));
});

describe('headings and lists', () => {
  it('a heading paragraph that is only a place governs the paragraph under it', () =>
    expect(rows('标题\n2024年1月1日\n\n二、安平县\n\n丝网企业现有商户3200户，交易额达到90亿元。')).toEqual([
      [3200, 'merchants', '131125'],
      [9000000000, 'yuan', '131125']
    ]));
  it('an English heading', () =>
    expect(rows('Title\n\nAnping County\n\nThe wire-mesh market hosts 1,800 merchants.')).toEqual([
      [1800, 'merchants', '131125']
    ]));
  it('a count after a list member counts the noun of the list (大厂回族自治县49个)', () =>
    expect(rows('霸州市签约项目33个，文安县21个，大城县12个。')).toEqual([
      [33, 'projects', '131081'],
      [21, 'projects', '131026'],
      [12, 'projects', '131025']
    ]));
  it('"X signed N; Y, M" in Chinese with a comma after the place', () =>
    expect(rows('藁城区签约天津项目19个；栾城区，11个。')).toContainEqual([11, 'projects', '130111']));
  it('a part cue of an earlier ；-clause reaches no further', () =>
    expect(rows('其中亿元以上项目20个；新增城镇就业5000人。').at(-1)?.[1]).toBe('people'));
  it.each([
    ['科研院所', '引进科研院所6家。', 'institutions'],
    ['机架', '建成数据中心机架4000个。', 'racks'],
    ['人才 before the measure word', '46名专业技术人才到企业服务。', 'talents'],
    ['医生 before the number', '派出医生12名。', 'doctors']
  ])('units: %s', (_n, text, unit) => expect(rows(text)[0]?.[1]).toBe(unit));
});
