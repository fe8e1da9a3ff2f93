import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, createMatcher } from '../../src/lib/ingest/index';
import { ALIASES, REAL_REGIONS, mentionCounts } from './helpers';

// Place resolution rules (data/README.md § What counts as a mention), on the real regions: the
// nationwide table (data/gazetteer/places.json) is keyed by the region's county-level units.
// regions.json is committed, so this never falls back to the fixture.
const regions = JSON.parse(readFileSync(REAL_REGIONS, 'utf8'));
const matcher = createMatcher(buildGazetteer(regions, ALIASES));
const counts = (text: string) => mentionCounts(text, matcher);

describe('places: a qualifier written with the name decides', () => {
  it.each([
    ['a prefecture elsewhere before the name', '平顶山市新华区的企业', {}],
    ['a province and prefecture elsewhere', '山东省临沂市河东区的一家企业', {}],
    ['a short prefecture name elsewhere', '长春朝阳区的客商', {}],
    ['the same name without qualifier is the region', '朝阳区的客商', { '110105': 1 }],
    ['Beijing written before it', '北京市朝阳区的客商', { '110105': 1 }],
    ['English: of + prefecture elsewhere', 'the Xinhua District of Pingdingshan sent a delegation', {}],
    ['English: possessive prefecture elsewhere', "Changchun's Kuancheng District hosted it", {}],
    ['English: comma + prefecture elsewhere', 'firms in Chaoyang District, Changchun', {}],
    ['English: in + province elsewhere', 'a plant in Heping District in Shenyang', {}],
    ['a namesake unit elsewhere is not the region unit (longest match)', '长春市宽城区', {}],
    ['in-region qualifier picks the shared name: Cangzhou', '沧州市新华区的企业', { '130902': 1 }],
    ['in-region qualifier picks the shared name: Shijiazhuang', '石家庄市新华区的企业', { '130105': 1 }],
    ['English in-region qualifier after the name', 'the Xinhua District of Cangzhou', { '130902': 1 }],
    ['a qualifier confirms a risky short form', '北京大兴的企业', { '110115': 1 }],
    ['河北省沧州市新华区 counts once, at the most specific unit', '河北省沧州市新华区', { '130902': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));

  it('exposes the spans that are not the region, for figures to skip', () => {
    const text = '长春市朝阳区引进项目12个，唐山港吞吐量增长';
    const r = matcher.match(text);
    const spans = r.excluded.map((e) => [text.slice(e.start, e.end), e.reason]);
    expect(spans).toContainEqual(['长春市朝阳区', 'elsewhere']);
    expect(spans).toContainEqual(['唐山港', 'institution']);
    expect(r.mentions).toEqual([]);
  });
});

describe('places: context decides a shared name, sentence before paragraph before article', () => {
  it.each([
    [
      'the sentence names the prefecture',
      '石家庄今年很忙。沧州的发展也快，新华区引进企业。',
      { '130100': 1, '130900': 1, '130902': 1 }
    ],
    [
      'the paragraph decides when the sentence does not',
      '沧州市发布数据。新华区引进企业。\n石家庄市也发布。',
      { '130900': 1, '130902': 1, '130100': 1 }
    ],
    ['default: the lowest code (the provincial capital)', '新华区引进企业。', { '130105': 1 }],
    ['a namesake elsewhere named in the sentence', 'Delegates from Shenyang visited Heping District and its malls.', {}],
    ['a region place in the sentence keeps it', 'Tianjin officials said Heping District grew.', { '120000': 1, '120101': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));
});

describe('places: short names of county-level units', () => {
  it.each([
    ['a safe Chinese stem counts bare', '迁安去年新签约项目', { '130283': 1 }],
    ['a safe English stem counts bare', 'Zhuolu signed five deals', { '130731': 1 }],
    ['an apostrophe stem', "Qian'an signed deals", { '130283': 1 }],
    ['a list of siblings', '宁晋、南宫和清河', { '130528': 1, '130581': 1, '130534': 1 }],
    ['a risky stem with a place cue', '一批企业落户大兴', { '110115': 1 }],
    ['a risky stem without a cue is a word', '大兴调查研究之风', {}],
    ['a risky English stem with "in"', 'a plant in Bazhou', { '131081': 1 }],
    ['one character is never a short form', '赵的文化', {}],
    ['lowercase Latin is not a name', 'the zhuolu road', {}],
    ['a stem glued to a word before it: 广东|城市 holds 东城', '广东城市群', {}],
    ['a stem inside a common word: 和平共处', '坚持和平共处', {}],
    ['a common word romanised: Fuxing trains', 'Fuxing bullet trains run daily', {}],
    ['a township named after a stem', '清河街道的社区', {}],
    ['an English sub-place', 'the Qinghe neighbourhood of Haidian', { '110108': 1 }],
    ['historic name 任县', '原任县的企业', { '130505': 1 }],
    ['historic name 冀州市', '冀州市撤市设区', { '131103': 1 }],
    ['historic name in English', 'Ren County firms', { '130505': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));
});

describe('places: institutions, brands and features named after a place', () => {
  it.each([
    ['Bank of', 'a loan from the Bank of Tianjin', {}],
    ['a capitalised head after the name', 'a Xiqing Bank loan officer', {}],
    ['a head after modifiers', 'Hebei Normal University and Tianjin Medical University', {}],
    ['a port', 'shares of Tangshan Port rose', {}],
    ['a lowercase feature head', 'the Miyun reservoir', {}],
    ['a lake named after a city', 'Hengshui Lake wetlands', {}],
    ['a mountain range', 'the Yanshan Mountains', {}],
    ['a cup', "the Chang'an Cup final", {}],
    ['Chinese heads, with a name-like gap', '廊坊师范学院和唐山市人民医院', {}],
    ['a newspaper as the source', '来源：保定新闻网', {}],
    ['an industry alone is not a head', '到唐山考察钢铁深加工', { '130200': 1 }],
    ['lowercase plural heads are generic: hospitals in Beijing', 'Beijing hospitals opened branches', { '110000': 1 }],
    ['the place named as a place still counts', 'Nankai University is in Nankai District', { '120104': 1 }],
    ['a verb in the gap: a bank branch opened in the place', '雄安新区新建银行网点', { '133100': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));
});
