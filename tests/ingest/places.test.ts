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
    ['河北省沧州市新华区 counts once, at the most specific unit', '河北省沧州市新华区', { '130902': 1 }],
    ['a province elsewhere written against a stem it holds no unit of', '代表团考察了重庆广阳岛', {}],
    ['the same stem elsewhere in the text stays the region', '廊坊市广阳区的企业到重庆广阳岛考察', { '131003': 1 }],
    ['a province elsewhere after a separator qualifies nothing', '重庆、广阳区两地', { '131003': 1 }],
    ['English: a laboratory named after a district', 'Changping Laboratory opened a branch', {}],
    ['English: a petrochemical firm named after a place', 'Yanshan Petrochemical moved a unit', {}],
    ['a laboratory named after a district', '怀柔实验室的专家', {}]
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
    ['an apostrophe stem whose letters spell an English word', "firms moved to Gu'an last year", { '131022': 1 }],
    ['the unit word before the stem: a stem never counted bare', 'the county of Jingxing, west of the city', { '130121': 1 }],
    ['"County of" after a county names its prefecture', 'Luanping County of Chengde', { '130824': 1 }],
    ['a newer common word: a place word is no cue', '在大厂工作的程序员', {}],
    ['a newer common word: a sibling in a list', '三河、大厂、香河', { '131082': 1, '131028': 1, '131024': 1 }],
    ['a newer common word: a qualifier', '廊坊大厂的企业', { '131028': 1 }],
    [
      'a newer common word: its prefecture in the article',
      '廊坊市加快承接产业转移。大厂今年新签约北京项目8个',
      { '131000': 1, '131028': 1, '110000': 1 }
    ],
    ['one sense per article: the unit named in full', '大厂回族自治县。大厂今年签约', { '131028': 2 }],
    [
      'one sense per article: a Chinese stem as a clause subject',
      '兴隆、滦平承接项目。2019年以来，兴隆累计承接北京项目31个',
      { '130822': 2, '130824': 1, '110000': 1 }
    ],
    ['a Chinese common word is no clause subject by itself', '和平区举办活动。和平发展是主题，品质和平', { '120101': 1 }],
    [
      'one sense per article: a risky English stem',
      'Xinglong County grows chestnuts. Xinglong has undertaken 27 projects',
      { '130822': 2 }
    ],
    ['a comma after the smaller unit qualifies', 'Xianghe County, Langfang City, Hebei Province', { '131024': 1 }],
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

