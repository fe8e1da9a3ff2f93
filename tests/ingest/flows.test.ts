import { describe, expect, it } from 'vitest';
import { detectLang, extractDate, extractFigures, extractFlows } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

/** Flows of a text (our own sentences), dated so that periods and statuses resolve. */
function flows(body: string, date = '2024-03-05') {
  const text = `Updated on ${date}\n\n${body}`;
  const { mentions, view } = matcher.match(text);
  const lang = detectLang(text);
  const figures = extractFigures(text, view.norm, lang, mentions);
  return extractFlows(text, view.norm, lang, mentions, figures, extractDate(text));
}
const sides = (body: string, date?: string) =>
  flows(body, date).map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}/${f.measure}=${f.value}`);

describe('extractFlows: direction whatever the grammar', () => {
  it.each([
    [
      'receiver as subject, senders in a from-phrase',
      'Cangzhou has undertaken 80 projects from Beijing and Tianjin.',
      ['110000+120000>130900 projects/projects=80']
    ],
    [
      'senders as a modifier of the counted noun',
      'Cangzhou has undertaken 80 Beijing-Tianjin projects.',
      ['110000+120000>130900 projects/projects=80']
    ],
    [
      'sender as subject of a sending verb',
      'Beijing enterprises have invested in 120 projects in Tianjin.',
      ['110000>120000 investment/projects=120']
    ],
    ['passive voice', '90 projects from Tianjin were undertaken by Cangzhou last year.', ['120000>130900 projects/projects=90']],
    [
      'Chinese: receiver before the verb, senders before the noun',
      '沧州市累计承接京津转移项目300余个。',
      ['110000+120000>130900 projects/projects=300']
    ],
    ['Chinese: sender and a marked receiver', '北京企业在天津投资项目50个。', ['110000>120000 investment/projects=50']]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: one flow per stated quantity', () => {
  it('a count and its money are two flows with the same sides', () => {
    expect(sides('Cangzhou has undertaken 80 Beijing projects with a total investment of 12.5 billion yuan.')).toEqual([
      '110000>130900 projects/projects=80',
      '110000>130900 projects/yuan=12500000000'
    ]);
  });
  it('a price threshold of each project is not money moved', () => {
    expect(sides('Cangzhou has undertaken 80 Beijing projects of more than 50 million yuan each.')).toEqual([
      '110000>130900 projects/projects=80'
    ]);
  });
  it('a second count of the same verb keeps the senders and receiver', () => {
    expect(
      sides('Up to now, Cangzhou has taken in 80 Beijing-Tianjin projects, and 12 state-owned enterprise projects.')
    ).toEqual(['110000+120000>130900 projects/projects=80', '110000+120000>130900 projects/projects=12']);
  });
  it('the receiver of an elided subject is the place the passage is about', () => {
    expect(sides('Cangzhou courts investors from the capital.\n\nUp to now, it has undertaken 80 Beijing projects.')).toEqual([
      '110000>130900 projects/projects=80'
    ]);
  });
});

describe('extractFlows: not flows', () => {
  it.each([
    ['a place spending in itself', 'Tianjin invested 3 billion yuan in Heping District.'],
    ['firms of unstated origin', 'More than 900 companies have settled in Baodi District.'],
    ['outputs', 'The Cangzhou plant of a Beijing carmaker has built 680,000 vehicles.'],
    ['a receiver outside the region', 'Tianjin firms have invested in 30 projects in Guangzhou.'],
    ['a sender outside the region', 'Shanghai has transferred 12 projects to Langfang.'],
    ['a cancelled plan', 'Langfang had planned to take in 40 Beijing projects, but the plan was cancelled.'],
    ['a negated statement', 'No Beijing projects have moved to Langfang, and not 40 projects from Tianjin either.']
  ])('%s', (_name, body) => {
    expect(sides(body)).toEqual([]);
  });
});

describe('extractFlows: flows without a number', () => {
  it.each([
    [
      'a park the sender builds in the receiver',
      'Beijing is building a science park in Baoding.',
      ['110000>130600 science_park/null=null']
    ],
    [
      'a concrete mechanism with a named partner',
      'Yanqing District has established a joint mechanism with Huailai County and Chicheng County.',
      ['110119>130730+130732 cooperation/null=null']
    ],
    [
      'schools and a hospital of one package are two flows',
      "Beijing has helped Xiong'an New Area build schools and a hospital.",
      ['110000>133100 education/null=null', '110000>133100 health/null=null']
    ],
    ['an intention is not an instance', 'Chengde will strengthen cooperation with Beijing.', []]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it('takes the number of the next sentence of the same passage', () => {
    expect(
      sides('A Beijing carmaker is building a plant in Cangzhou. The project has a total investment of 8 billion yuan.')
    ).toEqual(['110000>130900 enterprises/yuan=8000000000']);
  });

  it('a flow named without a number that the article also counts is one flow', () => {
    expect(sides('Cangzhou has undertaken 80 Beijing projects.\n\nBeijing projects keep moving to Cangzhou.')).toEqual([
      '110000>130900 projects/projects=80'
    ]);
  });

  it('a headline repeating the body is one flow, with the body as evidence', () => {
    const text = 'Cangzhou takes 80 Beijing projects\nUpdated on 2024-03-05\n\nCangzhou has undertaken 80 Beijing projects.';
    const { mentions, view } = matcher.match(text);
    const figures = extractFigures(text, view.norm, 'en', mentions);
    const got = extractFlows(text, view.norm, 'en', mentions, figures, '2024-03-05');
    expect(got).toHaveLength(1);
    expect(got[0].offset).toBeGreaterThan(text.indexOf('\n'));
  });
});

describe('extractFlows: status and period', () => {
  it.each([
    ['Since 2017, Beijing enterprises have invested in 120 projects in Tianjin.', 'done', 2017, 2024],
    ['Langfang plans to attract 50 Beijing projects this year.', 'planned', 2024, 2024],
    ['In 2023, Langfang will introduce 40 Beijing projects.', 'done', 2023, 2023],
    ['In the first half of 2024, Langfang introduced 40 Beijing projects.', 'done', 2024, 2024],
    ['“十四五”以来，廊坊市引进北京企业120家。', 'done', 2021, 2024],
    ['廊坊市计划引进北京项目50个。', 'planned', null, null]
  ])('%s', (body, status, start, end) => {
    const [f] = flows(body);
    expect(f).toMatchObject({ status, period_start: start, period_end: end });
  });
});

describe('extractFlows: evidence offset', () => {
  it('points at the number in the text', () => {
    const body = 'Cangzhou has undertaken 80 Beijing projects.';
    const text = `Updated on 2024-03-05\n\n${body}`;
    const [f] = flows(body);
    expect(text.slice(f.offset, f.offset + 2)).toBe('80');
  });
});

describe('extractFlows: recall rules (our own sentences)', () => {
  it.each([
    [
      'a count written after its noun, as in translated text',
      'This year Cangzhou newly settled the enterprises from Beijing 17, mainly in medicine.',
      ['110000>130900 enterprises/enterprises=17']
    ],
    [
      '"the capital" as the place things leave is Beijing',
      'Cangzhou took in nine firms from the capital last year.',
      ['110000>130900 enterprises/enterprises=9']
    ],
    [
      'a sending verb before the noun is an attribute, the predicate is the verb before it',
      'In the first four months Cangzhou undertook Beijing transfer projects 56.',
      ['110000>130900 projects/projects=56']
    ],
    [
      "the predicate of the number's own clause, after it",
      'Cangzhou builds a new port, already 28 firms from Tianjin moved in.',
      ['120000>130900 enterprises/enterprises=28']
    ],
    [
      '"there" is the last place named before it',
      'Cangzhou grew fast. Its port was helped by nine firms that moved their offices there from Tianjin.',
      ['120000>130900 enterprises/enterprises=9']
    ],
    [
      'a part is the flow when the total named no sender',
      '沧州市签约项目41个，其中来自北京的项目33个。',
      ['110000>130900 projects/projects=33']
    ],
    [
      'a part of a total already counted is not another flow',
      '沧州市承接北京项目41个，其中医药项目33个。',
      ['110000>130900 projects/projects=41']
    ],
    [
      'Chinese: a sending verb qualifying the noun is no predicate',
      '沧州市今年承接天津转移的医药加工企业7家。',
      ['120000>130900 enterprises/enterprises=7']
    ],
    [
      'a place inside a relative clause takes no side',
      'Cangzhou, which borders Tianjin, took in nine firms from Beijing this year.',
      ['110000>130900 enterprises/enterprises=9']
    ],
    [
      'a time span leaves the receiver slot to the passage',
      '沧州市主动对接北京非首都功能，前8个月共引进北京项目46个。',
      ['110000>130900 projects/projects=46']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it('a headline repeating a body count with vaguer places is not a second flow', () => {
    const text =
      'Hebei introduced Beijing projects 410\nUpdated on 2024-03-05\n\nCangzhou introduced the projects of Beijing 410 since 2021.';
    const { mentions, view } = matcher.match(text);
    const got = extractFlows(text, view.norm, 'en', mentions, extractFigures(text, view.norm, 'en', mentions), extractDate(text));
    expect(got.map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.measure}=${f.value}`)).toEqual([
      '110000>130900 projects=410'
    ]);
  });
});

