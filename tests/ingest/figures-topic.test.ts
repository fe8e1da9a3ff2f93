// Issue 12 (s16): figures whose region is the unit the article is about — the title's unit, "our
// county"/我县/全市, what a sender sends, level words in respectively-lists — and elided heads.
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { figureRows as rows, type FigureRow as Row } from './helpers';

const cases = (list: [string, string, Row][]) => list;

describe('the title names the unit a figure with no place of its own belongs to', () => {
  it.each(
    cases([
      [
        'English work report: a figure whose paragraph names nothing',
        'Xinglong County Government Work Report\n\nThe rural roads were rebuilt 120 km last year.',
        [120, 'km', '130822']
      ],
      [
        'English feature: a share in a later paragraph',
        "Botou's foundries go green\n\nMost of the old furnaces are gone. Output per worker rose 11 percent.",
        [11, 'percent', '130981']
      ],
      [
        'Chinese report: a figure under a heading with no place',
        '阳原县政府工作报告\n\n二、民生\n\n新建幼儿园4所。',
        [4, 'kindergartens', '130727']
      ],
      [
        'what a sender sends, with no receiver named, goes to the title unit',
        '结对帮扶 滦平县迎来新医生\n\n在医疗方面，昌平区先后派出医生16名。',
        [16, 'doctors', '130824']
      ],
      [
        'local teachers after a sender are the receiver’s',
        '十年结对 蔚县教育变了样\n\n丰台区派出教师30名，累计培训本地教师900名。',
        [900, 'teachers', '130726']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it.each(
    cases([
      [
        // (A lead paragraph naming Hejian would name the unit: round 2's lead rule.)
        'no title unit, no dateline, no place in the lead: still null',
        'Notes\n\nOfficials met.\n\nHejian grew fast.\n\nOfficials counted 30 new stores.',
        [30, 'stores', null]
      ],
      [
        'a title naming two unrelated units names no single topic',
        'Qianxi and Gu’an sign up\n\nOfficials counted 30 new stores.',
        [30, 'stores', null]
      ],
      ['a province in the title is no topic', '河北：民营经济加快发展\n\n新增市场主体12万户。', [120000, 'households', null]],
      [
        'a sentence about an institution named after a place is not the title unit’s',
        '曹妃甸区加快港城融合\n\n唐山港集团上半年吞吐量增长7.2%。',
        [7.2, 'percent', null]
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('"our county", 我县, 全市 and "the city" stand for the article’s unit', () => {
  it.each(
    cases([
      [
        '"the X of the county" is the county itself, not a share of it',
        'Yangyuan County Government Work Report\n\nThe fiscal revenue of the county reached 1.3 billion yuan.',
        [1.3e9, 'yuan', '130727']
      ],
      [
        '"a district of the city" describes, it is no antecedent',
        'Notes\n\nFengrun, now a district of the city, hosts a park where nine firms from Tianjin have settled.',
        [9, 'enterprises', '130208']
      ],
      [
        'the last member of a list of sources is no antecedent of "the city"',
        'Xingtai City took in projects from Beijing and Tianjin 40, the GDP of the city grew 6.1 percent.',
        [6.1, 'percent', '130500']
      ],
      [
        '全市 in a prefecture’s article is the prefecture, not its county-level city named before',
        '承德市产业转移提速\n\n平泉市签约项目9个，全市共签约京津项目64个。',
        [64, 'projects', '130800']
      ],
      [
        '我县 in a county’s report, whatever else the sentence names',
        '滦平县政府工作报告\n\n与兴隆县相比，我县新增就业岗位2100个。',
        [2100, 'jobs', '130824']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('senders and receivers: things sent or moved to a level word after them', () => {
  it.each(
    cases([
      [
        'English: relocated to a market of "our county"',
        'Gu’an County report\n\nLast year 260 Beijing merchants were moved to the new logistics park of our county.',
        [260, 'merchants', '131022']
      ],
      ['Chinese: 选派…到我县', '怀来县政府工作报告\n\n北京市延庆区选派医生9名、教师14名到我县挂职。', [14, 'teachers', '130730']],
      ['Chinese: 迁入我县', '大城县政府工作报告\n\n北京一家市场的120名商户迁入我县商贸城。', [120, 'merchants', '131025']],
      [
        'MT order with the verb after the count: the things were received, by the title unit',
        'Cangzhou report\n\nThe enterprises of Beijing and Tianjin 52 were introduced.',
        [52, 'enterprises', '130900']
      ],
      [
        'the second member of "the firms of A and B" is an origin too',
        'Renqiu signed deals. The firms of Tianjin and Beijing 12 were introduced.',
        [12, 'enterprises', '130982']
      ],
      [
        '"another N" received by two places: theirs together (null), not the figure before’s',
        "Bazhou took in 90 firms. Another 30 were received by Wen'an and Dacheng counties.",
        [30, 'enterprises', null]
      ],
      [
        'MT order: "the teachers of X N persons" names where they came from',
        'Yi County report\n\nShunyi District sent help to the county, and the key teachers of Shunyi 12 persons took posts in the village schools.',
        [12, 'teachers', '130633']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('respectively-lists with a level word as a member, and elided heads', () => {
  it('分别 with 我县 last', () => {
    const r = rows('文安县政府工作报告\n\n霸州市、大城县和我县分别引进京津企业11家、7家和5家。');
    expect(r).toEqual(
      expect.arrayContaining([
        [11, 'enterprises', '131081'],
        [7, 'enterprises', '131025'],
        [5, 'enterprises', '131026']
      ])
    );
  });
  it('分别 with 我县 first', () => {
    const r = rows('青县政府工作报告\n\n我县和泊头市分别签约项目8个和6个。');
    expect(r).toEqual(
      expect.arrayContaining([
        [8, 'projects', '130922'],
        [6, 'projects', '130981']
      ])
    );
  });
  it('number words after a ";" count the noun of the figure before', () => {
    const r = rows('Zaoqiang County signed 15 projects. Of these, 8 came from Tianjin; six are being built and two are running.');
    expect(r).toEqual(
      expect.arrayContaining([
        [6, 'projects', '131121'],
        [2, 'projects', '131121']
      ])
    );
  });
  it('"another N" after ";" continues the count before (its region too)', () =>
    expect(
      rows('Wuqing District paired 10 of its schools with Fuping County; another 4 were paired with Laiyuan County.')
    ).toContainEqual([4, 'schools', '120114']));
});

describe('parts of a total end at a ；-clause of their own', () => {
  it('a later ；-clause with its own subject is no part of the total', () =>
    expect(
      rows('河北省共承接京津企业900家，其中北京600家、天津300家；廊坊市承接北京高校3所，新增注册企业5000家。')
    ).toContainEqual([5000, 'enterprises', '131000']));
});

describe('round 2: the article unit from the dateline or lead, parts after "Of the N …", senders qualified', () => {
  it.each(
    cases([
      [
        'a dateline with a province and no date names the unit',
        'Notes on a county\n\nLONGHUA, Hebei -- Orchards now cover 5,000 mu. Officials counted 30 new stores last year.',
        [30, 'stores', '130825']
      ],
      [
        'a dated dateline names the unit',
        'Notes on a county\n\nLONGHUA, June 3 -- Orchards now cover 5,000 mu.',
        [5000, 'mu', '130825']
      ],
      [
        'the lead sentence names the unit when the title names none',
        'A valley wakes up\n\nFarmers in Longhua County have planted new orchards.\n\nOfficials counted 30 new stores.',
        [30, 'stores', '130825']
      ],
      [
        'a sender qualified by its city, after a dateline: what it sends goes to the dateline’s unit',
        'Ten years of pairing\n\nWEI COUNTY, Hebei -- Fengtai District of Beijing has sent 35 doctors.',
        [35, 'doctors', '130726']
      ],
      [
        '"Of the N projects, M came from …": the part is the receiver’s',
        'Zhuozhou signed 23 projects last year. Of the 23 projects, 14 came from Haidian and Chaoyang districts.',
        [14, 'projects', '130681']
      ],
      [
        'a count opening its sentence with a verb counts the things before it',
        'Zhuozhou signed 23 projects last year. Of the 23 projects, 14 came from Haidian and Chaoyang districts. Nine have started construction.',
        [9, 'projects', '130681']
      ],
      [
        '"six of which moved to X": the part’s region is its destination',
        'Last year Xinji took in 40 firms from Changping, six of which moved their plants to Shijiazhuang.',
        [6, 'enterprises', '130100']
      ],
      [
        '"nine of which are from Beijing": a part of the receiver’s whole',
        'Zhuozhou signed 23 projects, nine of which are from Beijing.',
        [9, 'projects', '130681']
      ],
      [
        'a later sentence takes no later member of a list of sources',
        'Zhuozhou signed 23 projects last year. Of the 23 projects, 14 came from Haidian and Chaoyang districts. The work will provide about 1,800 jobs.',
        [1800, 'jobs', '130681']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it.each(
    cases([
      [
        'a lead sentence naming two units names no topic',
        'A valley wakes up\n\nFarmers in Longhua and Luanping have planted orchards.\n\nOfficials counted 30 new stores.',
        [30, 'stores', null]
      ],
      [
        'a place opening a body sentence with no dateline after it is no dateline',
        'Notes on a county\n\nOfficials said a lot.\n\nLonghua, a county, is quiet. Officials counted 30 new stores.',
        [30, 'stores', '130825']
      ],
      [
        'Chinese builders joined by 和 are no list of sources',
        '园区由大兴区和永清县共同建设。园区还吸引了来自天津市武清区的企业8家。',
        [8, 'enterprises', '131023']
      ]
    ])
  )('guard: %s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});
