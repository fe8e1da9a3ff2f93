// Issue 12 (s21): flow causes seen on held-out text. Our own sentences; places from the real region
// table (geo/out/regions.json). Rows: [text, flows as "origin>destination kind/measure=value"].
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGazetteer, createMatcher, detectLang, extractDate, extractFigures, extractFlows } from '../../src/lib/ingest/index';
import { ALIASES, REAL_REGIONS } from './helpers';

let real: ReturnType<typeof createMatcher> | null = null;
const matcher = () => (real ??= createMatcher(buildGazetteer(JSON.parse(readFileSync(REAL_REGIONS, 'utf8')), ALIASES)));

function flows(body: string, date = '2024-03-05') {
  const text = `Updated on ${date}\n\n${body}`;
  const { mentions, view } = matcher().match(text);
  const lang = detectLang(text);
  const figures = extractFigures(text, view.norm, lang, mentions);
  return extractFlows(text, view.norm, lang, mentions, figures, extractDate(text));
}
const sides = (body: string) =>
  flows(body)
    .map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}/${f.measure}=${f.value}`)
    .sort();
const rows = (list: [string, string[]][]) => list;

describe('extractFlows: s21 moves with staff are a relocation and a talent flow', () => {
  it.each(
    rows([
      [
        "A drone maker moved its headquarters and 300 staff from Fengtai District to Xiong'an New Area last year.",
        ['110106>133100 relocation/null=null', '110106>133100 talent/null=null']
      ],
      [
        'A Beijing firm moved its plant from Chaoyang District to Sanhe, bringing 200 employees with it.',
        ['110105>131082 relocation/null=null', '110105>131082 talent/null=null']
      ],
      [
        "The head office of a logistics group was moved to Gu'an County from Daxing District in June, and 450 employees came with it.",
        ['110115>131022 relocation/null=null', '110115>131022 talent/null=null']
      ],
      [
        '一家企业去年把总部和研发团队从海淀区迁到雄安新区。',
        ['110108>133100 relocation/null=null', '110108>133100 talent/null=null']
      ],
      [
        '一家原在昌平区的企业今年整体搬迁至怀来县，带着200名员工。',
        ['110114>130730 relocation/null=null', '110114>130730 talent/null=null']
      ],
      [
        '一家医疗器械企业从北京大兴区迁至廊坊市广阳区，带来技术人员八十余名。',
        ['110115>131003 relocation/null=null', '110115>131003 talent/null=null']
      ]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));

  it.each(
    rows([
      // Staff who only work with the firm later, or are hired there, did not move.
      [
        'A pump maker relocated its assembly line from Daxing District to Guangyang District, and its engineers now train at a local college.',
        ['110115>131003 relocation/null=null']
      ],
      ['一家企业把生产线从石景山区迁到曹妃甸区，新招聘本地员工三百余人。', ['110107>130209 relocation/null=null']],
      // A counted move keeps its count; the workers who came along add no talent flow.
      [
        'In 2023, 35 firms from Haidian District settled in Wuqing District, bringing 1,800 workers with them.',
        ['110108>120114 enterprises/enterprises=35']
      ]
    ])
  )('not talent: %s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 what is no flow of its own', () => {
  it.each(
    rows([
      // A dateline's dash ends the dateline: its city is no member of the subject.
      [
        "BAODING -- Anguo City has been paired with Beijing's Xicheng District since 2016.",
        ['130683>110102 cooperation/null=null']
      ],
      // Money earned is an output.
      [
        'Xushui District has taken in 52 enterprises from Beijing, and its auto parts cluster now has an output of 28 billion yuan.',
        ['110000>130609 enterprises/enterprises=52']
      ],
      ['雄县今年承接北京企业17家，相关产业产值达到60亿元。', ['110000>130638 enterprises/enterprises=17']],
      // A move put off (暂缓) is not a flow.
      ['一家北京食品企业原定入驻威县，因市场变化暂缓落户。', []],
      // A whole unit's own total after a count is not the counted firms' money.
      ['香河县今年新引进北京企业45家；全县实际利用内资30亿元。', ['110000>131024 enterprises/enterprises=45']],
      ['香河县今年新引进北京企业45家，全县实际利用内资30亿元。', ['110000>131024 enterprises/enterprises=45']],
      [
        'Xianghe County brought in 45 firms from Beijing this year, and investment across the county reached 3 billion yuan.',
        ['110000>131024 enterprises/enterprises=45']
      ]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 moves that name only where they left, and moves that follow', () => {
  it.each(
    rows([
      // The receiver of a move from X is the place the passage is about.
      [
        "Xiong'an New Area keeps drawing head offices. The newest, an insurer, moved its head office from Xicheng District in May, and 600 employees came with it.",
        ['110102>133100 relocation/null=null', '110102>133100 talent/null=null']
      ],
      [
        '雄安新区是承接重点。一家软件企业今年从海淀区整体迁来，带来员工800名。',
        ['110108>133100 relocation/null=null', '110108>133100 talent/null=null']
      ],
      // More things that will follow a move are a counted move of their own; the first stays.
      [
        "Xiong'an New Area keeps drawing head offices. An insurer moved its head office from Xicheng District in May. It said 25 of its subsidiary companies would follow by 2027.",
        ['110102>133100 relocation/enterprises=25', '110102>133100 relocation/null=null']
      ],
      // A modifier with a possessive ("a Beijing children's hospital") still names the sender.
      ["Luanping County received a branch of a Beijing children's hospital in May.", ['110000>130824 health/null=null']]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 "here" is never a sender just named', () => {
  it.each(
    rows([
      [
        '迁安市今年签约京津项目27个；其中，来自天津滨海新区的项目9个。一家北京机械企业去年把总部迁到了这里。',
        ['110000+120000>130283 projects/projects=27', '110000>130283 relocation/null=null', '120116>130283 projects/projects=9']
      ],
      [
        "Qian'an is busy. It signed 27 projects this year, 9 of them from Tianjin's Binhai New Area. A Beijing machinery firm moved its headquarters here last year.",
        ['110000>130283 relocation/null=null', '120116>130283 projects/projects=9']
      ]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 each count of people sent in a Chinese list is a talent flow', () => {
  it.each(
    rows([
      ['东城区向大名县选派医生8名、教师15名。', ['110101>130425 talent/null=null', '110101>130425 talent/null=null']],
      // English "N doctors and M teachers" is one object, one statement (as the dev gold reads it).
      ['Dongcheng District sent 8 doctors and 15 teachers to Daming County.', ['110101>130425 talent/null=null']],
      // People trained there were not sent.
      ['宁河区选派5名骨干教师到丰润区支教，并为当地培训乡村医生120名。', ['120117>130208 talent/null=null']]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 lists of signed projects headed by their receivers', () => {
  const items = (body: string) => sides(body).filter((f) => / (?:projects|relocation)\/yuan=/.test(f));
  it("English items: the firm's place sends the item's money to the label's place", () => {
    const text = [
      'Langfang signed these projects with Tianjin firms:',
      '',
      "- Wen'an County: a furniture plant of a Beichen District firm, investment 1.2 billion yuan;",
      '- Dacheng County: a logistics base moved from Dongli District, investment 800 million yuan;',
      '- Yongqing County: a research centre co-founded with Tianjin University, investment 300 million yuan.'
    ].join('\n');
    expect(items(text)).toEqual(['120110>131025 relocation/yuan=800000000', '120113>131026 projects/yuan=1200000000']);
  });
  it('Chinese items likewise; a partner institution sends nothing', () => {
    const text = [
      '廊坊市签约天津项目如下：',
      '',
      '- 文安县：北辰区一家企业的家具项目，投资12亿元；',
      '- 大城县：从东丽区迁来的物流基地，总投资8亿元；',
      '- 永清县：与天津大学共建的研究中心，投资3亿元。'
    ].join('\n');
    expect(items(text)).toEqual(['120110>131025 relocation/yuan=800000000', '120113>131026 projects/yuan=1200000000']);
  });
});

describe('extractFlows: s21 "there" after a place outside the region', () => {
  it.each(
    rows([
      [
        'Cangzhou held a fair in Beijing. A Cangzhou rubber group will build its new plant in Hefei, Anhui, investing 900 million yuan there.',
        []
      ],
      ['沧州一家橡胶企业将在安徽合肥建设新工厂，在当地投资9亿元。', []]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 counted schools paired with schools of another place', () => {
  it.each(
    rows([
      [
        "Pinggu District works with Chengde. 11 schools in Pinggu have paired with schools in Chengde's Xinglong County.",
        ['110117>130822 education/schools=11']
      ],
      // Given by the capital's side whichever place the sentence names first.
      [
        'Xinglong County has deepened ties. 11 schools in Xinglong have been paired with schools in Pinggu District.',
        ['110117>130822 education/schools=11']
      ],
      ['平谷区的11所学校与兴隆县的学校结对。', ['110117>130822 education/schools=11']]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 Chinese partners named by where they lie, subjects named by their kind', () => {
  it.each(
    rows([
      ['红桥区与相邻的河北区签约共建运河文化带。', ['120106>120105 cooperation/null=null']],
      [
        '武清区今年引进北京企业30家。区里还与相邻的北辰区签约共建物流园区。',
        ['110000>120114 enterprises/enterprises=30', '120114>120113 cooperation/null=null']
      ],
      [
        '武清区今年引进北京企业30家。该区与廊坊市签署合作协议。',
        ['110000>120114 enterprises/enterprises=30', '120114>131000 cooperation/null=null']
      ],
      // 与我县相邻的魏县 still names a neighbour, no partner.
      ['与成安县相邻的魏县今年引进北京企业5家。', ['110000>130434 enterprises/enterprises=5']]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 gapped English pairings', () => {
  it.each(
    rows([
      [
        'Since 2019 Pinggu District has paired with Xinglong County, and Miyun District with Luanping County.',
        ['110117>130822 cooperation/null=null', '110118>130824 cooperation/null=null']
      ],
      // One subject with two partners stays one flow.
      ['Pinggu District has paired with Xinglong County and Luanping County.', ['110117>130822+130824 cooperation/null=null']]
    ])
  )('%s', (text, want) => expect(sides(text)).toEqual(want));
});

describe('extractFlows: s21 a part of a place named by what it holds', () => {
  it('"into the leather trade city of X" receives in X, and the merchants who came are counted too', () =>
    expect(
      sides(
        'Baigou report. 31 shoe enterprises of Beijing moved into the leather trade city of Gaoyang County, and over 500 merchants came with them.'
      )
    ).toEqual(['110000>130628 enterprises/enterprises=31', '110000>130628 relocation/merchants=500']));
});

describe('extractFlows: s21 完成投资 is the money of what was moved, not a verb of its own', () => {
  it('由A转移至B的项目…，累计完成投资N', () =>
    expect(sides('由北京市海淀区转移至涿州市的医药产业园项目已竣工投产，累计完成投资28亿元。')).toEqual([
      '110108>130681 investment/yuan=2800000000'
    ]));
});