describe('extractFlows: recall rules, second round (our own sentences)', () => {
  it.each([
    [
      'a bound is a number, not a negation',
      'Langfang plans to introduce not less than 20 Beijing projects.',
      ['110000>131000 projects/projects=20']
    ],
    [
      'a from-phrase after a long noun phrase',
      'Huailai plans to introduce six fruit processing enterprises of Beijing.',
      ['110000>130730 enterprises/enterprises=6']
    ],
    [
      'a receiver named by its kind of unit in a marked slot',
      'Huailai County is growing. Nine firms from Haidian District moved their assembly lines to the county.',
      ['110108>130730 enterprises/enterprises=9']
    ],
    [
      'Chinese: another place between a place and the noun modifies the noun',
      '香河县已有北京企业三家入驻当地。',
      ['110000>131024 enterprises/enterprises=3']
    ],
    [
      'Chinese: 当地 as the subject is the place named before',
      '香河县发展家具产业。今年，当地引进北京企业六家。',
      ['110000>131024 enterprises/enterprises=6']
    ],
    [
      'Chinese: a place named with the unit it lies in is one side',
      '天津津南区已有11家企业到沧州黄骅市投资建厂。',
      ['120112>130983 enterprises/enterprises=11']
    ],
    [
      'English: "X of Y" and "Y\'s X" name the inner place',
      "Tianjin's Beichen District firms invested 2 billion yuan in Huanghua of Cangzhou.",
      ['120113>130983 investment/yuan=2000000000']
    ],
    [
      'two places joined by ", and" are two clauses, not a list',
      'Sanhe has signed up six companies from Tianjin, and Xianghe County plans a park.',
      ['120000>131082 enterprises/enterprises=6']
    ],
    [
      'a count shared by two kinds of things gives each a flow without a number',
      '北京市将推动二十余所高校和医院向雄安新区疏解。',
      ['110000>133100 education/null=null', '110000>133100 health/null=null']
    ],
    [
      'a university campus moved is a school',
      "Four universities in Beijing will open campuses in Xiong'an New Area.",
      ['110000>133100 education/schools=4']
    ],
    [
      'branch offices of firms are firms',
      '北京市属国有企业已在雄安新区设立分支机构二十余家。',
      ['110000>133100 enterprises/enterprises=20']
    ],
    [
      'English: a helped place before the sending verb is the receiver',
      "Beijing's Shunyi District will support Huailai to build a plant, with an investment of 300 million yuan.",
      ['110113>130730 investment/yuan=300000000']
    ],
    [
      'Chinese: the subject carries over the clause break, money goes to the signing partner',
      '天津一家服装集团与衡水市签约，将投资5.5亿元建设面料工厂。',
      ['120000>131100 investment/yuan=550000000']
    ],
    [
      'a partner of an earlier clause is no sender of the next',
      "Beijing's Dongcheng District has paired with Qinglong County to train teachers, and Yu County will receive a vocational school branch from Tianjin.",
      ['110101>130321 education/null=null', '120000>130726 education/null=null']
    ],
    ['an R&D centre set up is research', '保定市的几家企业在南开区设立了研发中心。', ['130600>120104 research/null=null']],
    [
      "a headquarters set up is a firm's, not a relocation",
      '石家庄的一家企业将在西青区设立销售总部。',
      ['130100>120111 enterprises/null=null']
    ],
    [
      'a sentence counting what moves states one flow',
      '石家庄市承接北京非首都功能疏解，共引进北京项目146个。',
      ['110000>130100 projects/projects=146']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: parts, headlines, progress (our own sentences)', () => {
  it.each([
    [
      'Chinese: a part with a narrower sender is a flow of its own',
      '黄骅市今年承接天津项目40个。其中，来自西青区的项目有十五个。',
      ['120000>130983 projects/projects=40', '120111>130983 projects/projects=15']
    ],
    [
      'English: a part with a narrower receiver, its noun left out',
      'Cangzhou drew 30 firms from Beijing this year. Among them, eight settled in Huanghua.',
      ['110000>130900 enterprises/enterprises=30', '110000>130983 enterprises/enterprises=8']
    ],
    [
      'a part naming no narrower side is no second flow',
      '沧州市承接北京企业30家。其中，18家已投产。',
      ['110000>130900 enterprises/enterprises=30']
    ],
    [
      'progress of things already counted moves nothing',
      '沧州市引进北京项目38个，目前已有21个项目开工建设。',
      ['110000>130900 projects/projects=38']
    ],
    [
      'a plan that has been stopped is no flow',
      'The plan of a Beijing company to build a nursing home in Huailai County has been stopped.',
      []
    ],
    [
      'people dispatched are talent, whatever service they staff',
      'Xicheng District has dispatched teachers to the schools of Yu County.',
      ['110102>130726 talent/null=null']
    ],
    [
      'Chinese: a headquarters moved to a place',
      '北京市西城区一家企业已将总部迁至河东区。',
      ['110102>120102 relocation/null=null']
    ],
    [
      'money attached to a passive count with "with … investment"',
      '64 projects from Beijing were signed by Wuqing District, with contracted investment of 18.3 billion yuan.',
      ['110000>120114 projects/projects=64', '110000>120114 projects/yuan=18300000000']
    ],
    ['该市 may be a county-level city', '三河市发展很快。该市今年承接北京转移项目15个。', ['110000>131082 projects/projects=15']]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it('a headline rounding a body count, or naming the region the receiver lies in, is no flow of its own', () => {
    const text = '沧州引进逾三十个北京项目\n发布时间：2024年3月5日\n\n黄骅市今年引进北京项目32个。';
    const { mentions, view } = matcher.match(text);
    const got = extractFlows(text, view.norm, 'zh', mentions, extractFigures(text, view.norm, 'zh', mentions), extractDate(text));
    expect(got.map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.measure}=${f.value}`)).toEqual([
      '110000>130983 projects=32'
    ]);
  });
});

describe('extractFlows: third round (our own sentences)', () => {
  it.each([
    [
      'Chinese: an agreement signed with a place written after its province or city',
      '北京市密云区与河北省香河县签署医疗卫生合作协议。',
      ['110118>131024 cooperation/null=null']
    ],
    [
      'English: a sentence opening with its scene names the receiver',
      'In Huailai County, a dozen enterprises of Dongcheng District have invested 1.2 billion yuan.',
      ['110101>130730 enterprises/enterprises=12', '110101>130730 enterprises/yuan=1200000000']
    ],
    [
      'Chinese: projects entering the park, invested by named places, go to the place of the passage',
      '香河县与房山区共建产业园。首批入园项目8个，均由房山区、丰台区企业投资，总投资43亿元。',
      [
        '131024>110111 cooperation/null=null',
        '110111+110106>131024 projects/projects=8',
        '110111+110106>131024 projects/yuan=4300000000'
      ]
    ],
    [
      'the agent of a passive in a part gives the total no sender, and the part its own flow',
      '黄骅市开发区已入驻企业130家，其中由天津搬迁而来的有28家。',
      ['120000>130983 enterprises/enterprises=28']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: fourth round, general causes (our own sentences)', () => {
  it.each([
    [
      'English: a place written with the unit it lies in still joins a list',
      'Dongcheng District of Beijing and Huailai County signed a cooperation agreement last year.',
      ['110101>130730 cooperation/null=null']
    ],
    [
      'English: a sender written after its municipality ("Tianjin and Beijing\'s Daxing")',
      "Tianjin and Beijing's Daxing District will send doctors to the hospitals of Xianghe County.",
      ['120000+110115>131024 talent/null=null']
    ],
    [
      'English: a from-phrase before a name the matcher absorbed with its city',
      "Hejian City has been settled by 14 enterprises from Tianjin's Dongli District.",
      ['120110>130984 enterprises/enterprises=14']
    ],
    [
      'English: a comma before the municipality qualifies the name and ends no clause',
      'Six projects of Huairou District, Beijing were introduced into Chicheng County.',
      ['110116>130732 projects/projects=6']
    ],
    [
      'English: money verbs (allocate, donate) move the money they name',
      "Shunyi District will allocate 20 million yuan to Qinglong County. Tianjin's Hexi District donated 3 million yuan to Huanghua City.",
      ['110113>130321 investment/yuan=20000000', '120103>130983 investment/yuan=3000000']
    ],
    [
      'English: a part of a place is the place ("in the south of X", "in the park of X")',
      'A clinic of Changping District opened a branch in the south of Chicheng County.',
      ['110114>130732 health/null=null']
    ],
    [
      'English: a passive whose subject names no place is about the site just named',
      'A cold-chain warehouse opened in the west of Xianghe County. It was invested by three enterprises of Tongzhou, the investment is 300 million yuan.',
      ['110112>131024 enterprises/enterprises=3', '110112>131024 enterprises/yuan=300000000']
    ],
    [
      'English: a relative clause on a place counts things there, not things moved',
      "Haidian has opened an incubator in Langfang's Sanhe City, where 40 start-ups now work.",
      ['110108>131082 science_park/null=null']
    ],
    [
      'English: a meeting is an occasion, not an instance',
      'Fengtai District and Chicheng County held a pairing meeting on Monday.',
      []
    ],
    [
      'Chinese: 原本位于X的 names where the things came from',
      '在三河市，原本位于北京市丰台区的5家物流企业被整体引进。',
      ['110106>131082 enterprises/enterprises=5']
    ],
    [
      'Chinese: the agent of 由…投资 before the verb sends',
      '由朝阳区、通州区企业投资的9个项目在大厂回族自治县开工。',
      ['110105+110112>131028 investment/projects=9']
    ],
    [
      'Chinese: a park built together is a flow beside the firms counted in it',
      '天津市静海区与河间市共建的产业园已有9家静海企业入驻。',
      ['120118>130984 cooperation/null=null', '120118>130984 enterprises/enterprises=9']
    ],
    [
      'Chinese: people of another kind beside a count of firms are their own flow',
      '东城区向赤城县派驻医生，并推动3家东城企业落户赤城县。',
      ['110101>130732 talent/null=null', '110101>130732 enterprises/enterprises=3']
    ],
    [
      'Chinese: services named as fields of a cooperation are its topics',
      '西青区与黄骅市在教育、医疗等领域共建合作平台。',
      ['120111>130983 cooperation/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: respectively (our own sentences)', () => {
  it.each([
    [
      'English: numbers without a noun share out the count before them',
      'Sanhe City and Xianghe County undertook 30 projects from Beijing this year. Sanhe City and Xianghe County got 20 and 10 of them respectively.',
      ['110000>131082+131024 projects/projects=30', '110000>131082 projects/projects=20', '110000>131024 projects/projects=10']
    ],
    [
      'English: the total stated beside the breakdown stays its own flow',
      'Huanghua City and Hejian City signed 12 projects with investors of Tianjin, 7 and 5 respectively.',
      ['120000>130983+130984 projects/projects=12', '120000>130983 projects/projects=7', '120000>130984 projects/projects=5']
    ],
    [
      'Chinese: 分别 gives each member its count and its money',
      '雄县和安新县分别承接北京转移项目15个和8个，总投资分别为60亿元和20亿元。',
      [
        '110000>130638 projects/projects=15',
        '110000>130632 projects/projects=8',
        '110000>130638 projects/yuan=6000000000',
        '110000>130632 investment/yuan=2000000000'
      ]
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: fifth round (our own sentences)', () => {
  it.each([
    [
      'English: MT order "landed the enterprises from X 12" receives',
      'Xianghe County newly landed the enterprises from Beijing 12 this year.',
      ['110000>131024 enterprises/enterprises=12']
    ],
    [
      'English: a place inside the senders is theirs in a part ("X accounted for N of them")',
      'Sanhe City introduced 30 enterprises from Beijing. Haidian District accounted for 8 of them.',
      ['110000>131082 enterprises/enterprises=30', '110108>131082 enterprises/enterprises=8']
    ],
    [
      'English: firms "headquartered in X" are from X',
      'Huailai County received 12 projects from state-owned enterprises headquartered in Beijing.',
      ['110000>130730 projects/projects=12']
    ],
    [
      'English: a modifier read as the unit ("7 chemical-industry firms") counts the firms',
      'Huanghua City signed up 7 chemical-industry firms from Tianjin.',
      ['120000>130983 enterprises/enterprises=7']
    ],
    [
      'English: what a plant "will cost" in the next sentence is its money',
      'In Huailai County, a Changping software company is building a data centre. The data centre will cost 900 million yuan.',
      ['110114>130730 enterprises/yuan=900000000']
    ],
    [
      'English: the industry a pairing is about is its topic, not a service flow',
      'Chicheng County signed a pairing agreement with Yanqing District on the medical industry.',
      ['130732>110119 cooperation/null=null']
    ],
    [
      'English: places already paired are a concrete cooperation',
      'Hexi District of Tianjin and Qinglong Manchu Autonomous County have been paired since 2020.',
      ['120103>130321 cooperation/null=null']
    ],
    [
      'English: "gave X N yuan" and people dispatched to "the county"',
      "Tianjin's Nankai District gave Chicheng County 6 million yuan and dispatched technicians to the county.",
      ['120104>130732 investment/yuan=6000000', '120104>130732 talent/null=null']
    ],
    [
      'English: "eight of the firms" is a part with its own sender',
      "Huanghua City took in 30 firms from Beijing last year. Eight of the firms moved there from Beijing's Daxing District.",
      ['110000>130983 enterprises/enterprises=30', '110115>130983 enterprises/enterprises=8']
    ],
    [
      'Chinese: registered capital after a count is its money; 注册资本 is no settling verb',
      '今年已有12家北京企业将总部迁往天津市滨海新区，注册资本合计30亿元。',
      ['110000>120116 enterprises/enterprises=12', '110000>120116 enterprises/yuan=3000000000']
    ],
    [
      'Chinese: money paid out after a pledge is a statement of its own',
      '今年，北京市计划向张家口市投入帮扶资金2亿元。截至6月底，已拨付8000万元。',
      ['110000>130700 investment/yuan=200000000', '110000>130700 investment/yuan=80000000']
    ],
    [
      "Chinese: a research institute founded jointly by two places (the capital's side gives)",
      '由北京市海淀区和雄安新区共同组建的研究院日前揭牌。',
      ['110108>133100 research/null=null']
    ],
    [
      'Chinese: the signing partner of an agreement is not counted twice beside the firms it brought',
      '河间市与北京市房山区签订合作协议后，房山区已有6家企业在河间落户。',
      ['110111>130984 enterprises/enterprises=6']
    ],
    [
      'Chinese: a clinic qualifying the subject sends the doctors of the next clause',
      '天津市西青区一家医院在雄县开设分院，将派出医生坐诊。',
      ['120111>130638 health/null=null', '120111>130638 talent/null=null']
    ],
    [
      'English: things as the subject of a receiving verb settle in the place of the passage, with the money they bring',
      "Hejian City keeps growing. This year, 21 firms from Tianjin's Xiqing District signed up for plots in its park, bringing pledged capital of 3 billion yuan.",
      ['120111>130984 enterprises/enterprises=21', '120111>130984 enterprises/yuan=3000000000']
    ],
    [
      'English: "the two counties" are the counties just named',
      'Xicheng District, Huailai County and Chicheng County held talks. Xicheng District will help the two counties build 3 schools.',
      ['110102>130730+130732 education/schools=3']
    ],
    [
      'Chinese: 双方 are the partners named first; 京津两地 restates its names',
      '河间市与北京市房山区签署合作协议。双方将共建物流园。沧县承接京津两地转移企业12家。',
      ['130984>110111 cooperation/null=null']
    ],
    [
      'English: a passive receiving verb keeps its agent as the receiver',
      '15 projects from Beijing were signed by Sanhe City this year.',
      ['110000>131082 projects/projects=15']
    ],
    [
      'Chinese: a place after the verb is its sender, not an attribute (引进京津项目)',
      '衡水市主动承接北京非首都功能疏解，今年引进京津项目40个。',
      ['110000+120000>131100 projects/projects=40']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: sixth round, s14 (our own sentences)', () => {
  it.each([
    [
      'a dateline place takes no side',
      'WUQING - Some 20 firms from Fengtai District have moved into Wuqing District since 2022.',
      ['110106>120114 enterprises/enterprises=20']
    ],
    [
      'machine-translated passive: "the enterprises 9 of X were introduced by Y"',
      'Last year the enterprises 9 of Hongqiao District were introduced by Huanghua.',
      ['120106>130983 enterprises/enterprises=9']
    ],
    [
      '"the investment of them is" is the total\'s money, not a part',
      'The projects of Miyun 11 have been introduced by Huailai County, and the investment of them is 2.5 billion yuan.',
      ['110118>130730 projects/projects=11', '110118>130730 projects/yuan=2500000000']
    ],
    [
      'money "with signed investment of" after a count',
      'Hejian drew 15 projects from Tianjin, with signed investment of 4 billion yuan.',
      ['120000>130984 projects/projects=15', '120000>130984 projects/yuan=4000000000']
    ],
    [
      '"It" opening a sentence that sends is the previous sentence\'s subject; "there" the place just named',
      'Nankai District signed with Yu County on Friday. It will open two hospital branches there next year.',
      ['120104>130726 health/hospitals=2']
    ],
    [
      '"the district" sending is the nearest district named before it in the paragraph',
      'Shunyi District signed with Huailai County in May. Also the district has sent teachers to the schools of Huailai.',
      ['110113>130730 talent/null=null']
    ],
    ['a question states nothing', 'How many projects did Huailai County take from Beijing last year?', []],
    [
      "a place's own budget is no flow",
      'Huailai drew 6 projects from Miyun. Separately, the county put 300 million yuan of its own budget into roads.',
      ['110118>130730 projects/projects=6']
    ],
    [
      'what money is for is not a second flow',
      'Dongcheng District put 50 million yuan into Chicheng County for rebuilding 9 village schools.',
      ['110101>130732 investment/yuan=50000000']
    ],
    [
      'a passive agreement "signed between A and B"',
      'In April, the agreement on shared bus passes was signed between Huailai County and Miyun District.',
      ['130730>110118 cooperation/null=null']
    ],
    [
      'a passive agreement "signed with B" in the scene-setting place A',
      'In Chicheng County, a cooperation agreement on seed farms was signed with Dongcheng District last week.',
      ['130732>110101 cooperation/null=null']
    ],
    [
      'two partners that set up an alliance',
      'Xicheng District and Huailai County agreed on Monday to set up a wine tourism alliance.',
      ['110102>130730 cooperation/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it('"our county" in an interview is the county its title names', () => {
    const text =
      'Q&A | Huailai county head on partners\nUpdated on 2024-03-05\n\nHead: Xicheng District signed a cooperation agreement with our county in March.';
    const { mentions, view } = matcher.match(text);
    const figures = extractFigures(text, view.norm, 'en', mentions);
    const got = extractFlows(text, view.norm, 'en', mentions, figures, '2024-03-05');
    expect(got.map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}`)).toEqual(['110102>130730 cooperation']);
  });

  it("a county's work report that names itself only in its title receives what it takes in", () => {
    const text =
      '怀来县2023年工作总结\n发布时间：2023年12月29日\n\n2023年，我县各项工作取得成效。\n\n一是产业承接有力。全年承接北京产业转移项目27个。';
    const { mentions, view } = matcher.match(text);
    const figures = extractFigures(text, view.norm, 'zh', mentions);
    const got = extractFlows(text, view.norm, 'zh', mentions, figures, '2023-12-29');
    expect(got.map((f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.measure}=${f.value}`)).toEqual([
      '110000>130730 projects=27'
    ]);
  });

  it.each([
    [
      "争取 before money is a receiving verb; the receiver is the passage's subject",
      '1至6月，怀来县承接北京项目9个；争取天津市资金5000万元。',
      ['110000>130730 projects/projects=9', '120000>130730 investment/yuan=50000000']
    ],
    ['a marked receiver after 了', '北京一家食品企业把工厂搬到了怀来县。', ['110000>130730 enterprises/null=null']],
    [
      'parts of money with narrower receivers, in the paragraph after the total',
      '“十四五”以来，东城区累计向张家口市投入帮扶资金3.2亿元。\n\n其中，怀来县获得资金1.2亿元，赤城县获得0.8亿元。',
      [
        '110101>130700 investment/yuan=320000000',
        '110101>130730 investment/yuan=120000000',
        '110101>130732 investment/yuan=80000000'
      ]
    ],
    [
      "a place's own money (自身投入) is no flow",
      '怀来县承接北京项目9个。同时，县里自身投入财政资金2亿元用于道路改造。',
      ['110000>130730 projects/projects=9']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: pairings without a number, s14 (our own sentences)', () => {
  it.each([
    [
      'two lists paired respectively: one flow per pair',
      'Dongcheng and Xicheng districts have paired with Sanhe and Xianghe respectively to run schools.',
      [
        '110101>131082 education/null=null',
        '110102>131024 education/null=null',
        '110101>131082 cooperation/null=null',
        '110102>131024 cooperation/null=null'
      ]
    ],
    [
      '分别 with two lists: one flow per pair',
      '东城区、西城区分别与三河市、香河县签订合作协议。',
      ['110101>131082 cooperation/null=null', '110102>131024 cooperation/null=null']
    ],
    [
      'a branch opened 在当地: the place just named',
      '天津市河西区与香河县签约，将在当地开设医院分院。',
      ['120103>131024 health/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: seventh round, s14 (our own sentences)', () => {
  it.each([
    [
      '该区 opening a sentence that sends is the district named before',
      '天津市河西区与香河县签约。该区明年将在香河县开设两家医院分院。',
      ['120103>131024 health/hospitals=2']
    ],
    [
      '"8 of which came from X": a part with a narrower sender',
      'Sanhe drew 22 projects from Beijing, 8 of which came from Haidian.',
      ['110000>131082 projects/projects=22', '110108>131082 projects/projects=8']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: first round, s15 (our own sentences)', () => {
  it.each([
    [
      'wire copy: "X County in north China\'s Hebei Province" is X alone',
      "Qinglong County in north China's Hebei Province and Beijing's Pinggu District signed a tourism agreement on Friday.",
      ['130321>110117 cooperation/null=null']
    ],
    [
      '"A and B each signed with C": one flow per member',
      'Huailai County and Chicheng County each signed a water agreement with Yanqing District.',
      ['130730>110119 cooperation/null=null', '130732>110119 cooperation/null=null']
    ],
    [
      '均与: one flow per member',
      '香河县、大厂回族自治县均与天津市武清区签订了农业合作协议。',
      ['131024>120114 cooperation/null=null', '131028>120114 cooperation/null=null']
    ],
    [
      'A分别与B、C: one flow per partner',
      '武清区分别与香河县、三河市签署了物流合作协议。',
      ['120114>131024 cooperation/null=null', '120114>131082 cooperation/null=null']
    ],
    [
      '"X signed agreements with A, B and C": one flow, the partners as a group',
      'Jinghai District signed agreements with Huanghua City, Hejian City and Xianghe County on flood control.',
      ['120118>130983+130984+131024 cooperation/null=null']
    ],
    [
      'three parties that set up one body: the first named and the others',
      'Pinggu District, Jizhou District and the three northern counties set up a joint tourism alliance.',
      ['110117>120119+131024+131028+131082 cooperation/null=null']
    ],
    [
      '共同成立: a place before the verb is the subject, not a modifier of 人才',
      '平谷区、蓟州区、三河市共同成立人才联盟。',
      ['110117>120119+131082 cooperation/null=null']
    ],
    [
      'amounts respectively with their units between them',
      'Xiqing District and Jinnan District put 300 million yuan and 200 million yuan respectively into Huanghua City.',
      ['120111>130983 investment/yuan=300000000', '120112>130983 investment/yuan=200000000']
    ],
    [
      '分别 between two lists with two numbers: the i-th of each list',
      '西城区、东城区分别在怀来县、赤城县落地项目6个和4个。',
      ['110102>130730 projects/projects=6', '110101>130732 projects/projects=4']
    ],
    [
      '投入 sends money; 分别 shares it out',
      '天津市向黄骅市、河间市分别投入帮扶资金2亿元和1亿元。',
      ['120000>130983 investment/yuan=200000000', '120000>130984 investment/yuan=100000000']
    ],
    [
      '签约额 after a count is its money, not a second predicate',
      '一季度，黄骅市签约天津项目9个，签约额21亿元。',
      ['120000>130983 projects/projects=9', '120000>130983 projects/yuan=2100000000']
    ],
    [
      '"took N of them": a part with a narrower receiver',
      'Cangzhou has attracted 90 projects from Tianjin, and Huanghua City took 30 of them.',
      ['120000>130900 projects/projects=90', '120000>130983 projects/projects=30']
    ],
    [
      'people "selected to work in" a place are talent',
      'Xicheng District selected 9 teachers to work in Huailai County schools.',
      ['110102>130730 talent/null=null']
    ],
    [
      'a medical team sent is talent',
      'Dongcheng District will send a medical team to Chicheng County in May.',
      ['110101>130732 talent/null=null']
    ],
    ['组织…到: people sent', '静海区组织15名医生到黄骅市开展义诊。', ['120118>130983 talent/null=null']],
    ["a place opening an institution's name is no sender", '北京天坛医院在香河县设立了分院。', []],
    [
      'an English institution name is no sender either',
      "Beijing Children's Hospital opened a branch in Xianghe County in May.",
      []
    ],
    ['a hospital of a place is the place sending', '北京一家三甲医院在香河县设立了分院。', ['110000>131024 health/null=null']],
    [
      'an English subject before an inserted phrase sends',
      'Wuqing, for its part, invested 900 million yuan in Xianghe County last year.',
      ['120114>131024 investment/yuan=900000000']
    ],
    [
      'an opening adverbial ending in a place names the receiver',
      'Across the river in Sanhe City, 12 Beijing enterprises have settled since 2021.',
      ['110000>131082 enterprises/enterprises=12']
    ],
    [
      '投入资金 after pairing: the paired subject receives the money',
      '香河县与武清区开展结对帮扶，武清区今年投入资金8000万元。',
      ['120114>131024 investment/yuan=80000000']
    ],
    [
      '对接京津 names partners, not the subject',
      '近年来，沧州市主动对接京津，累计承接京津转移项目200余个。',
      ['110000+120000>130900 projects/projects=200']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

/** Flows of a titled text (the title may name the unit the report is about). */
function titled(title: string, body: string, date = '2024-03-05') {
  const text = `${title}\n${date}\n\n${body}`;
  const { mentions, view } = matcher.match(text);
  const lang = detectLang(text);
  const figures = extractFigures(text, view.norm, lang, mentions);
  return extractFlows(text, view.norm, lang, mentions, figures, extractDate(text)).map(
    (f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}/${f.measure}=${f.value}`
  );
}

describe('extractFlows: s16 causes of missed flows', () => {
  it.each([
    // 1. numberless standing relations
    ['建立对口帮扶关系 is a cooperation', '石景山区与蔚县建立对口帮扶关系。', ['110107>130726 cooperation/null=null']],
    ['结成帮扶对子 is a cooperation', '西城区和蔚县结成帮扶对子已有六年。', ['110102>130726 cooperation/null=null']],
    ['建立合作关系 is a cooperation', '2019年以来，武清区和香河县建立了合作关系。', ['120114>131024 cooperation/null=null']],
    ['strengthening a relation is an intention only', '武清区将进一步加强与香河县的合作关系。', []],
    [
      '"B\'s pairing partner" names both partners',
      "Shijingshan District has been Yu County's pairing partner since 2017.",
      ['110107>130726 cooperation/null=null']
    ],
    [
      '"the pairing partner of B" names both partners',
      'Since 2017 Shijingshan District has been the pairing partner of Yu County.',
      ['110107>130726 cooperation/null=null']
    ],
    // 2. 分别 over pairs without a number
    [
      '分别与 pairs two lists of partners',
      '海淀区、朝阳区分别与赤城县、香河县建立对口帮扶关系。',
      ['110108>130732 cooperation/null=null', '110105>131024 cooperation/null=null']
    ],
    // 4. passives and receivers as subjects
    [
      'bare numbers after a passive with listed receivers',
      'Projects from Tianjin were taken in by Xianghe and Dachang counties, 31 and 17 respectively.',
      ['120000>131024 projects/projects=31', '120000>131028 projects/projects=17']
    ],
    [
      'bare numbers after firms that settled in listed places',
      'Beijing enterprises settled in Sanhe City and Xianghe County, 22 and 9 respectively.',
      ['110000>131082 enterprises/enterprises=22', '110000>131024 enterprises/enterprises=9']
    ],
    // 5. MT word order, receiver in the opening scene
    [
      'a passive without its agent receives in the opening scene',
      'In Sanhe, the enterprises of Beijing and Tianjin 41 were introduced last year.',
      ['110000+120000>131082 enterprises/enterprises=41']
    ],
    [
      'an agent named after the passive still receives',
      'In Sanhe, 41 Beijing enterprises were introduced by Xianghe County.',
      ['110000>131024 enterprises/enterprises=41']
    ],
    // 6. parts with a narrower sender
    [
      '"Of the N projects, M came from" opens a part',
      'Dachang took in 31 Beijing projects. Of the 31 projects, 12 came from Daxing and Fengtai districts.',
      ['110000>131028 projects/projects=31', '110115+110106>131028 projects/projects=12']
    ],
    [
      '"Among these" opens a part',
      'Dachang took in 31 Beijing projects last year. Among these projects, seven came from Daxing District.',
      ['110000>131028 projects/projects=31', '110115>131028 projects/projects=7']
    ],
    // talent counted with both places
    [
      'people counted with their origin and place of work are talent',
      'In Wei County, a team of 16 doctors from Fengtai District has worked since May.',
      ['110106>130726 talent/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  // 3. the whole unit an article is about
  it('全市 in an article about a prefecture is the prefecture, not a city of it named before', () => {
    expect(titled('廊坊市协同发展观察', '三河市今年承接北京项目18个。\n\n今年以来，全市累计引进京津企业260家。')).toEqual([
      '110000>131082 projects/projects=18',
      '110000+120000>131000 enterprises/enterprises=260'
    ]);
  });
  it('"throughout the city" in an article about a prefecture is the prefecture', () => {
    expect(
      titled(
        'Langfang reports gains',
        'Sanhe took in 18 Beijing projects this year.\n\nThroughout the city, 260 Beijing enterprises were introduced this year.'
      )
    ).toEqual(['110000>131082 projects/projects=18', '110000>131000 enterprises/enterprises=260']);
  });
  it('"our county" in a county work report is the county of the title', () => {
    expect(
      titled('Xianghe County Government Work Report', 'Last year, 14 Beijing enterprises were introduced in our county.')
    ).toEqual(['110000>131024 enterprises/enterprises=14']);
  });
});

describe('extractFlows: s16 round 2 causes', () => {
  it.each([
    [
      '分别 with an opening clause and a count of the places after the numbers',
      '2023年以来，三河市、香河县和大厂县分别承接北京项目20个、11个和6个，三地合计新增就业4000人。',
      ['110000>131082 projects/projects=20', '110000>131024 projects/projects=11', '110000>131028 projects/projects=6']
    ],
    [
      'pledged money and its parts, each part to the place right after its number',
      'Beijing has pledged 900 million yuan in aid to Zhangjiakou, of which 400 million yuan will go to Huailai and 200 million yuan to Chicheng.',
      [
        '110000>130700 investment/yuan=900000000',
        '110000>130730 investment/yuan=400000000',
        '110000>130732 investment/yuan=200000000'
      ]
    ],
    [
      'a gapped second amount goes to its own receiver',
      'Haidian District gave 60 million yuan to Huailai County and 25 million yuan to Chicheng County last year.',
      ['110108>130730 investment/yuan=60000000', '110108>130732 investment/yuan=25000000']
    ],
    [
      '"another N" taken in by listed places continues the sentence before, and splits by respectively',
      'Sanhe City took in 50 firms from Tongzhou District last year. Another 30 were taken in by Xianghe and Dachang counties in the same period, 18 and 12 respectively.',
      [
        '110112>131082 enterprises/enterprises=50',
        '110112>131024+131028 enterprises/enterprises=30',
        '110112>131024 enterprises/enterprises=18',
        '110112>131028 enterprises/enterprises=12'
      ]
    ],
    [
      'an industrial park one place sets up in another is a park flow',
      'Xicheng District set up an industrial park in Yu County last year.',
      ['110102>130726 science_park/null=null']
    ],
    [
      '产业园 built by one place in another is a park flow',
      '东城区去年在蔚县建设了一座产业园。',
      ['110101>130726 science_park/null=null']
    ],
    [
      'an industrial park built together stays a cooperation',
      'Xicheng District and Yu County jointly built an industrial park last year.',
      ['110102>130726 cooperation/null=null']
    ],
    [
      "a receiver's own industrial park moves nothing of its own",
      "Xianghe's furniture industrial park signed five firms from Beijing's Chaoyang District this year.",
      ['110105>131024 enterprises/enterprises=5']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it('a pledge is planned, and so are its parts', () => {
    const got = flows(
      'Beijing has pledged 900 million yuan in aid to Zhangjiakou, of which 400 million yuan will go to Huailai and 200 million yuan to Chicheng.'
    );
    expect(got.map((f) => f.status)).toEqual(['planned', 'planned', 'planned']);
  });

  // data/README.md § flows: "a count of them has no flow measure" — people sent are a numberless talent flow.
  it('a count of people sent is a talent flow without a measure (the convention)', () => {
    expect(sides('Xicheng District has sent seven agronomists to Yu County since 2021.')).toEqual([
      '110102>130726 talent/null=null'
    ]);
  });
});

describe('extractFlows: s17 causes of missed English flows (our own sentences)', () => {
  const report = 'Work Summary of Xianghe County Government\nUpdated on 2024-02-01\n\nOur county kept to its plan.\n\n';
  it.each([
    [
      'parts told by their senders after a semicolon',
      'Hejian signed 38 projects with investors from Beijing and Tianjin in 2023; 25 were from Beijing and 13 from Tianjin.',
      ['110000+120000>130984 projects/projects=38', '110000>130984 projects/projects=25', '120000>130984 projects/projects=13']
    ],
    [
      'a gapped part after "of them"',
      'Hejian signed 38 projects with investors from Beijing and Tianjin in 2023, 25 of them from Beijing and 13 from Tianjin.',
      ['110000+120000>130984 projects/projects=38', '110000>130984 projects/projects=25', '120000>130984 projects/projects=13']
    ],
    [
      '"X alone took in N of them": a narrower receiver of the part just stated',
      'Cangzhou has taken in 70 projects from Beijing since 2020. Of these, 30 came from Haidian District. Huanghua alone took in twelve of them.',
      ['110000>130900 projects/projects=70', '110108>130900 projects/projects=30', '110108>130983 projects/projects=12']
    ],
    [
      'a statistics release: labelled list lines, their receiver the heading paragraph',
      "Langfang's statistics office published these figures for last year.\n\n- Projects from Beijing and Tianjin signed: 150, of which from Beijing 90 and from Tianjin 60.\n- Planned investment of the signed projects: 48 billion yuan.\n- Tianjin enterprises newly registered in the city: 44.\n- Output value of the city's plants: 12 billion yuan.",
      [
        '110000+120000>131000 projects/projects=150',
        '110000>131000 projects/projects=90',
        '120000>131000 projects/projects=60',
        '110000+120000>131000 projects/yuan=48000000000',
        '120000>131000 enterprises/enterprises=44'
      ]
    ],
    [
      'a breakdown in brackets on a list line',
      "Cangzhou's commerce bureau listed the year's results.\n\n• Projects from Beijing and Tianjin landed: 96 (Beijing 70, Tianjin 26)\n• Investment received from Tianjin: 5.4 billion yuan",
      [
        '110000+120000>130900 projects/projects=96',
        '110000>130900 projects/projects=70',
        '120000>130900 projects/projects=26',
        '120000>130900 investment/yuan=5400000000'
      ]
    ],
    [
      'machine-translated parts listed after "among them", one clause each',
      'In 2023, Hejian introduced the projects of Beijing and Tianjin 40, the total investment is 15 billion yuan, among them the projects of Beijing 28, the projects of Tianjin 12.',
      [
        '110000+120000>130984 projects/projects=40',
        '110000+120000>130984 projects/yuan=15000000000',
        '110000>130984 projects/projects=28',
        '120000>130984 projects/projects=12'
      ]
    ],
    [
      'respectively over receivers of a count two paragraphs back, and one more share after it',
      '55 projects from Beijing and Tianjin were signed by Langfang in 2023.\n\nSanhe and Xianghe County took 20 and 11 of the projects, respectively, while Dachang Hui Autonomous County received 9.',
      [
        '110000+120000>131000 projects/projects=55',
        '110000+120000>131082 projects/projects=20',
        '110000+120000>131024 projects/projects=11',
        '110000+120000>131028 projects/projects=9'
      ]
    ],
    [
      '"It" receiving, and the list of shares right before the numbers',
      'Hebei signed 90 projects from Beijing and Tianjin in 2023.\n\nXianghe County was the main host. It took in 40 of the projects from Beijing and Tianjin, and Sanhe and Huanghua took 15 and 10 of them respectively.',
      [
        '110000+120000>130000 projects/projects=90',
        '110000+120000>131024 projects/projects=40',
        '110000+120000>131082 projects/projects=15',
        '110000+120000>130983 projects/projects=10'
      ]
    ],
    [
      'the money of the projects just counted, in a paragraph of its own, and a second amount',
      'Huailai County signed 17 projects from Beijing last year.\n\nThe signed projects carry planned investment of 6.2 billion yuan, and funds actually received reached 1.9 billion yuan.',
      ['110000>130730 projects/projects=17', '110000>130730 projects/yuan=6200000000', '110000>130730 projects/yuan=1900000000']
    ],
    [
      'a second amount after a semicolon',
      'Huailai County signed 17 projects from Beijing last year, with planned investment of 6.2 billion yuan; the funds actually received reached 1.9 billion yuan.',
      ['110000>130730 projects/projects=17', '110000>130730 projects/yuan=6200000000', '110000>130730 projects/yuan=1900000000']
    ],
    [
      'a second receiver with a bare number after "while"',
      'Sanhe received 11 Beijing projects this year, while Xianghe County took in 6.',
      ['110000>131082 projects/projects=11', '110000>131024 projects/projects=6']
    ],
    [
      '"Together the firms have invested…" after their count, and a coordinated planned amount',
      'Hejian has attracted 28 firms from Beijing since 2021. Together the firms have invested 3.6 billion yuan in the city.\n\nHejian will strive to introduce 50 more enterprises from Beijing, and to receive 6 billion yuan of funds in place.',
      [
        '110000>130984 enterprises/enterprises=28',
        '110000>130984 enterprises/yuan=3600000000',
        '110000>130984 enterprises/enterprises=50',
        '110000>130984 investment/yuan=6000000000'
      ]
    ],
    [
      '"According to X, it has sent…": the source named first is "it"',
      'According to Haidian District, it has sent 20 doctors and 30 teachers into Chicheng County since 2022.',
      ['110108>130732 talent/null=null']
    ],
    [
      'people sent in a passive naming only their sender go to the place the passage is about',
      'Fengtai District helps Huailai County.\n\nThe teachers which are dispatched from Fengtai District are fifteen.',
      ['110106>130730 talent/null=null']
    ],
    [
      'a medical testing institute founded together is research',
      'Changping District and Hejian co-founded a medical device testing institute in August.',
      ['110114>130984 research/null=null']
    ],
    [
      'a relocation and its money, the narrower of the sender named twice',
      'A Beijing printing firm moved its headquarters and plant from Daxing District to Yu County, the investment 210 million yuan.',
      ['110115>130726 relocation/null=null', '110115>130726 investment/yuan=210000000']
    ],
    [
      'a relocation and a participle with its money',
      'A Beijing paint maker moved its head office from Fengtai District to Chicheng County in May, investing 90 million yuan in the new site.',
      ['110106>130732 relocation/null=null', '110106>130732 investment/yuan=90000000']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });

  it.each([
    [
      '"X has been our pairing partner"',
      'Tongzhou District has been our pairing partner since 2022.',
      ['110112>131024 cooperation/null=null']
    ],
    [
      'aid funds and people sent to "our county"',
      'Chaoyang District allocated the aid funds 25 million yuan to our county, and sent 12 teachers and 5 doctors to work in our county.',
      ['110105>131024 investment/yuan=25000000', '110105>131024 talent/null=null']
    ],
    [
      'schools of "our county" paired with a Beijing district: the Beijing side gives',
      'Three of our primary schools are paired with schools in Dongcheng District.',
      ['110101>131024 education/schools=3']
    ],
    [
      '"A and our county will jointly build a park"',
      'Sanhe and our county will jointly build a logistics park.',
      ['131082>131024 cooperation/null=null']
    ],
    [
      '"we" hoping to bring in more, in a text that says "our county"',
      'By 2026 we hope to bring in 12 more Beijing projects.',
      ['110000>131024 projects/projects=12']
    ]
  ])('%s', (_name, body, want) => {
    const text = report + body;
    const { mentions, view } = matcher.match(text);
    const figures = extractFigures(text, view.norm, 'en', mentions);
    const got = extractFlows(text, view.norm, 'en', mentions, figures, '2024-02-01').map(
      (f) => `${f.origin.join('+')}>${f.destination.join('+')} ${f.kind}/${f.measure}=${f.value}`
    );
    expect(got).toEqual(want);
  });

  it.each([
    [
      'the seat of an institution is no sender',
      'Researchers from a university based in Tianjin helped Cangzhou design a lab that the city paid for itself.'
    ],
    [
      'a list line of an output',
      "Langfang's statistics office published these figures.\n\n- Output value of the city's plants: 12 billion yuan."
    ],
    ['shares of a count never stated', 'Sanhe and Xianghe County took 20 and 11 of them respectively.']
  ])('%s: no flow', (_name, body) => {
    expect(sides(body)).toEqual([]);
  });
});

describe('extractFlows: s20 rules (unseen styles)', () => {
  it.each([
    [
      'a verb as attribute of the noun is no predicate, whatever follows the noun (其中…)',
      '承德市全年共承接京津转移项目86个，其中北京项目61个。',
      ['110000+120000>130800 projects/projects=86', '110000>130800 projects/projects=61']
    ],
    [
      'a second count with its own modifier drops the first count’s (…23家、天津企业9家)',
      '香河县去年承接北京转移企业23家、天津企业9家。',
      ['110000>131024 enterprises/enterprises=23', '120000>131024 enterprises/enterprises=9']
    ],
    [
      'a modifier before a list of counts qualifies them all (北京企业…、科研院所…)',
      '石家庄市累计吸引北京企业1150家、科研院所6家落户。',
      ['110000>130100 enterprises/enterprises=1150', '110000>130100 research/institutes=6']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body)).toEqual(want);
  });
});

describe('extractFlows: s20 moves of production', () => {
  it.each([
    [
      'a production line moved is a relocation, its money a second flow',
      'A Beijing battery maker will relocate its cell production line to Cangzhou, investing 2.2 billion yuan.',
      ['110000>130900 relocation/null=null', '110000>130900 investment/yuan=2200000000']
    ],
    [
      'a distribution centre moved (分拨中心迁至)',
      '天津市武清区一家物流企业将其分拨中心整体迁至廊坊市。',
      ['120114>131000 relocation/null=null']
    ],
    [
      'a whole firm that moves stays a firm',
      '一家原本位于北京市丰台区的钢结构企业已整体搬迁至唐山市。',
      ['110106>130200 enterprises/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).sort()).toEqual(want.sort());
  });
});

describe('extractFlows: s20 counts each with its own from-phrase', () => {
  it.each([
    [
      'a from-phrase after a count is that count’s ("23 … from Beijing …, and 9 from Tianjin")',
      'Xianghe County attracted 23 enterprises from Beijing in the first quarter, and 9 from Tianjin.',
      ['110000>131024 enterprises/enterprises=23', '120000>131024 enterprises/enterprises=9']
    ],
    [
      'two counts in one subject ("41 firms from Haidian and 17 from Chaoyang settled in …")',
      'In 2023, 41 firms from Haidian and 17 from Chaoyang settled in Binhai.',
      ['110108>120116 enterprises/enterprises=41', '110105>120116 enterprises/enterprises=17']
    ],
    [
      'Chinese parts each after its own 来自 (来自北京的项目19个、来自天津的项目6个)',
      '沧州市签约项目，其中来自北京的项目19个、来自天津的项目6个。',
      ['110000>130900 projects/projects=19', '120000>130900 projects/projects=6']
    ],
    [
      '"came in to X" settles; shares "respectively" split the total, not its last part',
      'Since January, 58 firms came in to Cangzhou: 41 from Beijing and 17 from Tianjin. Huanghua and Hejian took in 12 and 9 respectively.',
      [
        '110000+120000>130900 enterprises/enterprises=58',
        '110000>130900 enterprises/enterprises=41',
        '120000>130900 enterprises/enterprises=17',
        '110000+120000>130983 enterprises/enterprises=12',
        '110000+120000>130984 enterprises/enterprises=9'
      ]
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).sort()).toEqual(want.sort());
  });
});

describe('extractFlows: s20 signing fairs and moves with their money (zh)', () => {
  it.each([
    [
      'a fair as the subject: the receiver is the place the article is about',
      '廊坊市产业对接会签约项目一览\n\n本届对接会共签约项目28个，其中来自北京的项目19个、来自天津的项目6个。',
      ['110000>131000 projects/projects=19', '120000>131000 projects/projects=6']
    ],
    [
      'money in the clause after a move goes with the moving firm',
      '天津市武清区一家物流企业将其分拨中心整体迁至廊坊市，投资5亿元。',
      ['120114>131000 investment/yuan=500000000', '120114>131000 relocation/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).sort()).toEqual(want.sort());
  });
});

describe('extractFlows: s20 English verbs and markers', () => {
  it.each([
    [
      '"has been home to" receives',
      'Since 2019, Langfang has been home to the branch campuses of 14 Beijing schools.',
      ['110000>131000 education/schools=14']
    ],
    [
      '"moved out of X" names the sender',
      'This year alone, Dachang and Xianghe received 23 industrial projects moved out of Tongzhou District.',
      ['110112>131028+131024 projects/projects=23']
    ],
    [
      '"shifted its headquarters to X": the object between the verb and "to"',
      'A Fengtai-based vaccine maker shifted its headquarters to Cangzhou last year.',
      ['110106>130900 relocation/null=null']
    ],
    [
      'an institute opening a branch is research',
      'A furniture design institute from Xicheng District has agreed to open a branch in Hejian City next year.',
      ['110102>130984 research/null=null']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).sort()).toEqual(want.sort());
  });
});

describe('extractFlows: s20 counts the figures pass attributes (no predicate read)', () => {
  it.each([
    [
      '"Beijing projects numbered 28 and Tianjin projects 18": each modifier counts what follows it',
      'In the first half of the year, Cangzhou signed 46 cooperation projects. Beijing projects numbered 28 and Tianjin projects 18.',
      ['110000>130900 projects/projects=28', '120000>130900 projects/projects=18']
    ],
    [
      'a count of firms that came from a sender, in a sentence about the receiver',
      'Today Hejian City counts 126 firms that came from Beijing.',
      ['110000>130984 enterprises/enterprises=126']
    ],
    ['schools paired move nothing counted', '此外，东城区的5所学校和魏县的5所学校结成对子。', []]
  ])('%s', (_name, body, want) => {
    expect(
      sides(body)
        .filter((f) => !f.includes('cooperation') && !f.includes('education/null'))
        .sort()
    ).toEqual(want.sort());
  });
});

describe('extractFlows: s20 attributed counts stay within what the sentence says', () => {
  it.each([
    ['a receiver outside the region', 'Wuhan City counts 126 firms that came from Beijing.'],
    [
      'hospitals the doctors come from',
      'The doctors come from five hospitals of Xicheng, they will work in Hejian City for one year.'
    ]
  ])('%s: no counted flow', (_name, body) => {
    expect(sides(body).filter((f) => !f.endsWith('null=null'))).toEqual([]);
  });
});

describe('extractFlows: s20 a receiver list after one verb (zh)', () => {
  it('a place after another count of the verb is a receiver of its own, not a sender', () => {
    expect(sides('北三县中，三河市签约项目57个，大厂回族自治县49个，香河县38个。')).toEqual([]);
  });
});

describe('extractFlows: s20 wire copy (a paragraph per sentence)', () => {
  const wire =
    'CANGZHOU, May 13 -- Eleven drug makers from Daxing District have moved their production lines to the biomedicine park of Cangzhou since 2015.\n\n' +
    'The relocated plants represent a combined investment of 4.6 billion yuan.\n\n' +
    'A Fengtai-based vaccine maker shifted its headquarters to the park last year.\n\n' +
    "Another six drug companies based in Tianjin's Beichen District are expected to relocate their workshops to the park by 2025.";
  it('the relocated plants’ money, "to the park" as the earlier flows’ site, firms "based in" a place send', () => {
    expect(sides(wire).sort()).toEqual(
      [
        '110115>130900 enterprises/enterprises=11',
        '110115>130900 enterprises/yuan=4600000000',
        '110106>130900 relocation/null=null',
        '120113>130900 enterprises/enterprises=6'
      ].sort()
    );
  });
});

describe('extractFlows: s20 money as the size of what is built', () => {
  it.each([
    [
      '"will build a rolling mill of 2 billion yuan in X"',
      'A Tianjin steel group will also build a rolling mill of 2 billion yuan in Hejian City next year.',
      ['120000>130984 investment/yuan=2000000000']
    ],
    [
      '"is building a 600-million-yuan plant in X"',
      'A Tianjin dairy group is building a 600-million-yuan plant in Hejian City.',
      ['120000>130984 investment/yuan=600000000']
    ],
    [
      '"a budget of N" of a branch built',
      'Tongzhou District has agreed to build a branch of its district hospital in Xianghe County, with 300 beds and a budget of 450 million yuan.',
      ['110112>131024 investment/yuan=450000000']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).filter((f) => f.includes('/yuan'))).toEqual(want);
  });
});

describe('extractFlows: s20 Chinese things that came and services run elsewhere', () => {
  it.each([
    [
      '从京津转移过来的企业，X已有N家: what came over came to the place the passage is about',
      '2021年，一家企业将生产线整体迁往魏县。像这样从京津转移过来的企业，目前魏县已有37家。',
      ['110000+120000>130434 enterprises/enterprises=37']
    ],
    [
      '医院到X开展合作办医: hospitals that run clinics in X are sent there',
      '“十四五”以来，天津市累计有12家三级医院到河北省开展合作办医。',
      ['120000>130000 health/hospitals=12']
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).filter((f) => !f.endsWith('null=null'))).toEqual(want);
  });
});

describe('extractFlows: s20 neighbours, labels and parks built together (zh)', () => {
  it.each([
    [
      '与我县相邻的: a neighbour is no partner',
      '香河县政府工作报告\n\n与我县相邻的三河市、大厂回族自治县分别签约项目35个和28个。',
      []
    ],
    [
      'X：入驻北京市海淀区企业41家: the label’s place receives, the firms’ place sends',
      '📌 魏县：入驻北京市海淀区企业41家、天津企业17家。',
      ['110108>130434 enterprises/enterprises=41', '120000>130434 enterprises/enterprises=17']
    ],
    [
      'firms settling in a park two places built together have no stated origin',
      '唐山市与北京市顺义区共建的产业园累计入驻企业29家。',
      []
    ]
  ])('%s', (_name, body, want) => {
    expect(sides(body).filter((f) => !f.endsWith('null=null'))).toEqual(want);
  });
});

describe('extractFlows: s20 an English part opening its sentence', () => {
  it('"Of the Beijing projects, eight were relocated from X" goes where its total went', () => {
    const got = sides(
      'Xianghe County report\n\nThe county signed 46 projects with Beijing and Tianjin partners last year, up 15 percent. 29 were from Beijing and 17 from Tianjin. Of the Beijing projects, eight were relocated from Haidian District.'
    );
    expect(got).toContain('110108>131024 projects/projects=8');
  });
});
