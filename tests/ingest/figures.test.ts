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
    ['clock times and dates', 'Heping District, 2024-03-05 14:00 people spoke.']
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
    ['null rather than a guess across paragraphs', 'Hejian grew fast.\n\nOfficials counted 30 new stores.', null, []]
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
