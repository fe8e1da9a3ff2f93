// Issue 12 (s20): figure causes seen on held-out text — bulleted "Label: N" lines, leads whose place
// is followed by a group that only modifies (永清县京津产业…), firms named after a city with an
// appositive ("Cangzhou Mingzhu, the plastics maker").
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGazetteer, createMatcher, extractFigures } from '../../src/lib/ingest/index';
import { labelLineUnit } from '../../src/lib/ingest/figures/label-line';
import { ALIASES, REAL_REGIONS, figureRows as rows, mentionCodes as codes, type FigureRow as Row } from './helpers';

let real: ReturnType<typeof createMatcher> | null = null;
const realMatch = (text: string) =>
  (real ??= createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES))).match(text);

const cases = (list: [string, string, Row][]) => list;

describe('labelLineUnit: the counted noun of a "Label: N" line', () => {
  // [label line, unit or null]; the number is the last thing on its line.
  it.each([
    ['- Projects signed: 31', 'projects'],
    ['• Projects from Beijing: 19', 'projects'],
    ['Expected new jobs: 2,600', 'jobs'],
    ['Newly signed projects: 9', 'projects'],
    ['Number of enterprises: 12', 'enterprises'],
    ['3. Hospitals built: 4', 'hospitals'],
    ['▶ Visitors received: 1,300', 'visitors'],
    // Not a label: prose before the colon, a lower-case opening, no plural noun, text after the number.
    ['The fair closed with a simple tally: 31', null],
    ['results: 31', null],
    ['Growth: 31', null],
    ['Projects signed: 31 in all', null]
  ] as [string, string | null][])('%s → %s', (line, want) => {
    const text = `Title\n\n${line}\nNext line`;
    const n = /\d[\d,]*(?=\D*$)/.exec(line)!;
    const start = text.indexOf(line) + n.index;
    const got = labelLineUnit(text, text.toLowerCase(), start, start + n[0].length);
    expect(got?.unit ?? null).toBe(want);
  });

  it('bounds its look-back: a text without line breaks is not scanned back to its start', () => {
    const text = `${'word '.repeat(40)}Projects signed: 31`;
    const start = text.length - 2;
    expect(labelLineUnit(text, text.toLowerCase(), start, text.length)).toBeNull();
  });
});

