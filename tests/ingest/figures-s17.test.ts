// Issue 12 (s17): English figures whose subject is the article's unit written as "the district", a
// partner in a role phrase, title topics with two units, machine-translated order, elided heads,
// respectively, hyphenated areas, and traps (brand-first firms, programme names, slogans, wine brands).
// Our own sentences; places from the real region table (geo/out/regions.json).
import { describe, expect, it } from 'vitest';
import { figureRows as rows, mentionCodes as codes, type FigureRow as Row } from './helpers';

const cases = (list: [string, string, Row][]) => list;

describe('cause 1: the article unit as a definite subject, partners in role phrases', () => {
  it.each(
    cases([
      [
        'a growth rate after "with A and B partners" is the subject’s',
        'Anping County: opening-up figures\n\nThe county signed 21 projects with Haidian and Chaoyang partners, up 12 percent.',
        [12, 'percent', '131125']
      ],
      [
        'a bullet under a statistics title',
        'Xushui District: cooperation statistics\n\n- Jobs: the new projects created 5,200 jobs.',
        [5200, 'jobs', '130609']
      ],
      [
        '"the district hospital" after a sender is the receiver’s, not the sender’s',
        'Xushui District report\n\nTongzhou District sent 23 specialist doctors to the district hospital, which added 150 beds.',
        [23, 'doctors', '130609']
      ],
      [
        '"The city" after a locative county-level city is the title’s city',
        'Xingtai signs deals\n\nA 300-million-yuan plant in Nangong is the largest. The city expects the projects to create 4,000 jobs.',
        [4000, 'jobs', '130500']
      ],
      [
        '"there" after a level word of its own sentence',
        'Interview — Quyang’s county head on the Shunyi District partnership\n\nThe county also opened a stone park, and villagers hold 2,600 jobs there.',
        [2600, 'jobs', '130634']
      ],
      [
        'firms of a place that settle come from it',
        'Gucheng County report\n\nThe enterprises of Tianjin Baodi District 17 settled in the park this year.',
        [17, 'enterprises', '131126']
      ],
      [
        'an event’s place is not the signer’s',
        'Notes\n\nXingtai signed 40 projects with Tianjin firms at a fair in Tianjin’s Hexi District, with a total value of 12 billion yuan.',
        [12_000_000_000, 'yuan', '130500']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));

  it.each(
    cases([
      [
        'guard: ", and" opens a clause of its own (no shared preposition)',
        'Notes\n\nWuqing signed with Beijing firms, and Xianghe County attracted 30 projects.',
        [30, 'projects', '131024']
      ],
      [
        'guard: a comma alone after a partner opens the main clause',
        'Notes\n\nIn cooperation with Beijing, Xianghe County signed 30 projects.',
        [30, 'projects', '131024']
      ],
      [
        'guard: "the city" after a subject keeps that subject under a prefecture title',
        'Baoding opens up\n\nZhuozhou City signed 20 projects last year. The city also opened 3 schools.',
        [3, 'schools', '130681']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 2: a title naming the unit and its partner', () => {
  it.each(
    cases([
      [
        'interview: the unit with the role noun, not the partnership',
        'Interview: Wire mesh and beyond — Anping’s party chief on the Xicheng District partnership\n\nQ: What changed?\n\nA: Xicheng has sent 22 doctors to us.',
        [22, 'doctors', '131125']
      ],
      [
        '"<X> County Deepen Cooperation With <Y> District of Beijing"',
        'Luanping County Deepen Cooperation With Miyun District of Beijing\n\nThis year, our county introduced the enterprises of Beijing 12 throughout the year.',
        [12, 'enterprises', '130824']
      ],
      [
        'a title’s "Beijing-Tianjin cooperation" is no second unit',
        'Xushui District: Beijing-Tianjin cooperation statistics\n\nThe new projects brought 8.6 billion yuan of pledged capital.',
        [8_600_000_000, 'yuan', '130609']
      ],
      ['Chinese: the helper in a title is the partner', '丰台区帮扶魏县见成效\n\n新建幼儿园4所。', [4, 'kindergartens', '130434']]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 3: machine-translated order, the count after its noun', () => {
  it.each(
    cases([
      [
        'the projects of A and B N throughout the year',
        'Gucheng County report\n\nOur county introduced the projects of Beijing and Tianjin 19 throughout the year.',
        [19, 'projects', '131126']
      ],
      [
        'the experts N to the county hospital',
        'Dingxing County\n\nFangshan sent the medical experts 8 to the county hospital.',
        [8, 'experts', '130626']
      ],
      [
        'the nurses N to …, with a qualified sender',
        'Dingxing County\n\nThe district hospital of Tongzhou District sent the nurses 12 to the county hospital.',
        [12, 'nurses', '130626']
      ],
      [
        'the enterprises of X N settled in',
        'Gucheng County report\n\nThe enterprises of Beijing 5 settled in this year.',
        [5, 'enterprises', '131126']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('causes 4–6: elided heads, respectively, hyphenated amounts', () => {
  it.each(
    cases([
      [
        'parts after a measure: "…, up 12 percent. 13 were from Haidian"',
        'Anping County figures\n\nThe county signed 21 projects with Beijing partners, up 12 percent. 13 were from Haidian and 8 from Chaoyang.',
        [8, 'projects', '131125']
      ],
      [
        '"Of these" counts the figure before, not a noun of its sentence, past its money',
        'Xingtai signs deals\n\nXingtai signed 40 projects with Tianjin firms, with a total value of 12 billion yuan. Of these, 25 came from Binhai New Area.',
        [25, 'projects', '130500']
      ],
      [
        '"A and B took 9 and 7 of the projects, respectively"',
        'Notes\n\nXingtai signed 40 projects. Nangong City and Shahe City took 6 and 4 of the projects, respectively.',
        [6, 'projects', '130581']
      ],
      [
        'a part’s sentence naming only its firms’ origin speaks of the whole’s place',
        'Xinhe County Government Work Report\n\nThe county introduced 23 projects. Among them, the enterprises of Tianjin Baodi District 4 have started production. The total investment reaches 2.2 billion yuan.',
        [2_200_000_000, 'yuan', '130530']
      ],
      [
        '"Up to now, the number is N" counts the noun of the sentence before',
        'Xinhe County report\n\nThe county introduced the projects of Tianjin 23. Up to now, the number is 16.',
        [16, 'projects', '130530']
      ],
      ['a hyphenated area', 'Gu’an County\n\nA 90,000-square-meter warehouse opened in Gu’an County.', [90_000, 'm2', '131022']],
      [
        'a hyphenated area in kilometres',
        'Gu’an County\n\nA 3.5-square-kilometre park opened in Gu’an County.',
        [3.5, 'km2', '131022']
      ]
    ])
  )('%s', (_n, text, want) => expect(rows(text)).toContainEqual(want));
});

describe('cause 8: names that are no places', () => {
  it.each([
    ['a firm named brand first, place after', 'Partners include Jinghua Shijiazhuang, a pump maker.', []],
    ['a programme named after a county', 'The Wuji programme is unrelated. The Shenzhou programme flew again.', []],
    ['a spacecraft number after the stem', 'Shenzhou-17 docked on Monday.', []],
    ['a wine brand named after its county', '超市里的昌黎干红卖得很好。', []],
    ['a county stem inside a quoted slogan', '县里推出“服务无极限”行动。', []],
    ['a same-romanised district of an out-of-region city after "of"', 'A supplier from Xindu District of Chengdu came.', []],
    ['… and before "’s"', 'Chengdu’s Xindu District grew.', []],
    ['an out-of-region city with no namesake in the tables', 'Kaiping District of Jiangmen grew.', []],
    ['guard: the unit’s own city after "of"', 'Xindu District of Xingtai grew.', ['130503']],
    [
      'guard: a sentence opener before the place',
      'Officials met on Monday. Meanwhile Tangshan attracted 12 projects.',
      ['130200']
    ],
    ['guard: a direction before the place', 'A team from Northern Hebei visited Sanhe.', ['130000', '131082']],
    ['guard: a wine industry says where it is', '昌黎葡萄酒产业去年产值增长8%。', ['130322']],
    ['guard: a slogan naming the county in full', '县里推出“魅力无极县”活动。', ['130130']]
  ] as [string, string, string[]][])('%s', (_n, text, want) => expect(codes(text)).toEqual(want));
});
