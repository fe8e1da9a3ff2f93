import { describe, expect, it } from 'vitest';
import { detectLang, extractFigures } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

function figures(text: string) {
  const { mentions, view, hits } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map(({ value, unit, code, approx, flags, raw }) => ({
    value,
    unit,
    code,
    approx,
    flags,
    raw
  }));
}

const f = (value: number, unit: string, code: string | null, approx = false, flags: string[] = [], raw = String(value)) => ({
  value,
  unit,
  code,
  approx,
  flags,
  raw
});

describe('extractFigures: values and units', () => {
  it.each([
    ['Cangzhou drew 278.7 billion yuan of investment.', [f(278700000000, 'yuan', '130900', false, [], '278.7')]],
    // Machine translation sometimes drops the space before an amount.
    ['Heping had funds in hand0.8 billion yuan by June.', [f(800000000, 'yuan', '120101', false, [], '0.8')]],
    ['Cangzhou hosts 12 joint applied research institutes.', [f(12, 'institutions', '130900', false, [], '12')]],
    ['和平区总投资200亿元。', [f(20000000000, 'yuan', '120101', false, [], '200')]],
    ['和平区居民人均可支配收入突破7.2万元。', [f(72000, 'yuan', '120101', true, [], '7.2')]],
    ['和平区地区生产总值增长6.5%。', [f(6.5, 'percent', '120101', false, [], '6.5')]],
    ['Beijing firms invested in 4,959 projects in Tianjin.', [f(4959, 'projects', '120000', false, [], '4,959')]],
    ['和平区引进京冀企业1700余家。', [f(1700, 'enterprises', '120101', true)]],
    ['Heping District hosts more than 550 financial institutions.', [f(550, 'institutions', '120101', true)]],
    ['Chengde restored 2.48 million mu of grassland.', [f(2480000, 'mu', '130800', false, [], '2.48')]],
    ['Baodi District finished 4.19 square kilometers of roads.', [f(4.19, 'km2', '120115')]],
    ['Chengde treated 6,401 square kilometers.', [f(6401, 'km2', '130800', false, [], '6,401')]],
    ['和平区新增养老床位650张。', [f(650, 'beds', '120101')]],
    ['和平区盘活存量资源超75万平方米。', [f(750000, 'm2', '120101', true, [], '75')]],
    ['宝坻区新增用地3.2平方公里。', [f(3.2, 'km2', '120115')]],
    ['Yanqing District counts nearly 60% of the species.', [f(60, 'percent', '110119', true)]],
    ['Tianjin aims for 9.51 million kilowatts.', [f(9510000, 'kw', '120000', false, [], '9.51')]],
    ['Zhangjiakou took 235 Beijing-Tianjin industrial transfer projects.', [f(235, 'projects', '130700')]]
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    ['In 2023 the 20th congress met.'],
    ['PM2.5 fell, 5G spread, Industry 4.0 Plaza opened.'],
    ['2025年7月，民园1920街区改造完成，泰安道5号开放。'],
    ['the "3255" system']
  ])('no figure without a unit: %s', (text) => expect(figures(text)).toEqual([]));
});

