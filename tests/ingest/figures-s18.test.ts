// Issue 12 (s18): figures credited to the sender or partner (a Beijing or Tianjin unit) instead of the
// Hebei unit where the things land — origins that modify the counted or agent noun, senders as subjects
// of giving verbs, the first person of interviews and reports, lists of senders with their shares,
// machine-translated reports with no subject, shared totals, "here"/"local"/"the new area" — and traps
// (a firm named brand first with an appositive, a body's institute named by its seat).
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { figureRows as rows, mentionCodes as codes, type FigureRow as Row } from './helpers';

const cases = (list: [string, string, Row][]) => list;

describe('cause 1: a place modifying the counted or agent noun is an origin', () => {
  it.each(
    cases([
      [
        'a foreign firm that moved its line "here" invests in the article’s county',
        'Q&A: Xinglong County head on new industry\n\nA: A Tianjin bearing maker shifted a workshop here last spring. It is spending 90 million yuan on new lines.',
        [90_000_000, 'yuan', '130822']
      ],
      [
        '"local people" it hires are the article’s county’s',
        'Q&A: Xinglong County head on new industry\n\nA: A Tianjin bearing maker shifted a workshop here. It will take on about 150 local people.',
        [150, 'people', '130822']
      ],
      [
        '"The Beijing partner" of a plant at a Hebei site',
        'Qian’an plant deal\n\nA Beijing alloy group and a mill in Qian’an City will build a plant at the mill. The Beijing partner will hold 35 percent and put in 900 million yuan.',
        [900_000_000, 'yuan', '130283']
      ],
      [
        '"Beijing projects numbered N and Tianjin projects M" in a Hebei city’s release',
        'Zunhua City: half-year figures\n\nZunhua City signed 31 projects. Beijing projects numbered 19 and Tianjin projects 12.',
        [12, 'projects', '130281']
      ],
      [
        'the first of that pair',
        'Zunhua City: half-year figures\n\nZunhua City signed 31 projects. Beijing projects numbered 19 and Tianjin projects 12.',
        [19, 'projects', '130281']
      ],
      [
        '北京一家…企业投资…建设的… under a Hebei district’s paragraph',
        '栾城区产业协作情况\n\n该区的园区内，北京一家软件服务企业投资2.6亿元建设的研发中心已投入使用。',
        [260_000_000, 'yuan', '130111']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: a Chinese place right before its own count stays the count’s (their hospitals are in Chaoyang)', () => {
    expect(rows('栾城区卫生工作\n\n北京市朝阳区4家医院与我区医院结对。')).toContainEqual([4, 'hospitals', '110105']);
  });
  it('guard: a firm of the article’s own province keeps its place', () => {
    expect(rows('Cangzhou report\n\nA Renqiu valve maker will invest 300 million yuan.')).toContainEqual([
      300_000_000,
      'yuan',
      '130982'
    ]);
  });
});

describe('cause 2: a sender as the subject of a giving verb', () => {
  it.each(
    cases([
      [
        '"has given us N yuan"',
        'Q&A: Weichang’s county head on help from Shunyi\n\nA: Shunyi has given us 75 million yuan in aid so far.',
        [75_000_000, 'yuan', '130828']
      ],
      [
        '"allocated … N yuan" with the new area as receiver',
        'Xiong’an New Area: new hospitals\n\nDongcheng District allocated the support funds 40 million yuan to build a clinic in the new area.',
        [40_000_000, 'yuan', '133100']
      ],
      [
        '"brought two of them" after the receiver is named',
        'Campuses\n\nFive Beijing schools have opened campuses in Xiong’an New Area. Chaoyang District brought three of them.',
        [3, 'schools', '133100']
      ],
      [
        '"put N yuan into the campus" after the campus’s place',
        'Campuses\n\nA new campus opened in Rongcheng County this year. Xicheng District put 180 million yuan into the campus.',
        [180_000_000, 'yuan', '130629']
      ],
      [
        '累计向我县拨付… makes a sender: what it sends next is the county’s',
        '访谈｜易县县长\n\n县长：北京市海淀区累计向我县拨付帮扶资金8000万元，今年还将追加1000万元。',
        [10_000_000, 'yuan', '130633']
      ],
      [
        '选派医生到县医院 is the article’s county’s',
        '访谈｜易县县长\n\n县长：海淀区选派9名医生到县医院坐诊。',
        [9, 'doctors', '130633']
      ],
      [
        '当地 in an answer is the article’s unit, not a place of the question',
        '访谈｜易县县长\n\n记者：北京的帮扶情况如何？\n县长：北京一家养老集团在当地投资2.2亿元。',
        [220_000_000, 'yuan', '130633']
      ],
      [
        '…，累计派出N名 sends from the earlier clause’s subject to the article’s county',
        '涞源县：帮扶十年\n\n房山区还组织区内8家医院与涞源县医院结对，累计派出医生95名。',
        [95, 'doctors', '130630']
      ],
      [
        '争取天津市资金 names a source, not the region',
        '鹿泉区发改局负责人答问\n\n答：今年鹿泉区引进北京项目15个；争取天津市资金6000万元。',
        [60_000_000, 'yuan', '130110']
      ],
      [
        '向A、B援建项目N个 is shared (null)',
        '冀北项目\n\n北京市怀柔区向丰宁满族自治县、滦平县援建项目17个。',
        [17, 'projects', null]
      ],
      [
        '向我区投入资金 is the receiver’s',
        '鹿泉区协作成果\n\n天津市西青区累计向我区投入帮扶资金1500万元。',
        [15_000_000, 'yuan', '130110']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "given full play to" gives nothing', () => {
    expect(rows('Notes\n\nTianjin has given full play to its colleges and built 4 schools.')).toContainEqual([
      4,
      'schools',
      '120000'
    ]);
  });
});

describe('cause 3: the first person of an interview or report', () => {
  it.each(
    cases([
      [
        '"We signed N projects with Beijing investors"',
        'Q&A: Luanping’s county head\n\nQ: What about investment?\nA: We signed 14 projects with Beijing investors last year.',
        [14, 'projects', '130824']
      ],
      [
        '"N Fangshan doctors take turns at our county hospital"',
        'Q&A: Laishui’s county head\n\nA: Now 12 Fangshan doctors take turns at our county hospital.',
        [12, 'doctors', '130623']
      ],
      [
        '"Scenic spots here received …"',
        'Q&A: Laishui’s county head\n\nA: Scenic spots here received 900,000 visits last year.',
        [900_000, 'visits', '130623']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it('guard: "here" after a place of its own paragraph is that place', () => {
    expect(
      rows('Handan’s counties\n\nI am in Quzhou County today. Here, a team of 20 teachers has worked since May.')
    ).toContainEqual([20, 'teachers', '130435']);
  });
  it('guard: "local" before the figure locates nothing', () => {
    expect(rows('Shops\n\nA local retailer has taken 2,000 square metres in a new mall in Botou.')).toContainEqual([
      2000,
      'm2',
      '130981'
    ]);
  });
});

describe('cause 4: lists of senders with their shares', () => {
  it.each(
    cases([
      [
        '天津项目N个，分别来自A区x个、B区y个',
        '保定市今年承接京津项目48个。天津项目20个，分别来自南开区12个、东丽区8个。',
        [12, 'projects', '130600']
      ],
      [
        'the second member of that list',
        '保定市今年承接京津项目48个。天津项目20个，分别来自南开区12个、东丽区8个。',
        [8, 'projects', '130600']
      ],
      [
        '"the other N came from Beijing" continues the count before',
        'Qing County report\n\nQing County signed 15 projects this year. Tianjin projects account for 11 of them, and the other 4 came from Beijing.',
        [4, 'projects', '130922']
      ],
      [
        '"from the two cities" is a source, not a shared figure',
        'Gu’an County report\n\nIts park is now home to 95 enterprises from the two cities.',
        [95, 'enterprises', '131022']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 5: machine-translated reports with no subject', () => {
  it.each(
    cases([
      [
        '"the projects of A and B N, … among which the projects of A M"',
        'Government Work Report of Longhua County\n\nThe whole year introduced the projects of Beijing and Tianjin 33, the signed amount 4.1 billion yuan, among which the projects of Beijing 21.',
        [33, 'projects', '130825']
      ],
      [
        'the part after "among which"',
        'Government Work Report of Longhua County\n\nThe whole year introduced the projects of Beijing and Tianjin 33, the signed amount 4.1 billion yuan, among which the projects of Beijing 21.',
        [21, 'projects', '130825']
      ],
      [
        '"Strive to introduce the projects … N and the investment …"',
        'Government Work Report of Longhua County\n\nStrive to introduce the projects of Beijing and Tianjin 40 and the investment of 6 billion yuan.',
        [40, 'projects', '130825']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 6: a shared total going to several receivers', () => {
  it.each(
    cases([
      [
        '赴A、B、C投资设厂 gives null',
        '我区12家企业赴涿州市、高碑店市、定兴县投资设厂，总投资9.6亿元。',
        [12, 'enterprises', null]
      ],
      ['its money too', '我区12家企业赴涿州市、高碑店市、定兴县投资设厂，总投资9.6亿元。', [960_000_000, 'yuan', null]],
      [
        '其中A承接x家 is A’s',
        '我区12家企业赴涿州市、高碑店市、定兴县投资设厂，总投资9.6亿元。其中，涿州市承接7家。',
        [7, 'enterprises', '130681']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 7: places of counting written as level words', () => {
  it.each(
    cases([
      [
        '"in the new area" is Xiong’an, not a district named before',
        'Schools for Xiong’an\n\nDongcheng and Chaoyang districts built schools in Rongcheng County.\n\nIn all, 6 Beijing schools now run branches in the new area.',
        [6, 'schools', '133100']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('traps: names that are no places', () => {
  it.each([
    [
      'a firm named brand first with an appositive',
      'Separately, Xianghe Cloud, a Beijing data company, opened an office in Sanhe.',
      '131024'
    ],
    [
      'a body’s institute named by its seat',
      'Experts from the provincial academy’s Hengshui cotton institute visited the farms.',
      '131100'
    ],
    ['省农林科学院X果树研究所', '区农业农村局与省农林科学院沧州果树研究所签订协议。', '130900']
  ])('%s', (_n, text, trap) => expect(codes(text)).not.toContain(trap));

  it.each([
    ['guard: a county with an appositive of its own', 'Xianghe County, a county of Langfang, opened 3 schools.', '131024'],
    ['guard: a place before its own research institute count', 'Cangzhou has 12 research institutes.', '130900']
  ])('%s', (_n, text, code) => expect(codes(text)).toContain(code));
});
