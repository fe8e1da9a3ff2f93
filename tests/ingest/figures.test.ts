import { describe, expect, it } from 'vitest';
import { detectLang, extractFigures } from '../../src/lib/ingest/index';
import { matcher } from './helpers';

function figures(text: string) {
  const { mentions, view } = matcher.match(text);
  return extractFigures(text, view.norm, detectLang(text), mentions).map(({ value, unit, code, approx, flags, raw }) => ({
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
    ['Heping District has 176% of the city\'s banks.', [f(176, 'percent', '120101', false, ['share_over_100'])]],
    ['Baodi District lost -3 square kilometers.', [f(-3, 'km2', '120115', false, ['negative'], '3')]]
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));
});

describe('extractFigures: attribution', () => {
  it.each([
    ['a place right after ("in X") wins', 'Beijing firms put 3 billion yuan in Tianjin.', '120000'],
    ['the nearest place before it in the sentence', 'Beijing Hyundai Cangzhou Plant made 680,000 vehicles.', '130900'],
    ['places inside the figure phrase are origins, not the subject', 'Cangzhou said so. It took 672 Beijing-Tianjin projects.', '130900'],
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