describe('bulleted results under a unit’s lead', () => {
  const release =
    'Results of the fair\nUpdated on 2024-06-14\n\nThe trade fair held by Baodi District closed on Friday. The district released these results:\n\n- Projects signed: 24\n- Total investment: 6.1 billion yuan\n- Projects from Beijing: 11\n- New jobs: 1,900\n';
  it.each(
    cases([
      ['a bare count after its label', release, [24, 'projects', '120115']],
      ['money under the same lead', release, [6_100_000_000, 'yuan', '120115']],
      ['"from Beijing" in the label is the origin, not the region', release, [11, 'projects', '120115']],
      ['jobs', release, [1900, 'jobs', '120115']],
      [
        '其中北京项目 under a county lead whose 京津 only modifies',
        '推介周落幕\n发布时间：2024年5月10日\n\n5月9日，永清县京津产业招商推介周落下帷幕。主要成果如下：\n\n签约项目：28个\n总投资：96亿元\n其中北京项目：17个\n',
        [17, 'projects', '131023']
      ],
      [
        '总投资 line under the same lead',
        '推介周落幕\n发布时间：2024年5月10日\n\n5月9日，永清县京津产业招商推介周落下帷幕。主要成果如下：\n\n签约项目：28个\n总投资：96亿元\n',
        [9_600_000_000, 'yuan', '131023']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a group standing on its own in the lead still leaves the bullets without a unit', () => {
    expect(rows('成果\n\n京津两市联合永清县举办推介周。成果如下：\n\n总投资：96亿元\n')).toEqual([[9_600_000_000, 'yuan', null]]);
  });
});

describe('a firm named after a city, with an appositive', () => {
  it('"Cangzhou Mingzhu, the plastics maker" does not name Cangzhou', () => {
    expect(codes('Port\n\nHuanghua is busy. Cangzhou Mingzhu, the plastics maker, ships its exports through the port.')).toEqual([
      '130983'
    ]);
  });
  it('guard: "Huanghua, the port city" is still Huanghua', () => {
    expect(codes('Port\n\nCangzhou Port, the main gateway, is busy. Huanghua, the port city, grew.')).toContain('130983');
  });
});

describe('a title that names only a province or municipality leaves the unit to the lead', () => {
  const interview =
    '专访｜北京的医院来了\n发布时间：2024年3月28日\n\n霸州市是北京医疗资源外溢的承接地。记者专访了霸州市卫健局负责人。\n\n问：落地情况如何？\n答：';
  it.each(
    cases([
      ['我市 after a Beijing-only title is the lead’s unit', `${interview}我市今年新增床位900张。`, [900, 'beds', '131081']],
      ['counted things 在我市, written after them', `${interview}已有3家北京医院在我市设立分院。`, [3, 'hospitals', '131081']],
      ['people-visits that 来我市', `${interview}去年北京专家来我市坐诊1800人次。`, [1800, 'visits', '131081']],
      [
        'English: "Beijing" alone in the title, the county in the lead',
        'Beijing hospitals keep coming\nUpdated on 2024-03-28\n\nBazhou is a main receiver of Beijing medical resources. Our city added 900 beds this year.',
        [900, 'beds', '131081']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a lead naming two units below a province names neither', () => {
    expect(rows('北京的医院来了\n\n霸州市与三河市共建医联体。新增床位900张。')).toContainEqual([900, 'beds', null]);
  });
});

describe('counted nouns: service stations and branch plants', () => {
  it.each(
    cases([
      ['服务站…个 counts stations', '霸州市\n\n霸州市今年新建社区卫生服务站12个。', [12, 'stations', '131081']],
      ['分厂…家 counts branches', '霸州市\n\n霸州市企业在外设立分厂6家。', [6, 'branches', '131081']]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('the article’s unit over the title’s first place, and level words that send', () => {
  it.each(
    cases([
      [
        '"the city" after a title whose first place is the investors’ origin',
        'Tianjin investors flock to Huanghua\nUpdated on 2024-06-14\n\nOfficials said 14 firms opened offices this year. The city expects 2 billion yuan of investment.',
        [2_000_000_000, 'yuan', '130983']
      ],
      [
        '"The district has also sent" after a speaker line: the teachers go to the speaker’s county',
        'New momentum\nUpdated on 2024-06-14\n\nSpeaking at a forum, Wang Jun, deputy head of Xianghe County, said the county had drawn 23 projects from Beijing’s Tongzhou District this year. The district has also sent 40 teachers, he said.',
        [40, 'teachers', '131024']
      ],
      [
        '该区选派 in a county’s article',
        '香河县：教育协作见成效\n\n北京市通州区与香河县结对。该区今年选派教师40名。',
        [40, 'teachers', '131024']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a district that sends in its own article keeps its figures', () => {
    expect(rows('Tongzhou District report\n\nTongzhou District is growing. The district has built 12 schools.')).toContainEqual([
      12,
      'schools',
      '110112'
    ]);
  });
});

describe('a bare count as the object of the next short sentence', () => {
  const langfang =
    'Langfang update\nUpdated on 2024-06-14\n\nLangfang took in 230 projects from Beijing last year. Gu’an County led with 64, and Xianghe signed 41. Dachang’s share was 25.';
  it.each(
    cases([
      ['"led with 64"', langfang, [64, 'projects', '131022']],
      ['the pair after it', langfang, [41, 'projects', '131024']],
      ['"share was 25"', langfang, [25, 'projects', '131028']],
      [
        '"its neighbour, received 11."',
        'Work report\n\nXinji City made progress. In the leather park, 26 enterprises from Beijing settled. Jinzhou City, its neighbour, received 11.',
        [11, 'enterprises', '130183']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a count with its own noun keeps it, and a year is no count', () => {
    const got = rows('Notes\n\nLangfang took in 230 projects. Gu’an County signed 64 agreements in 2023.');
    expect(got).toContainEqual([64, 'agreements', '131022']);
    expect(got.some(([v]) => v === 2023)).toBe(false);
  });
});

describe('money given for or into a place', () => {
  it.each(
    cases([
      [
        '"earmarked … for Xinglong County’s roads"',
        'Aid\n\nHedong District and Xinglong County are paired. This year Hedong earmarked 25 million yuan for Xinglong County’s rural roads.',
        [25_000_000, 'yuan', '130822']
      ],
      [
        '"respectively into Sanhe": the destination after the figures, not the list of senders',
        'Aid\n\nBeichen District and Baodi District put 600 million yuan and 450 million yuan respectively into Sanhe City.',
        [450_000_000, 'yuan', '131082']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: without a verb of giving, "for" names no destination', () => {
    expect(rows('Notes\n\nHedong District posted 25 million yuan of sales for Xinglong County buyers.')).not.toContainEqual([
      25_000_000,
      'yuan',
      '130822'
    ]);
  });
  it('guard: respectively without a destination after the figures still splits by the list', () => {
    expect(rows('Notes\n\nBeichen District and Baodi District grew 6 percent and 5 percent respectively.')).toEqual([
      [6, 'percent', '120113'],
      [5, 'percent', '120115']
    ]);
  });
});

describe('a locative qualified by its city’s possessive', () => {
  it('"in Baoding’s Jingxiu District, where 52 companies …" is Jingxiu, not the subject Haidian', () => {
    expect(
      rows('Aid\n\nHaidian has opened an innovation centre in Baoding’s Jingxiu District, where 52 companies are now incubated.')
    ).toContainEqual([52, 'enterprises', '130602']);
  });
  it('guard: "from Baoding’s Jingxiu District" stays a source', () => {
    expect(rows('Aid\n\nHaidian signed 12 projects from Baoding’s Jingxiu District.')).toContainEqual([12, 'projects', '110108']);
  });
});

describe('money given to a list of receivers, and container units', () => {
  it.each(
    cases([
      [
        '向A、B投入: a shared figure of the two receivers (null), not the giver’s',
        '冀北\n\n北京市密云区向赤城县、沽源县援建项目23个，投入资金9.4亿元。',
        [940_000_000, 'yuan', null]
      ],
      ['向A、B投资', '冀北\n\n天津市向兴隆县、滦平县投资21亿元。', [2_100_000_000, 'yuan', null]],
      ['向A投资: the one receiver', '冀北\n\n天津市向兴隆县投资21亿元。', [2_100_000_000, 'yuan', '130822']],
      ['"TEUs" are containers', 'Port\n\nHuanghua Port handled 1.2 million TEUs in 2023.', [1_200_000, 'containers', null]]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('a title naming a municipality beside the article’s unit', () => {
  it.each(
    cases([
      [
        '"Zhangjiakou’s hosts count their Beijing gains": a sentence with no place is Zhangjiakou’s',
        'Zhangjiakou’s hosts count their Beijing gains\nUpdated on 2024-01-05\n\nHotels filled up last winter.\n\nThe projects involve total investment of 27.3 billion yuan.',
        [27_300_000_000, 'yuan', '130700']
      ],
      [
        '"…Weichang County: Tianjin’s Hexi helps us": "here" is Weichang',
        'Interview with the head of Weichang County: Tianjin’s Hexi helps us a lot\nUpdated on 2024-01-05\n\nQ: How has Hexi District helped?\nA: Hexi has invested 80 million yuan in our county.\n\nQ: What about industry?\nA: Eleven Tianjin companies have opened factories here.',
        [11, 'enterprises', '130828']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: two units below a province in the title name no topic', () => {
    expect(
      rows('Haidian and Zhangbei County sign pact\n\nHotels filled up.\n\nThe deal is worth 2 billion yuan.')
    ).toContainEqual([2_000_000_000, 'yuan', null]);
  });
});

describe('a Chinese count’s noun phrase ends at a preposition', () => {
  it.each(
    cases([
      ['医生20名到固安县医院: doctors, not hospitals', '固安\n\n大兴区选派医生20名到固安县医院工作。', [20, 'doctors', '131022']],
      ['教师15名到固安县学校: teachers', '固安\n\n大兴区选派教师15名到固安县学校任教。', [15, 'teachers', '131022']],
      ['guard: 12个在建项目 still counts projects', '固安\n\n固安县有12个在建项目。', [12, 'projects', '131022']]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('a sender’s things go to the partner it was paired with', () => {
  it.each(
    cases([
      [
        '东城区与阜平县开展结对帮扶。东城区累计投入…',
        '协作\n\n北京市东城区与阜平县开展结对帮扶。东城区累计投入帮扶资金2.6亿元。',
        [260_000_000, 'yuan', '130624']
      ],
      [
        'a later clause of the sender’s sentence (…，实施项目48个)',
        '协作\n\n北京市东城区与阜平县开展结对帮扶。东城区累计投入帮扶资金2.6亿元，实施项目48个。',
        [48, 'projects', '130624']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('records the sender once as the origin', () => {
    const { mentions, view, hits } = realMatch('协作\n\n北京市东城区与阜平县开展结对帮扶。东城区累计投入帮扶资金2.6亿元。');
    const f = extractFigures(
      '协作\n\n北京市东城区与阜平县开展结对帮扶。东城区累计投入帮扶资金2.6亿元。',
      view.norm,
      'zh',
      mentions,
      hits
    );
    expect(f[0].from).toEqual(['110101']);
  });

  it('guard: a pair that shares a figure with no sender keeps it shared', () => {
    expect(rows('协作\n\n东城区与阜平县开展结对帮扶。双方共建产业园1个。')).not.toContainEqual([1, 'parks', '130624']);
  });
});

describe('asides and relative clauses of the subject', () => {
  it.each(
    cases([
      [
        '"Tangshan, the prefecture that includes both cities, says …": "both" in the aside is no shared act',
        'Steel\n\nZunhua and Qian’an cut capacity. Tangshan, the prefecture that includes both cities, says its steel firms spent 12 billion yuan on upgrading.',
        [12_000_000_000, 'yuan', '130200']
      ],
      [
        '"A Beijing steelmaker that moved to Caofeidian District … employs 10,000 people there"',
        'Steel\n\nTangshan spent 12 billion yuan. A Beijing steelmaker that moved to Caofeidian District in 2005 now employs 10,000 people there.',
        [10_000, 'people', '130209']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "both cities" as the subject still shares the figure', () => {
    expect(rows('Steel\n\nZunhua and Qian’an are close. Both cities spent 12 billion yuan on upgrading.')).toContainEqual([
      12_000_000_000,
      'yuan',
      null
    ]);
  });
});

describe('"N of them" after a clause ending in a plural noun', () => {
  it('"… into new berths, and four of them will open" counts berths', () => {
    expect(rows('Port\n\nHuanghua put 2.6 billion yuan into new berths, and four of them will open next year.')).toContainEqual([
      4,
      'berths',
      '130983'
    ]);
  });
  it('guard: after a count, "of them" keeps what the count counted', () => {
    expect(rows('Port\n\nHuanghua signed 20 projects, and nine of them have started.')).toContainEqual([9, 'projects', '130983']);
  });
});