describe('extractFigures: plausibility flags keep the printed value', () => {
  it.each([
    ['Heping District reported GDP growth of 45% for the year.', [f(45, 'percent', '120101', false, ['implausible_growth'])]],
    ['Heping District grew 4.5%.', [f(4.5, 'percent', '120101')]],
    ['和平区地区生产总值增长45%。', [f(45, 'percent', '120101', false, ['implausible_growth'])]],
    ['Chengde forest cover rose from 50.8% to 60.03%.', [f(50.8, 'percent', '130800'), f(60.03, 'percent', '130800')]],
    ["Heping District has 176% of the city's banks.", [f(176, 'percent', '120101', false, ['share_over_100'])]],
    ['Baodi District lost -3 square kilometers.', [f(-3, 'km2', '120115', false, ['negative'], '3')]]
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('extractFigures: attribution', () => {
  it.each([
    ['a place right after ("in X") wins', 'Beijing firms put 3 billion yuan in Tianjin.', '120000'],
    ['the nearest place before it in the sentence', 'Beijing Hyundai Cangzhou Plant made 680,000 vehicles.', '130900'],
    [
      'places inside the figure phrase are origins, not the subject',
      'Cangzhou said so. It took 672 Beijing-Tianjin projects.',
      '130900'
    ],
    ['else the first place of its paragraph', 'Chengde planted forests. In ten years 15.8 million mu were planted.', '130800'],
    ['else a place after it in the sentence', 'There are 436 buildings in the old quarter of Heping District.', '120101'],
    ['groups name no single unit', '北三县引进项目30个。', null]
  ])('%s', (_name, text, code) => expect(figures(text)[0].code).toBe(code));

  it('reports spans for evidence snippets', () => {
    const text = '和平区总投资200亿元。';
    const { mentions, view } = matcher.match(text);
    const [fig] = extractFigures(text, view.norm, 'zh', mentions);
    expect(text.slice(fig.start, fig.end)).toBe('200亿元');
    expect(fig.offset).toBe(6);
  });
});

/** value, unit, code and from of every figure: the columns the rules below decide. */
function vucf(text: string) {
  const { mentions, view, hits } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions, hits).map((x) => [
    x.value,
    x.unit,
    x.code,
    x.from ?? [],
    x.approx
  ]);
}

describe('extractFigures: numbers in words and Chinese numerals', () => {
  it.each([
    ['和平区新开四家医院。', [[4, 'hospitals', '120101', [], false]]],
    ['西青区与两家企业签约。', [[2, 'enterprises', '120111', [], false]]],
    ['河西区新建二十余所学校。', [[20, 'schools', '120103', [], true]]],
    ['南开区引进项目一百二十个。', [[120, 'projects', '120104', [], false]]],
    ['武清区常住人口3.2万人。', [[32000, 'people', '120114', [], false]]],
    ['宝坻区投资1.5亿元。', [[150000000, 'yuan', '120115', [], false]]],
    ['北辰区有十几家药企。', [[10, 'enterprises', '120113', [], true]]],
    ['东丽区有数十家企业。', []],
    ['Heping District opened four hospitals.', [[4, 'hospitals', '120101', [], false]]],
    ['Hexi District signed fifteen projects.', [[15, 'projects', '120103', [], false]]],
    ['Nankai District has twenty-one schools.', [[21, 'schools', '120104', [], false]]],
    ['Wuqing District counts a score of firms.', [[20, 'enterprises', '120114', [], false]]],
    ['Baodi District added a dozen stores.', [[12, 'stores', '120115', [], false]]],
    ['Beichen District hosts two hundred enterprises.', [[200, 'enterprises', '120113', [], false]]],
    ['Dongli District drew hundreds of firms.', []],
    ['Jinnan District has more than thirty seats.', [[30, 'seats', '120112', [], true]]]
  ] as const)('%s', (text, expected) => expect(vucf(text)).toEqual(expected));

  it.each([
    ['一家企业 is "a firm", not a count', '和平区有一家企业。'],
    ['ordinals', '和平区迎来第500个项目。'],
    ['words inside words (零部件)', '和平区建成零部件产业园。'],
    ['numerals without a noun say nothing (三张名片)', '和平区的三张名片。'],
    ['counts of units (四个区)', '四个区的税收增长。'],
    ['time spans', '和平区前8个月引进了项目。'],
    ['idioms in words ("the two sides")', 'Heping District said the two sides agreed.'],
    ['clock times and dates', 'Heping District, 2024-03-05 14:00 people spoke.'],
    ['a number naming one of a series ("in phase 3")', 'Heping District finished the work in phase 3.'],
    ['a year after a time word ("from Beijing since 2020")', 'Heping District has drawn firms from Beijing since 2020.']
  ])('no figure: %s', (_n, text) => expect(vucf(text)).toEqual([]));
});

describe('extractFigures: the head noun decides the unit', () => {
  it.each([
    ['Cangzhou began 46 new school and hospital projects.', 'projects'],
    ['Cangzhou signed 47 state-owned enterprise projects.', 'projects'],
    ['Cangzhou sent 150 graduates.', 'graduates'],
    ['Cangzhou opened a 1,200-bed hospital.', 'beds'],
    ['Cangzhou prepared a 300-mu site.', 'mu'],
    ['Cangzhou introduced Beijing enterprise projects 48, more to come.', 'projects'],
    ['Cangzhou gathered the supporting enterprises more than 160, in all.', 'enterprises'],
    ['沧州市签约62个北京项目。', 'projects'],
    ['沧州市引进京津企业1700余家。', 'enterprises'],
    ['沧州市新建码头泊位3个。', 'berths'],
    ['沧州市惠及居民6300户。', 'households'],
    ['沧州市迎来专家二十余名。', 'experts'],
    ['沧州市开放座位800个。', 'seats'],
    ['沧州市新开门店12家。', 'stores'],
    ['沧州市接待游客120万人次。', 'visits'],
    ['沧州市新增车辆300辆。', 'vehicles'],
    ['沧州市高端装备项目占到四成。', 'percent'],
    ['Cangzhou drew 30 firms last year; nine of them make glass.', 'enterprises'],
    ['Cangzhou drew 30 firms last year, and a further six will follow.', 'enterprises']
  ])('%s → %s', (text, unit) => expect(vucf(text).at(-1)![1]).toBe(unit));
});

describe('extractFigures: attribution and from', () => {
  it.each([
    ['the subject, not the source', '保定市今年共引进北京项目62个。', '130600', ['110000']],
    ['"from X" is the source', 'Baoding has signed 62 projects from Beijing since May.', '130600', ['110000']],
    ['a group in the phrase is the source', '廊坊市引进京津转移项目30个。', '131000', ['110000', '120000']],
    ['the clause subject over a place in a relative clause', 'Hejian, which borders Cangzhou, took in nine firms.', '130984', []],
    [
      'the subject opens the sentence, a partner follows',
      'Hedong District signed with Xicheng District a deal, it will run 3 centres.',
      '120102',
      []
    ],
    ['a locative in the clause (在X)', '天津一家企业在香河县投资5亿元。', '131024', ['120000']],
    ['a destination after the figure (落地X)', '房山区推动12个项目落地易县以外的香河县。', '110111', []],
    ['a shared total is no single unit', '安新县和雄县规划园区约8平方公里。', null, []],
    ['a place inside a name is not the subject', 'A loan from the Bank of Tianjin funded 12 projects in Cangzhou.', '130900', []],
    ['a same-named unit elsewhere blocks (Chinese)', '沧州市发展快。长春市朝阳区新增项目30个。', null, []],
    [
      'a same-named unit elsewhere blocks, it does not pass to the next place',
      'Cangzhou grew. Chaoyang District of Changchun added 30 projects.',
      null,
      []
    ],
    ['"the city" is the article\'s city', 'Langfang\nHuailai County grew.\nIn May the city signed 20 projects.', '131000', []],
    ['当地 is the place named before', '香河县发展家具业。当地引进北京企业六家。', '131024', ['110000']],
    ['the nearest earlier sentence when its own names none', 'Hejian grew fast. Officials counted 30 new stores.', '130984', []],
    // (The first line is the title: a title naming one unit says what the article is about; this one names none, and the lead paragraph names none either.)
    [
      'null rather than a guess across paragraphs',
      'Notes\n\nOfficials met.\n\nHejian grew fast.\n\nOfficials counted 30 new stores.',
      null,
      []
    ]
  ])('%s', (_n, text, code, from) => {
    const [first] = vucf(text);
    expect(first.slice(2, 4)).toEqual([code, from]);
  });
});

describe('extractFigures: bounded work per figure', () => {
  it('a text with no line breaks or sentence ends still attributes from nearby places only', () => {
    const chunk = 'Cangzhou built 5 stores and ';
    const text = chunk.repeat(4000) + 'then 7 schools';
    const figs = vucf(text);
    expect(figs).toHaveLength(4001);
    expect(figs[4000].slice(0, 3)).toEqual([7, 'schools', '130900']);
  });
});

// Rules of data/README.md § Attribution, one row each, in texts of our own. Columns: text, then the
// [value, unit, code, from] of the figure the row is about (the first figure unless `at` names one).
describe('extractFigures: attribution by the role of each place in its clause', () => {
  const row = (text: string, value: number) =>
    vucf(text)
      .find((x) => x[0] === value)
      ?.slice(0, 4);
  it.each([
    // The object of a receiving verb is the source, never the subject.
    [
      'receiving verb, noun after',
      'Cangzhou introduced Tianjin enterprises 26, total investment 1.2 billion yuan.',
      26,
      ['enterprises', '130900', ['120000']]
    ],
    [
      'the money of the count before it',
      'Cangzhou introduced Tianjin enterprises 26, total investment 1.2 billion yuan.',
      1.2e9,
      ['yuan', '130900', []]
    ],
    ['receiving verb, Chinese', '廊坊市今年引进北京的物流企业八家。', 8, ['enterprises', '131000', ['110000']]],
    [
      '当地 is the place spoken about, not the source',
      '廊坊市今年引进北京的物流企业八家，带动当地就业增长6%。',
      6,
      ['percent', '131000', []]
    ],
    // Partners, objects and organisations' origins rank below the subject.
    [
      'a partner after 与 is no subject',
      '河间市的纺织企业超过300家，今年与天津一家央企签约项目三个。',
      3,
      ['projects', '130984', ['120000']]
    ],
    [
      'the partner of a firm is where it invests',
      '天津一家物流集团与黄骅市签约，将投资6亿元建设仓库。',
      6e8,
      ['yuan', '130983', []]
    ],
    [
      'an organisation of a place ranks below a locative',
      'In Huailai County, a dozen enterprises of Dongcheng District have invested, the investment amount is 1.35 billion yuan.',
      1.35e9,
      ['yuan', '130730', []]
    ],
    [
      'the nearest clause of the sentence',
      '三河市发展家具业，香河县打造物流品牌，今年接待游客30万人次。',
      300000,
      ['visits', '131024', []]
    ],
    ['a semicolon starts a new subject', '和平区引进企业20家；河西区建成产业园两个。', 2, ['parks', '120103', []]],
    // Shared figures.
    [
      '"the two sides" share it',
      'Hejian and Huanghua signed a pact, the two sides will build 4 logistics centres.',
      4,
      ['centres', null, []]
    ],
    ['a joint act of two places', '三河市与香河县共同举办展会，吸引游客约12万人次。', 120000, ['visits', null, []]],
    [
      'where the shared thing is, is its region',
      '河西区与三河市签署协议，双方将在三河市东部共建一座园区，规划面积约5平方公里。',
      5,
      ['km2', '131082', []]
    ],
    // Anaphors.
    [
      '"there" is the place spoken about',
      'Huailai County is the winner. A Beijing food group will invest 2 billion yuan in a plant there.',
      2e9,
      ['yuan', '130730', ['110000']]
    ],
    [
      '该市 may be a county-level city',
      '沧州市发展很快。黄骅市也不甘落后。该市今年承接北京项目15个。',
      15,
      ['projects', '130983', ['110000']]
    ],
    [
      '该县 is the county named in its sentence',
      '沧州市发展很快。怀来县依托葡萄酒产业，该县葡萄酒产量增长7%。',
      7,
      ['percent', '130730', []]
    ],
    [
      "我县 in a county's own report is the county of its title",
      '香河县2025年工作要点\n\n今年，我县计划新建标准化厂房12万平方米。',
      120000,
      ['m2', '131024', []]
    ],
    [
      '"our county" in an official\'s words is the county of the title',
      'Notes from Xianghe County\n\nThis year our county will build 3 new clinics, the head of the county said.',
      3,
      ['clinics', '131024', []]
    ],
    [
      "things received with no receiver named are the title unit's",
      '香河县2025年工作总结\n\n一是产业承接有力。全年承接京津产业转移项目27个。',
      27,
      ['projects', '131024', ['110000', '120000']]
    ],
    [
      '该县 opening a clause is its subject, not the source after the verb',
      '香河县发展很快。去年，该县获得北京帮扶资金8000万元，新建厂房3万平方米。',
      8e7,
      ['yuan', '131024', ['110000']]
    ],
    [
      '该县 opening the first clause carries to the next clause of its sentence',
      '香河县发展很快。去年，该县获得北京帮扶资金8000万元，新建厂房3万平方米。',
      30000,
      ['m2', '131024', []]
    ],
    [
      '"the city\'s" after a share is the whole, not the subject',
      "Heping District has 38% of the city's bank branches.",
      38,
      ['percent', '120101', []]
    ],
    // Sources and destinations.
    [
      '由X and X籍 are sources',
      '黄骅市的园区已入驻企业一百余家，其中由天津整体搬迁而来的有二十八家。',
      28,
      ['enterprises', '130983', ['120000']]
    ],
    [
      'moved to a place',
      'Meanwhile 16 device firms have moved from Daxing District to Huailai County, bringing about 2,000 jobs.',
      16,
      ['enterprises', '130730', ['110115']]
    ],
    [
      "what a move brings is the destination's",
      'Meanwhile 16 device firms have moved from Daxing District to Huailai County, bringing about 2,000 jobs.',
      2000,
      ['jobs', '130730', []]
    ],
    ['moved to a place, Chinese', '延庆区的两家装备企业计划将生产线迁至怀来县。', 2, ['enterprises', '130730', ['110119']]],
    [
      'the agent of a passive receiving verb',
      '64 projects from Beijing were signed by Wuqing District this year.',
      64,
      ['projects', '120114', ['110000']]
    ],
    [
      'a possessive chain shares the source role',
      "Huanghua grew. By October, 37 firms from Tianjin's Jinnan District had signed up.",
      37,
      ['enterprises', '130983', ['120112']]
    ],

    [
      'a destination written with its city (到沧州黄骅市)',
      '河西区已有11家企业到沧州黄骅市投资建厂，总投资约34亿元。',
      11,
      ['enterprises', '130983', []]
    ],
    [
      'the money opening the clause after a count is its',
      '河西区已有11家企业到沧州黄骅市投资建厂，总投资约34亿元。',
      3.4e9,
      ['yuan', '130983', []]
    ],
    [
      '京津两地 names the source, not a shared figure',
      '香河县发展很快。该县今年共承接京津两地转移企业23家。',
      23,
      ['enterprises', '131024', ['110000', '120000']]
    ],
    [
      'things gathering towards a place in the sentence before',
      '北京医药企业持续向沧州集聚。目前已有116家签约入驻。',
      116,
      ['enterprises', '130900', []]
    ],
    [
      '当地 is not the partner named before it',
      '河间市的皮革产业与北京服装品牌合作，已有12家北京设计企业在当地开设工作室。',
      12,
      ['enterprises', '130984', ['110000']]
    ],
    [
      'a full stop after a number ends its sentence',
      'Huailai County has racks 2,000. Xianghe County grew 7.5%.',
      7.5,
      ['percent', '131024', []]
    ]
  ] as const)('%s', (_n, text, value, expected) => expect(row(text, value)).toEqual([value, ...expected]));
});

describe('extractFigures: counted things', () => {
  it.each([
    ['a number word before any plain plural', 'Cangzhou opened seven stations.', [7, 'stations']],
    ['a possessive modifies the head', "Cangzhou said a score of growers' cooperatives came.", [20, 'cooperatives']],
    ['the noun before a number, a time phrase after', 'Cangzhou will enrol students 3,000 in next year.', [3000, 'students']],
    ['a hyphenated amount', 'Cangzhou took a 90-million-yuan loan.', [9e7, 'yuan']],
    ['makers are enterprises', 'Hengshui has about 70 drug makers.', [70, 'enterprises']],
    [
      '"of them" counts the plural just written',
      'Cangzhou signed up firms from Tianjin. Seven of them make glass.',
      [7, 'enterprises']
    ],
    ['"among them" counts a part', 'Cangzhou introduced projects 14. Among them, nine are big.', [9, 'projects']],
    [
      '"nine of the 23 firms"',
      'Cangzhou said nine of the 23 firms came from Tianjin, the rest from Beijing.',
      [9, 'enterprises']
    ],
    ['商户…户 counts merchants', '沧州市累计疏解商户约1.2万户。', [12000, 'merchants']],
    ['千亿元', '沧州市产业规模突破千亿元。', [1e11, 'yuan']],
    ['超千个', '沧州市承接项目超千个。', [1000, 'projects']],
    ['the noun before the measure word decides', '沧州市接待考察团56批次。', [56, 'delegations']],
    ['标箱', '沧州市集装箱吞吐量50万标箱。', [500000, 'containers']],
    ['场 counts events', '沧州市每年举办展会两场。', [2, 'events']],
    ['单 counts orders', '沧州市今年网上订单突破3.2万单。', [32000, 'orders']],
    ['项目中有十个', '沧州市这些项目中有十个来自天津。', [10, 'projects']]
  ] as const)('%s', (_n, text, expected) =>
    expect(
      vucf(text)
        .find((x) => x[0] === expected[0])
        ?.slice(0, 2)
    ).toEqual(expected)
  );

  it.each([
    ['a slogan in quotes', 'Cangzhou stressed the "four consciousnesses" this year.'],
    ['a set already named', 'Cangzhou will focus on the three areas of trade, ecology and transport.'],
    ['a capitalised name', 'Cangzhou · Five avenues drew crowds.'],
    ['a time span', 'Cangzhou grew in the first three quarters.'],
    ['percentage points', '沧州市增速提高2个百分点。']
  ])('no figure: %s', (_n, text) => expect(vucf(text)).toEqual([]));
});

describe('extractFigures: what is sent belongs where it goes (issue 12, held-out causes)', () => {
  const row = (text: string, value: number) =>
    vucf(text)
      .find((x) => x[0] === value)
      ?.slice(1, 3);
  it.each([
    // A destination in the figure's clause wins over the sender as subject, whatever the verb.
    [
      'lend … to X, then money in the same clause',
      'Dongcheng District will lend 30 engineers to Chicheng County and spend 80 million yuan on new labs.',
      80e6,
      ['yuan', '130732']
    ],
    [
      'the lent people themselves',
      'Dongcheng District will lend 30 engineers to Chicheng County and spend 80 million yuan on new labs.',
      30,
      ['engineers', '130732']
    ],
    ['gave money to X', 'Haidian District gave 25 million yuan to Huailai County.', 25e6, ['yuan', '130730']],
    [
      'into the county (a level word)',
      'Xicheng District sent 12 doctors into Chicheng County. It also put 5 million yuan into the county.',
      5e6,
      ['yuan', '130732']
    ],
    ['to X with a time after it', 'Shunyi District has sent 20 teachers to Huanghua since 2021.', 20, ['teachers', '130983']],
    // Phrases with "to" that are no direction, and goods sold: the seller keeps the figure.
    ['according to', 'According to Haidian District, Huailai County opened 3 clinics.', 3, ['clinics', '130730']],
    ['sales to X', 'Sales of Huailai County grapes to Haidian District rose to 40 million yuan.', 40e6, ['yuan', '130730']],
    [
      'exported to X (3,000 is one number, not two clauses)',
      'Tianjin exported 3,000 tonnes of steel to Hejian.',
      3000,
      ['t', '120000']
    ],
    ['a road towards X is not in X', 'Zhangjiakou will build 3 highways towards Yanqing District.', 3, ['highways', '130700']],
    // 向X with a verb of giving names where the money goes; 向X with a verb of selling does not.
    ['向X拨付', '海淀区向怀来县拨付资金2000万元。', 2e7, ['yuan', '130730']],
    ['向X销售', '怀来县向海淀区销售农产品5000万元。', 5e7, ['yuan', '130730']],
    // A locative of the joint act's own clause says where the shared thing is.
    ['在X共建', '西青区与河间市签约，将在河间市共建园区，规划面积1200亩。', 1200, ['mu', '130984']],
    // Firms of a place that settle (here) come from it; the money is the host's.
    ['X企业签约入驻', '河间市相关负责人介绍，已有5家西青企业签约入驻，协议投资9亿元。', 9e8, ['yuan', '130984']],
    // A sentence opened by "It" whose only place is the investors' origin speaks of the place before.
    [
      'It was funded by firms of X',
      "A battery plant opened in Hejian. It was funded by two firms of Tianjin's Xiqing District, with an investment of 900 million yuan.",
      9e8,
      ['yuan', '130984']
    ],
    [
      'the investors counted there',
      "A battery plant opened in Hejian. It was funded by two firms of Tianjin's Xiqing District, with an investment of 900 million yuan.",
      2,
      ['enterprises', '130984']
    ],
    ['"the county-level city"', 'Hejian is growing. The county-level city also drew 9 firms.', 9, ['enterprises', '130984']]
  ] as const)('%s', (_n, text, value, expected) => expect(row(text, value)).toEqual(expected));

  it.each([
    [
      'respectively, in order',
      'Xianghe County and Dachang Hui Autonomous County received 5 and 7 projects respectively.',
      [
        [5, 'projects', '131024'],
        [7, 'projects', '131028']
      ]
    ],
    [
      '分别, in order',
      '香河县和三河市分别落地项目5个和7个。',
      [
        [5, 'projects', '131024'],
        [7, 'projects', '131082']
      ]
    ],
    // The senders are listed; a locative between them and the counts says where all of them are.
    [
      '分别在X',
      '东城区、西城区分别在赤城县建成项目4个和6个。',
      [
        [4, 'projects', '130732'],
        [6, 'projects', '130732']
      ]
    ],
    // One place before the counts: "respectively" pairs the counts with the partners, not with places of their own.
    [
      'respectively over partners',
      'Hejian signed 8 and 5 projects with Beijing and Tianjin respectively.',
      [
        [8, 'projects', '130984'],
        [5, 'projects', '130984']
      ]
    ]
  ] as const)('%s', (_n, text, expected) => expect(vucf(text).map((x) => x.slice(0, 3))).toEqual(expected));

  it.each([
    ['supply-chain firm nouns are enterprises', 'Hejian now hosts 14 Beijing wholesalers.', [14, 'enterprises']],
    [
      '"the number of X … reached N"',
      'In Hejian, the number of dairy cooperatives supplying Tianjin reached 22.',
      [22, 'cooperatives']
    ],
    [
      '"…, the number reached N" counts the plural just written',
      'Hejian signed projects from Beijing this year, the number reached 11.',
      [11, 'projects']
    ],
    ['招生 counts students', '河间市今年招生650人。', [650, 'students']],
    ['卫生室 counts clinics', '河间市新建村卫生室12个。', [12, 'clinics']],
    ['two kinds of people joined: the measure word decides', '河间市选派教师和医生共30名。', [30, 'people']],
    [
      'the first of "N and M nouns"',
      'Xianghe County and Dachang Hui Autonomous County received 5 and 7 projects respectively.',
      [5, 'projects']
    ],
    ['the second of 项目N个和M个', '香河县和三河市分别落地项目5个和7个。', [7, 'projects']]
  ] as const)('%s', (_n, text, expected) =>
    expect(
      vucf(text)
        .find((x) => x[0] === expected[0])
        ?.slice(0, 2)
    ).toEqual(expected)
  );
});

describe('extractFigures: back-references, qualifiers and machine-translated word order (issue 12)', () => {
  const row = (text: string, value: number) =>
    vucf(text)
      .find((x) => x[0] === value)
      ?.slice(1, 4);
  it.each([
    [
      '向X转移 is a destination, not "moved out of X"',
      '去年我们向黄骅市转移了12家装备制造企业。',
      12,
      ['enterprises', '130983', []]
    ],
    [
      '由 + a city qualifier + district: the whole chain is the source',
      '在河间市，由天津市西青区三家企业联合投资的产业园开工，项目总投资18亿元。',
      1.8e9,
      ['yuan', '130984', []]
    ],
    [
      '"the city" points back within the paragraph before the title\'s place',
      'Beijing firms head east\nUpdated on 2024-01-02\n\nHejian has taken in 64 firms from Beijing. According to the city, those firms paid 380 million yuan in taxes.',
      3.8e8,
      ['yuan', '130984', []]
    ],
    [
      '"helped the county to attract"',
      'Chicheng County is poor. Xicheng District has helped the county to attract seven enterprises.',
      7,
      ['enterprises', '130732', []]
    ],
    ['该市与X共同: a joint act of two places', '河间市是纺织大县。该市还与西青区共同打造旅游线路3条。', 3, ['routes', null, []]],
    [
      '销往X is where goods are sold: the seller keeps the share',
      '香河县家具年销售额突破400亿元，其中销往北京的占三成。',
      30,
      ['percent', '131024', []]
    ],
    [
      'an institution "of X" after one named "X …"',
      'The Hedong experimental school of Huailai County opened. It is built by Hedong District, the investment reaches 95 million yuan.',
      9.5e7,
      ['yuan', '130730', []]
    ],
    [
      'firms "of X" that act "there"',
      'Hejian now hosts 11 furniture suppliers of Wuqing District, and they opened showrooms there.',
      11,
      ['enterprises', '130984', ['120114']]
    ]
  ] as const)('%s', (_n, text, value, expected) => expect(row(text, value)).toEqual(expected));

  it.each([
    [
      '"the X which are … are N"',
      'Hedong District sends doctors. The doctors which are sent to Huailai County are 22.',
      [22, 'doctors']
    ],
    [
      'a number word after its noun',
      'The doctors which are dispatched from Hedong District to Huailai County are twelve.',
      [12, 'doctors']
    ],
    [
      '"the projects 6 and 4": the first',
      'Huailai County and Chicheng County signed with the Hedong enterprises the projects 6 and 4 respectively.',
      [6, 'projects']
    ],
    [
      '"the projects 6 and 4": the second',
      'Huailai County and Chicheng County signed with the Hedong enterprises the projects 6 and 4 respectively.',
      [4, 'projects']
    ],
    ['"7 of our firms"', 'Hejian has received 7 of our firms as well.', [7, 'enterprises']],
    ['"8 of the firms"', 'Hejian has received 8 of the firms.', [8, 'enterprises']],
    ['协议 counts agreements', '西青区与河间市签署合作协议17项。', [17, 'agreements']]
  ] as const)('%s', (_n, text, expected) =>
    expect(
      vucf(text)
        .find((x) => x[0] === expected[0])
        ?.slice(0, 2)
    ).toEqual(expected)
  );

  it('respectively in machine-translated order pairs the counts with the places', () =>
    expect(
      vucf('Huailai County and Chicheng County signed with the Hedong enterprises the projects 6 and 4 respectively.').map((x) =>
        x.slice(0, 3)
      )
    ).toEqual([
      [6, 'projects', '130730'],
      [4, 'projects', '130732']
    ]));
});