describe('places: namesakes by pinyin, qualifiers in brackets, and qualifiers that hold no such unit', () => {
  it.each([
    ['a homophone district elsewhere, qualifier after', 'a plant in Yuhua District in Changsha', {}],
    ['the same with a province after the city', 'Yuhua District in Changsha, Hunan province', {}],
    ['a homophone county elsewhere, province after', 'tea growers of Yanshan County in Yunnan', {}],
    ['a province in brackets', 'Yuhua District (Hunan) opened a mall', {}],
    ['a possessive province before it', "Hunan's Yuhua District", {}],
    ['without a qualifier it is the region', 'Yuhua District hosted a fair', { '130108': 1 }],
    ['an in-region qualifier keeps it', 'Yuhua District of Shijiazhuang', { '130108': 1 }],
    ['another unit word elsewhere does not reject it', 'not Pingshan District in Shenzhen but Pingshan County', { '130131': 1 }],
    [
      'a former district under its prefecture is the unit that holds its code now',
      '原邢台市桥东区（今襄都区）的企业',
      { '130502': 2 }
    ],
    ['the same without 原', '邢台市桥西区的老厂', { '130503': 1 }],
    ['a prefecture that holds no unit of that name and no former one', '原石家庄市桥东区的企业', { '130100': 1 }],
    ['the prefecture that holds it', '张家口市桥东区的企业', { '130702': 1 }],
    ['a county under a new area keeps its prefecture code', '保定市容城县', { '130600': 1, '130629': 1 }],
    ['English: a former district of a prefecture', 'the former Qiaodong District of Xingtai', { '130502': 1 }],
    ['English: of + a prefecture that holds no such unit', 'the Qiaodong District of Shijiazhuang', { '130100': 1 }],
    ['a comma lists rather than qualifies', 'Daxing District, Tianjin and Hebei', { '110115': 1, '120000': 1, '130000': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));
});

describe('places: bylines, media, events, brands, scenic areas and unit words glued to the next word', () => {
  it.each([
    ['a source field in the date line', '2024-12-03 11:40  Source: Hebei Economic Web\nFirms came.', {}],
    ['a Chinese source and author field', '2024-01-08 08:30  来源：唐山劳动日报  作者：王明\n企业来了。', {}],
    ['a source field in brackets at the end', '企业来了。（来源：廊坊日报）', {}],
    ['a citation inside a sentence is not a byline', '数据来源：天津市统计局', { '120000': 1 }],
    ['an English outlet name', 'as the Tianjin North Net reported', {}],
    ['an online outlet', 'Hebei Online said', {}],
    ['a Chinese outlet ending in 网', '据河北经济网讯', {}],
    ['an outlet ending in 报', '燕赵都市报消息：保定晚报称', {}],
    ['报道 is a verb, not an outlet', '天津报道称', { '120000': 1 }],
    ['互联网 is the internet, not an outlet', '北京互联网企业', { '110000': 1 }],
    ['电网 is a grid, not an outlet', '天津电网', { '120000': 1 }],
    ['a transport network is not an outlet', '北京交通网，四通八达', { '110000': 1 }],
    ['an event named after a place', 'the Langfang Expo and the Tianjin Forum', {}],
    ['a Chinese event', '廊坊国际博览会开幕', {}],
    ['an event name of five words after the place', 'the Yongqing Northern Autumn Harvest Folk Music Festival opens', {}],
    ['an event after a full name with its unit word', 'the Xianghe County Folk Culture and Furniture Expo', {}],
    ['an organisation after a long run, the place written bare', 'the Chengde Applied Technology Vocational College', {}],
    [
      'a long run after a unit word says where the institution is',
      'the Bohai New Area Green Chemical Research Institute',
      { '130900': 1 }
    ],
    ['a site head is no name: the park is in the county', "Gu'an New Energy Vehicle Industrial Park", { '131022': 1 }],
    ['a Chinese event of eight name characters', '永清北方秋收民俗文化节开幕', {}],
    ['a time word after the place: its own festival', '唐山今年春季旅游节吸引游客', { '130200': 1 }],
    ['a school named after a place', '邢台机电学校毕业', {}],
    ['a common verb between the place and the head: what the place does', '北京市朝阳区开展学校结对', { '110105': 1 }],
    ['a noun tagged vn (实验) may name a school', '朝阳区实验学校', {}],
    ['an edition the district itself holds', '办好和平区第九届运动会', { '120101': 1 }],
    ['holding an event in a place', '天津举办论坛', { '120000': 1 }],
    ['a scenic area whose name holds a county stem', '木兰围场景区接待游客', {}],
    ['a scenic area of the county, written as the place', '游览围场景区', { '130828': 1 }],
    ['a scenic area in a district named in full', '山海关区老龙头景区', { '130303': 1 }],
    ['wetlands of a city are not a feature name', '天津湿地保护', { '120000': 1 }],
    ['brands written as place + product, named by their list', '承德露露、衡水老白干等河北品牌商品', { '130000': 1 }],
    ['places in a list of places stay places', '唐山、保定等地品牌', { '130200': 1, '130600': 1 }],
    ['an English brand', 'the Chengde Lulu brand sold well', {}],
    ['lowercase brands from a place stay generic', 'Tianjin brands sold well', { '120000': 1 }],
    ['区段 is a section: the stem alone needs a cue', '运河区段游客量增长', {}],
    ['区委 is the district committee', '运河区委书记', { '130903': 1 }],
    ['a registered firm name closed by its legal form', 'Tangshan Sanyou Chemical Industry Co., Ltd. said', {}],
    ['a long Chinese firm name closed by its legal form', '天津中环半导体股份有限公司', {}],
    ['a verb before the legal form: the place founds a firm', '天津推动成立有限公司', { '120000': 1 }],
    ['a numbered school', '北京四中固安分校', { '131022': 1 }],
    [
      'numbered schools and hospitals, however the number is written',
      '北京市第一百六十六中学、石家庄42中、沧州二院、保定市一中',
      {}
    ],
    ['a numbered hospital with a long name', '天津市第一中心医院与廊坊市第四人民医院', {}],
    ['院士 and 院长 are no numbered hospital', '天津两院院士', { '120000': 1 }],
    ['中小企业 is no numbered school', '河北十二中小企业', { '130000': 1 }],
    ['a batch is no institution', '朝阳区第二批项目', { '110105': 1 }],
    ['English numbered schools', 'Tianjin No. 1 Middle School, Tangshan No.3 Hospital and Beijing 101 Middle School', {}],
    ['English numbered school, lowercase', 'pupils of Tianjin no. 1 middle school', {}],
    ['a capitalised school of a place', "the No. 2 Middle School of Tianjin and the People's Hospital of Xianghe County", {}],
    ['recall: a lowercase hospital of a place', 'the best hospital of Langfang', { '131000': 1 }],
    ['recall: a year after a place is no number of a name', 'in Tianjin 2023 saw growth', { '120000': 1 }],
    ['recall: lowercase plural heads after a number stay generic', 'Hebei 12 Hospitals', { '130000': 1 }],
    ['a web address is a firm', 'Suning.com said sales rose', {}],
    ['a legal form right after the stem', 'Suning Inc. said', {}],
    ['a stem written as a firm: its bare uses are the firm', 'Suning.com opened a Suning store in Beijing', { '110000': 1 }],
    [
      'the firm, unless the article names the unit or its prefecture',
      'Suning.com opened a Suning store in Cangzhou',
      { '130900': 1, '130926': 1 }
    ],
    ['a place word before the stem makes it the place', 'Suning.com opened a store in Suning', { '130926': 1 }],
    [
      'a store of the stem put in another place is the brand',
      'a new Suning electronics outlet opened in the city centre of Zhangjiakou',
      { '130700': 1 }
    ],
    ['recall: a store of the stem is a store there', 'a new Xianghe furniture store', { '131024': 1 }],
    [
      'recall: a store of the stem in a county of its prefecture',
      'a new Xianghe furniture store opened in Langfang',
      { '131024': 1, '131000': 1 }
    ],
    ['"X and Y" inside a name counts as one word', 'the Langfang Economic and Trade Fair', {}],
    ['a list is not a name: "Beijing and Tianjin University"', 'Beijing and Tianjin University', { '110000': 1 }],
    ['an outlet before 报道', '据天津北方网报道', {}],
    ['中心 is not a numbered school', '天津一中心', { '120000': 1 }],
    ['a source label with its noun', '稿件来源：河北日报', {}],
    ['recall: a hospital in a city', 'a hospital in Tianjin', { '120000': 1 }],
    ['recall: firms of a city', '唐山企业', { '130200': 1 }],
    ['recall: a qualified district', '北京大兴', { '110115': 1 }]
  ])('%s: %s', (_name, text, expected) => expect(counts(text)).toEqual(expected));
});
