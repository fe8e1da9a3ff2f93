import { isAncestorOrSelf, type GazetteerEntry } from './gazetteer';

/** A selected gazetteer hit before it becomes one mention per code. */
export interface Hit {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** Set when a rule decides the hit is not a mention of a place of the region. */
  dropped?: string;
  /** For ambiguous names, the unit chosen by context. */
  resolved?: string;
  /** A qualifier or context has decided that the name is the region's (not a namesake elsewhere). */
  settled?: boolean;
  /** A short form that needs a cue has one. */
  cued?: boolean;
  /** The whole phrase the decision was about: "长春市朝阳区", "Bank of Tianjin". */
  span?: [number, number];
}

/** Where a region name is deliberately not a place of the region, for figures to skip. */
export interface Excluded {
  start: number;
  end: number;
  reason: 'elsewhere' | 'institution';
}

const isRegionPlace = (h: Hit) => h.entry.kind !== 'block' && h.entry.kind !== 'elsewhere';
const live = (h: Hit) => !h.dropped && isRegionPlace(h);

/** A code unit `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;

// The rules below test a few characters before running an expression on a slice: a slice allocates,
// and most hits ("Wuqing District", 武清区的) can be ruled out by the character right after them.

// ---- institutions, companies, brands and features named after a place -----------------------
// A table of heads, not of names (data/README.md). A capitalised head after the name (with up to
// two capitalised words between: "Hebei Normal University", "Tianjin Binhai International
// Airport", "Xianghe County People's Hospital", "Chang'an Cup") makes the phrase an organisation's or a feature's
// name. Longer runs ("Bohai New Area Green Chemical Research Institute") usually say where the
// institution is, and count. Lowercase plurals stay generic: "Beijing hospitals" are hospitals in Beijing.
const ORG_HEADS =
  'University|College|Institute|Laborator(?:y|ies)|Labs?|Academy|School|Hospital|Bank|Securities|Insurance|Group|Co|Company|Corporation|Corp|Ltd|Limited|Holdings?|Motors?|Automobile|Appliances?|Electronics|Commerce|Retail|Mall|Plaza|Supermarkets?|Steel|Petrochemicals?|Pharmaceuticals?|Brewery|Airlines|Daily|News|Times|Evening|Post|TV|Television|Radio|Web|Net|Online|Weekly|Magazine|Journal|Gazette|Herald|Media|Press|Broadcasting|Festival|Fair|Expo|Forum|Summit|Games|Exhibition|Carnival|Scenic|Team|Club|FC|Stadium|Museum|Library|Theatre|Theater|Hotel|Exchange|Cup|Award|Prize|Marathon|Lake|Mountains?|Hills?|River|Reservoir|Airport|Station|Port|Harbou?r|Railway|Line|Metro|Subway|Expressway|Highway|Road|Street|Avenue|Bridge';
// "X and Y" between counts as one word ("Hebei Iron and Steel Group", "Langfang Economic and Trade
// Fair"); a bare "and" does not start one ("Beijing and Tianjin University" names Beijing).
// A number may stand between the name and the rest: institutions numbered within their city ("Tianjin
// No. 1 Middle School", "Tangshan No.3 People's Hospital", "Beijing 101 Middle School") are named by
// place and number, as 北京四中 and 天津市第一中心医院 are.
const EN_NUMBERED = `(?:[ -](?:No\\.?|Number|#) ?\\d{1,3}|[ -]\\d{1,3})?`;
const EN_ORG_AFTER = new RegExp(
  `^${EN_NUMBERED}(?:[ -][A-Z][A-Za-z'’-]*(?: (?:and|&) [A-Z][A-Za-z'’-]*)?){0,2}?[ -](?:${ORG_HEADS})(?![A-Za-z])`
);
// Events and organisations are named after their host or seat however many words stand between
// ("the Wuqiao International Acrobatic Art Festival", "the Yongqing Northern Autumn Harvest Folk Music
// Festival"): an event head after up to five capitalised words makes a name. Other heads do so after a
// longer run only when the place is written bare, without its unit word; with it ("Bohai New Area Green
// Chemical Research Institute") the run is the institution's own name and the place says where it is.
// Site heads (Park, Zone, Plant, Base, Town) are not heads at all: "Gu'an New Energy Vehicle Industrial
// Park" is in Gu'an.
const EVENT_HEADS = 'Festival|Fair|Expo|Forum|Summit|Games|Exhibition|Carnival|Marathon';
const EN_LONG_RUN = `(?:[ -][A-Z][A-Za-z'’-]*(?: (?:and|&) [A-Z][A-Za-z'’-]*)?){3,5}?[ -]`;
const EN_EVENT_LONG = new RegExp(`^${EN_LONG_RUN}(?:${EVENT_HEADS})(?![A-Za-z])`);
const EN_ORG_LONG = new RegExp(`^${EN_LONG_RUN}(?:${ORG_HEADS})(?![A-Za-z])`);
const EN_UNIT_WORD = /(?:district|county|city|new area|zone|province|municipality)$/;
// A legal form closes a registered firm name, however long ("Tangshan Sanyou Chemical Industry Co., Ltd.").
const EN_FIRM_AFTER = /^(?:[ -](?:[A-Z][A-Za-z'’-]*|and|&)){0,5}?,?[ -](?:Co\.|Co,|Company Limited|Ltd\b|Limited\b|Inc\b)/;
// Features and infrastructure keep their head in lowercase too ("Tianjin port", "Miyun reservoir").
const EN_FEATURE_MODIFIERS = ['south', 'north', 'east', 'west', 'international', 'capital', 'new'];
const EN_FEATURE_HEADS = [
  'university',
  'college',
  'middle school',
  'high school',
  'primary school',
  'daily',
  'airport',
  'railway station',
  'station',
  'port',
  'harbou?r',
  'reservoir',
  'lake',
  'line',
  'metro',
  'mountains?',
  'river'
];
const EN_FEATURE_AFTER = new RegExp(
  `^(?:\\s+(?:no\\.?|number) ?\\d{1,3})?\\s+(?:(?:${EN_FEATURE_MODIFIERS.join('|')})\\s+)*(?:${EN_FEATURE_HEADS.join('|')})(?![a-z])`
);
const EN_ORG_BEFORE = /(?:bank|university|museum|institute|academy|college) of (?:the )?$/;
// Capitalised, schools and hospitals are named the same way ("No. 2 Middle School of Tianjin", "the
// People's Hospital of Xianghe County"); lowercase, "the best hospital of Langfang" is in Langfang.
const EN_ORG_BEFORE_CAPITAL = /(?:School|Hospital) of (?:the )?$/;
// Chinese: heads right after the name, or after up to four characters that can belong to a name
// (师范, 医科, 人民, 第一, 首都国际, 钢铁) but not a particle, verb or measure word (的, 在, 新建, 家).
// Industries are not heads by themselves: 唐山钢铁 may be Tangshan's steel; 唐山钢铁集团 is a firm.
const ZH_HEADS = [
  '大学',
  '学院',
  '学校',
  '中学',
  '小学',
  '医院',
  '银行',
  '证券',
  '保险',
  '集团',
  '公司',
  '股份',
  '控股',
  '日报',
  '晚报',
  '晨报',
  '商报',
  '青年报',
  '新闻网',
  '经济网',
  '新闻',
  '报社',
  '杂志社',
  '电视台',
  '广播电视台',
  '广播电台',
  '卫视',
  '融媒体中心',
  '融媒',
  '频道',
  '俱乐部',
  '体育场',
  '博物馆',
  '图书馆',
  '大剧院',
  '国际机场',
  '机场',
  '水库',
  '商会',
  // Research bodies (省农林科学院石家庄果树研究所: the city names the institute inside a longer name).
  '研究所',
  '研究院',
  '实验室',
  '科学院'
];
const ZH_ORG_AFTER = new RegExp(
  `^([^\\s\\p{P}的在与和及等是有了向从对将把被为新建增设引共拥成立到个家所名项其该各全市县区省举召承主参]{0,4}?)(?:${ZH_HEADS.join('|')})`,
  'u'
);
const ZH_FEATURES = [
  '[南北东西]?站(?!在)',
  '港(?![澳口]?[澳])',
  '湖(?![北南])',
  '路',
  '大街',
  '大道',
  '线(?![上下])',
  '队',
  '地铁'
];
const ZH_FEATURE_AFTER = new RegExp(`^(?:${ZH_FEATURES.join('|')})`);

/** Whether EN_ORG_AFTER can match `text` at `at` (it needs a space or hyphen, then a capital, "and", "&", "#" or a digit). */
function mayBeOrgAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x2d) return false;
  const d = text.charCodeAt(at + 1);
  return isUpper(d) || d === 0x61 || d === 0x26 || d === 0x23 || (d >= 0x30 && d <= 0x39);
}

/** Whether EN_FEATURE_AFTER can match `norm.slice(at, limit)`: spaces, then the first letter of one of its words. */
function mayBeFeatureAfter(norm: string, at: number, limit: number): boolean {
  const end = Math.min(limit, norm.length);
  let i = at;
  while (i < end && isSpace(norm.charCodeAt(i))) i++;
  return i > at && i < end && (FIRST[norm.charCodeAt(i)] & F_EN_FEATURE) !== 0;
}

// A registered firm name ends in its legal form and may be long (天津中环半导体股份有限公司); numbered
// schools are named by place and number (北京四中, 天津一中), not 中心/中国/中部.
const ZH_LEGAL_FORMS = ['有限责任公司', '有限公司'];
const ZH_FIRM_AFTER = new RegExp(
  `^[^\\s\\p{P}的在与和及等是有了向从对将把被为新建增设引共拥成立到个家所名项其该各全市县区省]{1,10}?(?:${ZH_LEGAL_FORMS.join('|')})`,
  'u'
);
// Schools and hospitals numbered within their city are named by place and number, however the number
// is written: 北京四中, 石家庄42中, 沧州二院 (not 院士, 院长), 北京市第一百六十六中学, 天津市第一中心医院.
// 中 before 心/国/央/部/外/期/全/小/型/等 is no school (天津一中心, 十二中小企业).
const ZH_SCHOOL_NUMBER = '[〇一二三四五六七八九十0123456789第]';
const ZH_NUMERAL = '[〇零一二三四五六七八九十百0-9]';
const ZH_NUMBERED_SCHOOL = new RegExp(
  `^(?:${ZH_NUMERAL}{1,3}中(?![心国央部外期全小型等])|[一二三四五六七八九十]{1,2}院(?![士长子落内外校区系])|第${ZH_NUMERAL}{1,6}[^\\s\\p{P}的在与和及等是有了向从对将把被为新建增设引共拥成立到个家所名项其该各全市县区省批季年月日届期次]{0,4}?(?:${ZH_HEADS.join('|')}))`,
  'u'
);
// Events named after a place (廊坊国际博览会, 上合组织天津峰会, 永清北方秋收民俗文化节: up to eight name
// characters, as the English event names above), but not an edition the place itself holds
// (和平区第九届运动会: 第/届 number it), nor a time word after the place (唐山今年春季旅游节 is Tangshan's).
const ZH_EVENT_HEADS = ['博览会', '交易会', '洽谈会', '论坛', '峰会', '艺术节', '文化节', '旅游节', '运动会'];
const ZH_EVENT_AFTER = new RegExp(
  `^([^\\s\\p{P}的在与和及等是有了向从对将把被为新建增设引共拥成立到个家所名项其该各全举召承主参第届今去明年月日近]{0,8}?)(?:${ZH_EVENT_HEADS.join('|')})`,
  'u'
);
// A news outlet is a name ending in 网 or 报 that reports (河北北方网讯, 据燕赵都市报消息, …网报道); most
// other X网 are networks (交通网, 互联网, 电网), so a bare 网 is not a head; bylines are handled apart.
const ZH_MEDIA_HEAD = '[网报]';
const ZH_MEDIA_AFTER = new RegExp(
  `^[^\\s\\p{P}的在与和及等是有了向从对将把被为新建增设引共]{0,4}?(?<!互联|物联|[电管路光铁水])${ZH_MEDIA_HEAD}(?=讯|消息|记者|报道)`,
  'u'
);
// A scenic area, park or resort whose name holds the stem inside a longer name (木兰围场景区): the bare
// stem is glued to a name character before it, and a site head follows. Written as the place (到围场,
// 围场县景区) it counts.
const ZH_SITES = ['风景区', '景区', '旅游区', '度假区', '森林公园', '湿地公园', '公园', '山庄', '古镇'];
const ZH_SITE_AFTER = new RegExp(`^(?:${ZH_SITES.join('|')})`);
const ZH_NOT_NAME = /[\s\p{P}\p{N}A-Za-z的在与和及等是有了向从对将把被为到赴至于往去来游览观进经驻省市县区]/u;
// Brands written as place + product, with no head word, are named as such by the list they sit in:
// 承德露露、衡水老白干等河北品牌 (the products), not the places.
const ZH_BRAND_LIST =
  /^([^\s\p{P}的在与和及等是有了向从对将把被为]{1,6}?)(?:[、和与及][^\s\p{P}等]{2,8})*等[^\s\p{P}]{0,6}?(?:品牌|名牌|商标|老字号|特产|名优)/u;
const EN_BRAND_AFTER = /^(?:\s+[A-Z][a-z]+){1,2}\s+brands?\b/;
// A product named after its place is a brand (昌黎干红, 衡水老白干, 沙城葡萄酒): a wine or liquor noun right
// after the name, unless an industry word says the place makes it (昌黎葡萄酒产区, 沙城葡萄酒产业).
const ZH_PRODUCT_AFTER =
  /^(?:干红|干白|红酒|葡萄酒|白酒|老白干|啤酒|烧酒|酒)(?!产业|产区|基地|园区|小镇|企业|厂|节|文化|产量|销量|出口)/;
const ZH_PRODUCT_FIRST = /[干红葡白老啤烧酒]/;
// A name with its place after the brand ("Huaxin Tangshan, a rolling-stock maker", "CRRC Tangshan"):
// a capitalised word that is no place, no direction and no sentence opener, written right before the
// place in running text.
const EN_BRAND_BEFORE = /(?:^|[^A-Za-z'’.-])([A-Z][A-Za-z]+|[A-Z]{2,}) $/;
const EN_NOT_BRAND =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern|Greater|Downtown|Rural|Urban|Old|New|Inner|Outer|Coastal|Suburban|Metropolitan|China|Chinese|Hebei|Beijing|Tianjin|Jing|Jin|Ji|In|At|From|To|Of|And|Or|With|By|For|On|The|A|An|Mr|Ms|Mrs|Dr|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated|Source|Interview|Xinhua|Hebei)$/;
// A spacecraft, programme or model named after a place ("the Shenzhou programme", "Shenzhou-17"): a bare
// county stem before such a noun, or before a hyphen and a number, is no place.
const EN_STEM_NAME_AFTER =
  /^(?:-\d|\s+(?:programmes?|programs?|spacecraft|spaceships?|rockets?|capsules?|missions?|astronauts?|crew|series|models?)\b)/;
// A firm named brand first with an appositive saying what it is ("Zhuolu Digital, a Beijing software
// company"): the place's name with one or two capitalised words, then ", a/an … company".
const EN_FIRM_APPOSITIVE =
  /^((?: [A-Z][A-Za-z'’-]+){1,2}),\s+(?:a|an|the)\s+(?:[A-Za-z'’-]+\s+){0,4}?(?:company|firm|maker|manufacturer|producer|developer|start-?up|supplier|operator|brand|chain|retailer|group)\b/;
// A body's own institute named by its seat, after the body's possessive ("the provincial academy's
// Xingtai fruit institute", "the university's Baoding research centre").
const EN_INSTITUTE_AFTER_POSSESSIVE =
  /^(?:\s+[a-z-]+){0,2}\s+(?:institute|academy|college|laboratory|lab|research (?:centre|center|station|base))\b/;
// A web address is a firm's ("Suning.com").
const EN_WEB_AFTER = /^\.(?:com|cn|net)(?![A-Za-z])/;

// ---- prefilters derived from the tables above -------------------------------------------------
// Before slicing for an expression, a rule tests whether a character the expression needs stands where
// it must: the first characters of the table's words, read from the same lists the expressions are
// built from, so a word added to a table is never missed by its prefilter (issue 16). Flags by code
// unit, so a test reads a typed array rather than making a one-character string.
const F_HEAD = 1; // a ZH_HEADS word starts within the first five characters after the name
const F_FEATURE = 2; // a ZH_FEATURES word right after it
const F_EN_FEATURE = 4; // an EN_FEATURE word after the spaces
const F_EVENT = 8; // a ZH_EVENT_HEADS word within the first nine
const F_MEDIA = 16; // 网/报 within the first five
const F_SCHOOL = 32; // a numeral right after it
const F_FIRM = 64; // a legal form from the second to the eleventh
const F_SITE = 128; // a ZH_SITES word right after it

/** The characters an alternative can start with: its first character, or a leading [class] (and what follows it when optional). */
export function leadChars(alt: string): string {
  if (alt[0] !== '[') return alt[0];
  const close = alt.indexOf(']');
  const cls = alt.slice(1, close);
  // Plain lists only: a range or negation would need more than its characters.
  if (/[\\^-]/.test(cls)) throw new Error(`rules.ts: prefilter cannot read the class of ${alt}`);
  return alt[close + 1] === '?' ? cls + leadChars(alt.slice(close + 2)) : cls;
}

const FIRST = new Uint8Array(0x10000);
const flag = (alts: readonly string[], f: number) => {
  for (const a of alts) for (const c of leadChars(a)) FIRST[c.charCodeAt(0)] |= f;
};
flag(ZH_HEADS, F_HEAD);
flag(ZH_FEATURES, F_FEATURE);
flag([...EN_FEATURE_MODIFIERS, ...EN_FEATURE_HEADS], F_EN_FEATURE);
flag(ZH_EVENT_HEADS, F_EVENT);
flag([ZH_MEDIA_HEAD], F_MEDIA);
flag([ZH_SCHOOL_NUMBER], F_SCHOOL);
flag(ZH_LEGAL_FORMS, F_FIRM);
flag(ZH_SITES, F_SITE);

/** The tables the prefilters are read from, for tests that every word of them is still found. */
export const HEAD_TABLES = {
  zhHeads: ZH_HEADS,
  zhEvents: ZH_EVENT_HEADS,
  zhSites: ZH_SITES,
  zhLegalForms: ZH_LEGAL_FORMS,
  enFeatureModifiers: EN_FEATURE_MODIFIERS,
  enFeatureHeads: EN_FEATURE_HEADS
};

/**
 * Which Chinese expressions can match after a name ending at `at`: the flags of the characters at the
 * offsets each needs (F_* above), in one pass over the next eleven characters.
 */
function zhAfterFlags(norm: string, at: number): number {
  const end = Math.min(norm.length, at + 11);
  let out = 0;
  for (let i = at; i < end; i++) {
    const f = FIRST[norm.charCodeAt(i)];
    if (f === 0) continue;
    const d = i - at;
    if (d === 0) out |= f & (F_FEATURE | F_SCHOOL | F_SITE);
    if (d <= 4) out |= f & (F_HEAD | F_MEDIA);
    if (d <= 8) out |= f & F_EVENT;
    if (d >= 1) out |= f & F_FIRM;
  }
  return out;
}

// A source or byline field names the outlet and the people who wrote the page, not what it is about:
// "Source: Tianjin North Net", 来源：唐山劳动日报, 责任编辑：… It starts a line or follows a space or a
// bracket (数据来源：… inside a sentence is a citation, not the page's byline) and runs to the end of the
// line, a closing bracket or a wide gap before the next field.
const META_LABEL = /[\s(（【[|｜](?:source|(?:稿件|信息|文章|本文)?来源|稿源|作者|author|editor|责任编辑|编辑|责编)\s*$/i;
const META_END = /\s{2,}|[\n)）】\]]/g;

function dropMetadata(hits: Hit[], text: string): void {
  // Found from its colon: two indexOf scans over the text, each resumed where it stopped (a regex
  // trying the labels at every offset costs as much as the rest of the matcher).
  let k = 0;
  let a = text.indexOf(':');
  let b = text.indexOf('：');
  while (k < hits.length && (a >= 0 || b >= 0)) {
    const colon = a < 0 ? b : b < 0 ? a : Math.min(a, b);
    const from = Math.max(0, colon - 12);
    let next = colon + 1;
    if (META_LABEL.test((from === 0 ? '\n' : '') + text.slice(from, colon))) {
      META_END.lastIndex = colon + 1;
      const stop = META_END.exec(text);
      const end = stop ? stop.index : text.length;
      while (k < hits.length && hits[k].start < colon) k++;
      for (; k < hits.length && hits[k].end <= end; k++) if (live(hits[k])) hits[k].dropped = 'source';
      next = end;
    }
    if (a >= 0 && a < next) a = text.indexOf(':', next);
    if (b >= 0 && b < next) b = text.indexOf('：', next);
  }
}

/** Whether the characters between a place and a head hold a common verb: then they are no name (朝阳区开展学校结对). */
function holdsVerb(between: string, verbs: Set<string>): boolean {
  for (let i = 0; i + 1 < between.length; i++) if (verbs.has(between.slice(i, i + 2))) return true;
  return false;
}
const named = (m: RegExpExecArray | null, verbs: Set<string>) => (m && !holdsVerb(m[1], verbs) ? m : null);

export function dropInstitutions(hits: Hit[], text: string, norm: string, verbs: Set<string> = new Set()): void {
  dropMetadata(hits, text);
  // Next 等 at or after a hit, for the brand list: hits come in text order, so one forward search serves all.
  let deng = -2;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!live(h)) continue;
    let end = -1;
    let m2: RegExpExecArray | null;
    if (h.entry.latin) {
      // Every English expression but the feature one starts with a space or hyphen before a word.
      const org = mayBeOrgAfter(text, h.end);
      const after = org || isSpace(text.charCodeAt(h.end)) ? text.slice(h.end, h.end + 100) : '';
      const m =
        (org ? EN_ORG_AFTER.exec(after) : null) ??
        (org ? (EN_UNIT_WORD.test(h.entry.norm) ? EN_EVENT_LONG : EN_ORG_LONG).exec(after) : null) ??
        (mayBeFeatureAfter(norm, h.end, h.end + 60) ? EN_FEATURE_AFTER.exec(norm.slice(h.end, h.end + 60)) : null) ??
        (after ? EN_BRAND_AFTER.exec(after) : null) ??
        (org ? EN_FIRM_AFTER.exec(after) : null);
      const web = m || text.charCodeAt(h.end) !== 0x2e ? null : EN_WEB_AFTER.exec(text.slice(h.end, h.end + 5));
      if (m) end = h.end + m[0].length;
      else if (web) end = h.end + web[0].length;
      else if (bareStem(h.entry) && EN_STEM_NAME_AFTER.test(norm.slice(h.end, h.end + 16))) end = h.end;
      else if (
        isSpace(text.charCodeAt(h.end)) &&
        !(hits[i + 1] && hits[i + 1].start <= h.end + 1) &&
        (m2 = EN_FIRM_APPOSITIVE.exec(text.slice(h.end, h.end + 90)))
      )
        end = h.end + m2[1].length;
      else if (
        /['’]s $/.test(text.slice(Math.max(0, h.start - 3), h.start)) &&
        EN_INSTITUTE_AFTER_POSSESSIVE.test(norm.slice(h.end, h.end + 50))
      )
        end = h.end;
      else if (text.charCodeAt(h.start - 1) === 0x20 && capitalBefore(text, h.start - 1) && brandBefore(hits[i - 1], h, text))
        end = h.end;
      else if (
        (norm.endsWith('of ', h.start) || norm.endsWith('of the ', h.start)) &&
        (EN_ORG_BEFORE.test(norm.slice(Math.max(0, h.start - 24), h.start)) ||
          EN_ORG_BEFORE_CAPITAL.test(text.slice(Math.max(0, h.start - 24), h.start)))
      )
        end = h.end;
    } else {
      const f = zhAfterFlags(norm, h.end);
      if (deng !== -1 && deng <= h.end) deng = norm.indexOf('等', h.end + 1);
      const brandList = deng >= 0 && deng < h.end + 40;
      if (ZH_PRODUCT_FIRST.test(norm[h.end] ?? '') && ZH_PRODUCT_AFTER.test(norm.slice(h.end, h.end + 6))) {
        h.dropped = 'institution';
        h.span = [h.start, h.end];
        continue;
      }
      if (!f && !brandList) continue;
      const after = norm.slice(h.end, h.end + 12);
      const m =
        (f & F_HEAD ? named(ZH_ORG_AFTER.exec(after), verbs) : null) ??
        (f & F_FEATURE ? ZH_FEATURE_AFTER.exec(after) : null) ??
        (f & F_EVENT ? named(ZH_EVENT_AFTER.exec(after), verbs) : null) ??
        (f & F_MEDIA ? ZH_MEDIA_AFTER.exec(after) : null) ??
        (f & F_SCHOOL ? ZH_NUMBERED_SCHOOL.exec(after) : null) ??
        (f & F_FIRM ? ZH_FIRM_AFTER.exec(norm.slice(h.end, h.end + 16)) : null) ??
        (f & F_SITE && glued(h, hits[i - 1], norm) ? ZH_SITE_AFTER.exec(after) : null);
      const brand = m || !brandList ? null : ZH_BRAND_LIST.exec(norm.slice(h.end, h.end + 40));
      if (m) end = h.end + m[0].length;
      else if (brand) end = h.end + brand[1].length;
    }
    if (end >= 0) {
      h.dropped = 'institution';
      h.span = [h.start, end];
    }
  }
}

/**
 * A county's short stem inside a short quoted slogan, glued to name characters on both sides
 * (“服务无极限”: 无极 inside 无极限, “品质和平”-style mottos): words of the slogan, not the place.
 */
function inSlogan(h: Hit, norm: string): boolean {
  if (h.start === 0 || h.end >= norm.length || /00$/.test(h.entry.codes[0] ?? '00')) return false;
  if (ZH_NOT_NAME.test(norm[h.start - 1]) || ZH_NOT_NAME.test(norm[h.end])) return false;
  // (Bounded: a text without breaks is one long line.)
  const lead = norm.slice(Math.max(0, h.start - 10), h.start);
  const q = Math.max(lead.lastIndexOf('“'), lead.lastIndexOf('"'));
  if (q < 0) return false;
  const open = h.start - lead.length + q;
  const close = norm.slice(h.end, h.end + 10).search(/[”"]/);
  return close >= 0 && !/[，。,.;；\n]/.test(norm.slice(open + 1, h.end + close));
}

/** Whether the word ending at `at` (exclusive) starts with a capital: a cheap test before brandBefore. */
function capitalBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 30) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) break;
    i--;
  }
  return i < at - 1 && isUpper(text.charCodeAt(i + 1));
}

/**
 * A capitalised word that is no place right before English hit `h` in running text ("Huaxin Tangshan"):
 * not at a sentence's or line's start, not in a title-case line, not a direction or a month.
 */
function brandBefore(prev: Hit | undefined, h: Hit, text: string): boolean {
  const before = text.slice(Math.max(0, h.start - 30), h.start);
  const m = EN_BRAND_BEFORE.exec(before);
  if (!m || EN_NOT_BRAND.test(m[1])) return false;
  const at = h.start - 1 - m[1].length;
  if (prev && prev.end >= at - 1) return false;
  // The word opens a sentence or a line: "Meanwhile Tangshan …", a headline.
  const lead = text.slice(Math.max(0, at - 3), at);
  if (at === 0 || /(?:^|[.!?:;"“”\n]\s*|\n)$/.test(lead) || /^\s*$/.test(lead)) return false;
  // All-caps datelines and title-case lines capitalise every word.
  // (The line around it, bounded: a text without breaks is one long line.)
  const from = Math.max(0, h.start - 150);
  const ls = from + text.slice(from, h.start).lastIndexOf('\n') + 1;
  const near = text.slice(h.start, h.start + 150);
  const le = h.start + (near.indexOf('\n') < 0 ? near.length : near.indexOf('\n'));
  const words = text
    .slice(ls, le)
    .split(/\s+/)
    .filter((w) => /^[a-z]/i.test(w));
  const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
  return caps < words.length * 0.6;
}

/** A bare stem glued to a name character before it (木兰围场), not written as the place (到围场, 围场县). */
function glued(h: Hit, prev: Hit | undefined, norm: string): boolean {
  return !/[县区市]$/.test(h.entry.norm) && h.start > 0 && !ZH_NOT_NAME.test(norm[h.start - 1]) && prev?.end !== h.start;
}

// ---- a unit word that begins the next word ---------------------------------------------------
// 运河区段 is 运河 + 区段 ("the canal section"), not 运河区 + 段: 区段 and 区间 (jieba nouns, "section",
// "stretch") never name a district. The matcher skips the full name there, so the stem alone is read
// and the short-form rules decide (a common word like 运河 then needs a place cue).
export function unitWordGlued(name: string, norm: string, end: number): boolean {
  return name.charCodeAt(name.length - 1) === 0x533a && (norm.charCodeAt(end) === 0x6bb5 || norm.charCodeAt(end) === 0x95f4);
}

// ---- short forms naming a place below the county ------------------------------------------
// A bare stem followed by a township, village or neighbourhood word names that smaller place (清河街道
// in Haidian, "Qinghe neighbourhood"), which may lie anywhere; the county is not named.
const ZH_SUBPLACE = /^(?:镇|乡|街道|村|社区|大街|胡同)/;
const EN_SUBPLACE = /^\s+(?:town|township|village|subdistrict|sub-district|neighbou?rhood|community|street|hutong)(?![a-z])/;

export function dropSubplaces(hits: Hit[], norm: string): void {
  for (const h of hits) {
    if (!live(h) || h.entry.kind !== 'short') continue;
    const after = norm.slice(h.end, h.end + 24);
    if (h.entry.latin ? EN_SUBPLACE.test(after) : ZH_SUBPLACE.test(after)) h.dropped = 'subplace';
  }
}

// ---- short forms: glued characters, capitals --------------------------------------------------
/**
 * A bare Chinese stem can be the end of one word and the start of the next (广东|城市 holds 东城);
 * it is not read as the place when the character before it forms a common word with its first
 * character, or the one after with its last. A bare Latin stem must be capitalised.
 */
export function dropGlued(hits: Hit[], text: string, norm: string, glue: Map<string, [string, string]>): void {
  for (const h of hits) {
    if (!live(h) || h.entry.kind !== 'short') continue;
    if (h.entry.latin) {
      const c = text.charCodeAt(h.start);
      if (!(c >= 0x41 && c <= 0x5a)) h.dropped = 'lowercase';
      continue;
    }
    const first = glue.get(norm[h.start]);
    const last = glue.get(norm[h.end - 1]);
    if ((h.start > 0 && first?.[0].includes(norm[h.start - 1])) || (h.end < norm.length && last?.[1].includes(norm[h.end])))
      h.dropped = 'glued';
    else if (inSlogan(h, norm)) h.dropped = 'glued';
  }
}

// ---- qualifiers written with the name ----------------------------------------------------------
// Before the name: 平顶山市新华区, 北京大兴, "Changchun's Kuancheng District", "Changchun Chaoyang
// District". After it (English): "Xinhua District of Pingdingshan", "Kuancheng District, Changchun",
// "Heping District in Shenyang".
const GAP_BEFORE = /^(?:\s*|'s\s+|的)$/;
const GAP_AFTER = /^\s*(?:,|，|of|in|\(|（)\s*$/;

function singleCode(h: Hit): string | null {
  if (h.entry.kind === 'block' || h.entry.kind === 'group' || h.entry.kind === 'elsewhere') return null;
  return h.resolved ?? (h.entry.codes.length === 1 ? h.entry.codes[0] : null);
}

/** True when the place `q` (outside the region) contains a namesake of `h`. */
function holdsNamesake(q: Hit, h: Hit): boolean {
  const mine = h.entry.outside;
  if (!mine || !q.entry.outside) return false;
  return q.entry.outside.some((p) => mine.some((o) => o.startsWith(p)));
}

function qualify(
  h: Hit,
  q: Hit,
  parent: Map<string, string | null>,
  former: Map<string, string>,
  strict = true,
  decisive = false
): boolean {
  if (q.dropped && q.dropped !== 'qualifier') return false;
  if (q.entry.kind === 'elsewhere') {
    // "Xindu District of Chengdu", "Chengdu's Xindu District": in English "of" and "'s" always say where
    // the unit is, so an out-of-region city there rules the region's namesake out even when the code
    // tables spell the two names differently (新都区 and 信都区 are both "Xindu").
    if (!holdsNamesake(q, h) && !decisive) return false;
    h.dropped = 'elsewhere';
    h.span = [Math.min(q.start, h.start), Math.max(q.end, h.end)];
    return true;
  }
  const qc = singleCode(q);
  if (!qc) return false;
  const cands = h.resolved ? [h.resolved] : h.entry.codes;
  const under = cands.filter((c) => isAncestorOrSelf(qc, c, parent));
  // A prefecture or province written with a county-level name it does not hold names some other unit:
  // 原邢台市桥东区 is Xingtai's former district, not Zhangjiakou's 桥东区. Codes are compared too, since a
  // unit may sit under a new area in the tree but keep its prefecture's code (保定市容城县). Not after a
  // comma, which also lists ("Daxing District, Tianjin and Hebei").
  // A former name under the prefecture written with it is the unit that holds its code now: 原邢台市桥东区
  // (今襄都区), "the former Qiaodong District of Xingtai". The prefecture then only qualifies it.
  const now = under.length ? undefined : former.get(`${qc}|${h.entry.norm}`);
  if (now) {
    h.resolved = now;
    h.settled = true;
    h.cued = true;
    return true;
  }
  if (!under.length && strict && /00$/.test(qc)) {
    const prefix = qc.slice(0, /0000$/.test(qc) ? 2 : 4);
    if (cands.every((c) => !/00$/.test(c) && !c.startsWith(prefix))) {
      h.dropped = 'elsewhere';
      h.span = [Math.min(q.start, h.start), Math.max(q.end, h.end)];
      return true;
    }
  }
  if (!under.length || under.includes(qc)) return false;
  if (h.entry.codes.length > 1) h.resolved = under[0];
  h.settled = true;
  h.cued = true;
  return true;
}

/** GAP_BEFORE.test(norm.slice(a, b)), without the slice unless its first character allows a match. */
function gapBefore(norm: string, a: number, b: number): boolean {
  if (a >= b) return true;
  const c = norm.charCodeAt(a);
  return (isSpace(c) || c === 0x27 || c === 0x7684) && GAP_BEFORE.test(norm.slice(a, b));
}

/** GAP_AFTER.test(norm.slice(a, b)), likewise. */
function gapAfter(norm: string, a: number, b: number): boolean {
  if (a >= b) return false;
  const c = norm.charCodeAt(a);
  return (
    (isSpace(c) || c === 0x2c || c === 0xff0c || c === 0x28 || c === 0xff08 || c === 0x6f || c === 0x69) &&
    GAP_AFTER.test(norm.slice(a, b))
  );
}

export function applyQualifiers(
  hits: Hit[],
  norm: string,
  parent: Map<string, string | null>,
  former: Map<string, string> = new Map()
): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!live(h)) continue;
    const prev = hits[i - 1];
    if (
      prev &&
      gapBefore(norm, prev.end, h.start) &&
      // Decisive, with or without a namesake there: "Chengdu's Xindu District", and in Chinese a place
      // written right against the name (重庆广阳岛: an island of Chongqing, not 廊坊's 广阳).
      qualify(h, prev, parent, former, true, h.entry.latin ? /^'s\s+$/.test(norm.slice(prev.end, h.start)) : prev.end === h.start)
    )
      continue;
    const next = hits[i + 1];
    if (next && h.entry.latin && next.entry.latin && gapAfter(norm, h.end, next.start)) {
      const gap = norm.slice(h.end, next.start);
      qualify(h, next, parent, former, !/[,，]/.test(gap), /^\s*of\s*$/.test(gap));
    }
  }
}

// ---- context: sentence, then paragraph, then article ---------------------------------------
/** What ends a sentence for `scopes`: a line break, 。！？；!?;, or a full stop before a space or line break. */
const SCOPE_BREAK = /[\n。！？；!?;]|\.(?=[ \n])/g;

/** Sentence and paragraph numbers of each hit, in one native search over the text (not the view: it folds line breaks). */
function scopes(hits: Hit[], text: string): { sentence: Int32Array; paragraph: Int32Array } {
  const sentence = new Int32Array(hits.length);
  const paragraph = new Int32Array(hits.length);
  let s = 0;
  let p = 0;
  SCOPE_BREAK.lastIndex = 0;
  let m = hits.length ? SCOPE_BREAK.exec(text) : null;
  for (let k = 0; k < hits.length; k++) {
    const to = hits[k].start;
    for (; m && m.index < to; m = SCOPE_BREAK.exec(text)) {
      s++;
      if (text.charCodeAt(m.index) === 10) p++;
    }
    sentence[k] = s;
    paragraph[k] = p;
  }
  return { sentence, paragraph };
}

/**
 * Names that context must decide: an ambiguous region name (沧州/石家庄 新华区, "Wei County") goes to
 * the candidate whose prefecture the same sentence names most, else the paragraph, else the
 * article, else the first candidate (aliases.csv order; for generated names the lowest code,
 * which is the provincial capital's). A region name with a namesake elsewhere (朝阳区, 河东区) is
 * the namesake when the sentence (else paragraph, else article) names the namesake's prefecture or
 * province more than places of the unit's own province; by default it is the region's.
 */
// Evidence keys of an entry, computed once per entry: u<prefecture> for a single unit, p<province>
// for every province it names, e<form> for the name itself, o<prefix> for a place elsewhere.
const KEYS = new WeakMap<GazetteerEntry, { region: string[]; self: string; outside: string[] }>();
function keysOf(e: GazetteerEntry) {
  let k = KEYS.get(e);
  if (!k) {
    const provinces = [...new Set(e.codes.map((c) => c.slice(0, 2)))];
    k = { region: provinces.map((p) => `p${p}`), self: `e${e.norm}`, outside: (e.outside ?? []).map((p) => `o${p}`) };
    KEYS.set(e, k);
  }
  return k;
}

// Evidence key strings, made once per code or prefix (gazetteer strings) rather than once per hit.
function cached(make: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let k = cache.get(s);
    if (k === undefined) cache.set(s, (k = make(s)));
    return k;
  };
}
const unitKeyOf = cached((code) => `u${code.slice(0, 4)}`);
const provinceKeyOf = cached((code) => `p${code.slice(0, 2)}`);
const outsideKeyOf = cached((prefix) => `o${prefix}`);
const outsideProvinceKeyOf = cached((prefix) => `o${prefix.slice(0, 2)}`);

export function resolveByContext(hits: Hit[], text: string): void {
  const pending = (h: Hit) => live(h) && !h.settled && (h.entry.kind === 'ambiguous' ? !h.resolved : !!h.entry.outside?.length);
  if (!hits.some(pending)) return;
  const { sentence, paragraph } = scopes(hits, text);
  // What each hit counts for, as it stands before any decision below (decisions must not change
  // the evidence for later ones): 0 nothing, 1 a place elsewhere, 2 a place of the region.
  const n = hits.length;
  const role = new Uint8Array(n);
  const unitKey: (string | null)[] = new Array(n).fill(null);
  for (let j = 0; j < n; j++) {
    const o = hits[j];
    if (o.entry.kind === 'elsewhere') role[j] = 1;
    else if (live(o)) {
      role[j] = 2;
      const c = singleCode(o);
      if (c) unitKey[j] = unitKeyOf(c);
    }
  }
  // Counts per scope (0 sentence, 1 paragraph, 2 article), built when a decision first needs them:
  // a scope's hits are contiguous (scope numbers never decrease along the hits), so each scope is
  // counted once, from the hit that asks outwards.
  const levels = [
    new Map<number, Map<string, number>>(),
    new Map<number, Map<string, number>>(),
    new Map<number, Map<string, number>>()
  ];
  const scopeId = (level: number, i: number) => (level === 0 ? sentence[i] : level === 1 ? paragraph[i] : 0);
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const table = (level: number, i: number) => {
    const id = scopeId(level, i);
    let m = levels[level].get(id);
    if (m) return m;
    levels[level].set(id, (m = new Map()));
    let lo = i;
    let hi = i;
    while (lo > 0 && scopeId(level, lo - 1) === id) lo--;
    while (hi + 1 < n && scopeId(level, hi + 1) === id) hi++;
    for (let j = lo; j <= hi; j++) {
      if (role[j] === 0) continue;
      const k = keysOf(hits[j].entry);
      if (role[j] === 1) {
        for (const key of k.outside) bump(m, key);
        continue;
      }
      const u = unitKey[j];
      if (u) bump(m, u);
      for (const key of k.region) bump(m, key);
      bump(m, k.self);
    }
    return m;
  };

  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!pending(h)) continue;
    if (h.entry.kind === 'ambiguous' && !h.resolved) {
      let best = h.entry.codes[0];
      for (let level = 0; level < 3; level++) {
        const m = table(level, i);
        const ranked = h.entry.codes.map((c) => [c, m.get(unitKeyOf(c)) ?? 0] as const).filter(([, n]) => n > 0);
        ranked.sort((x, y) => y[1] - x[1]);
        if (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1])) {
          best = ranked[0][0];
          break;
        }
      }
      h.resolved = best;
    }
    const outside = h.entry.outside;
    if (outside?.length) {
      const k = keysOf(h.entry);
      const ownKey = provinceKeyOf(h.resolved ?? h.entry.codes[0]);
      for (let level = 0; level < 3; level++) {
        const m = table(level, i);
        let away = 0;
        for (const o of outside) away += (m.get(outsideKeyOf(o)) ?? 0) + (m.get(outsideProvinceKeyOf(o)) ?? 0);
        // The name itself (and its repeats) is not evidence for its own province.
        const home = (m.get(ownKey) ?? 0) - (k.region.includes(ownKey) ? (m.get(k.self) ?? 0) : 0);
        if (away > home) {
          h.dropped = 'elsewhere';
          break;
        }
        if (home > away) break;
      }
    }
  }
}

// ---- short forms that need a cue --------------------------------------------------------
const ZH_CUE_BEFORE = /(?:在|位于|落户|来自|赴|到|至|于|地处|前往|途经|驻|走进|考察)$/;
const ZH_CUE_AFTER = /^(?:等地|等县|境内|一带|全境|当地|县城|城区)/;
const EN_CUE_BEFORE = /\b(?:in|at|from|to|into|near|via|visit(?:ed|ing|s)?)\s+$/;
const SIBLING_GAP = /^\s*(?:[、,，/]\s*(?:and\s+|以及|及|和)?|and|or|和|与|及|以及|、)\s*$/;

const ZH_CLAUSE_BREAK = /[,.;:!?，。；：！？\n ]/; // the view folds full-width ，；：！？ to ASCII
const ZH_SUBJECT_AFTER = /^(?:今年|去年|前年|近年|近期|目前|累计|已经|已|共|先后|全年|上半年|下半年|\d{4}年)/;
/** A Chinese stem that starts a clause and is followed by a time or tally word: the clause's subject. */
function zhClauseSubject(h: Hit, norm: string): boolean {
  return (h.start === 0 || ZH_CLAUSE_BREAK.test(norm[h.start - 1])) && ZH_SUBJECT_AFTER.test(norm.slice(h.end, h.end + 4));
}

/**
 * A short form whose stem is a common word or another place's name (大兴, 宽城, "Bazhou") counts
 * when a place cue stands right before it (在, 落户, "in", "from"…) or after it (等地, 境内), or when it
 * sits in a list next to another place of the region that counts.
 */
export function confirmShortForms(hits: Hit[], norm: string, parent: Map<string, string | null> = new Map()): void {
  const pending = (h: Hit) => live(h) && h.entry.cue && !h.cued;
  if (!hits.some(pending)) return;
  for (const h of hits) {
    if (!pending(h) || h.entry.context) continue;
    const before = norm.slice(Math.max(0, h.start - 12), h.start);
    const after = norm.slice(h.end, h.end + 4);
    if (h.entry.latin ? EN_CUE_BEFORE.test(before) : ZH_CUE_BEFORE.test(before) || ZH_CUE_AFTER.test(after)) h.cued = true;
  }
  const counts = (h: Hit | undefined) => !!h && live(h) && (!h.entry.cue || !!h.cued);
  for (let pass = 0, changed = true; changed && pass < 4; pass++) {
    changed = false;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (!pending(h)) continue;
      const prev = hits[i - 1];
      const next = hits[i + 1];
      if (
        (counts(prev) && SIBLING_GAP.test(norm.slice(prev.end, h.start))) ||
        (counts(next) && SIBLING_GAP.test(norm.slice(h.end, next.start)))
      ) {
        h.cued = true;
        changed = true;
      }
    }
  }
  // One sense per article: a risky English stem is the place when the article counts that unit in
  // another form or with a cue elsewhere ("Xinglong County … Xinglong has undertaken"), so a flow or a
  // figure there has its end. Chinese stems are common words (和平区 … 品质和平 is a slogan), so only as
  // the subject of a clause: after a clause break and before a time or tally word (兴隆、滦平 … ，兴隆累计
  // 承接…); and a context-only stem (大厂回族自治县 … 大厂今年签约), which also counts when its prefecture does.
  if (hits.some(pending)) {
    const named = new Set<string>();
    for (const h of hits) if (counts(h)) for (const c of h.resolved ? [h.resolved] : h.entry.codes) named.add(c);
    for (const h of hits) {
      if (!pending(h) || h.entry.codes.length !== 1) continue;
      if (!h.entry.latin && !h.entry.context && !zhClauseSubject(h, norm)) continue;
      const code = h.entry.codes[0];
      const up = parent.get(code);
      if (named.has(code) || (h.entry.context && up && named.has(up))) h.cued = true;
    }
  }
  for (const h of hits) if (pending(h)) h.dropped = 'uncued';
}

// ---- brands that are a county's romanised stem ------------------------------------------------
// A retailer may bear a county's romanised name (the Suning chain; 肃宁县 is Suning County, while the
// firm 苏宁 is another word in Chinese, so only English is concerned). Nothing in the phrase tells "a
// Suning electronics outlet" from "a new Xianghe furniture store", a store in Xianghe; the article
// does. A bare stem with no place word before it is the firm, unless the article also names the unit
// in another form or its prefecture, where
// - the article writes the stem as a firm's name (Suning.com, the Suning Group, Suning Inc., Suning
//   Appliance): its other bare uses are the firm too;
// - or a commercial noun follows it (store, outlet, shop, mall, chain…) and its sentence puts the store
//   in another place of the region ("a Suning electronics outlet opened in … Zhangjiakou").
const EN_FIRM_HEAD =
  /^(?:\.(?:com|cn|net)|[^]*\b(?:Group|Inc|Co|Company|Corporation|Corp|Holdings?|Ltd|Limited|Appliances?|Electronics|Commerce|Retail)\b)/;
const EN_COMMERCE_AFTER =
  /^(?:\s+[a-z][a-z-]*){0,2}?\s+(?:stores?|outlets?|shops?|supermarkets?|malls?|chains?|franchises?|showrooms?)(?![a-z])/;

const BARE_STEM = new WeakMap<GazetteerEntry, boolean>();
/** A bare English county stem (short form or alias, one county, no unit word): the forms a firm may bear. */
function bareStem(e: GazetteerEntry): boolean {
  let b = BARE_STEM.get(e);
  if (b === undefined) {
    b =
      e.latin &&
      (e.kind === 'short' || e.kind === 'alias') &&
      e.codes.length === 1 &&
      !/00$/.test(e.codes[0]) &&
      !EN_UNIT_WORD.test(e.norm);
    BARE_STEM.set(e, b);
  }
  return b;
}
const SENTENCE_STOP = /[.!?;\n]/g;

export function dropBrands(hits: Hit[], text: string, norm: string, parent: Map<string, string | null>): void {
  let firms: Set<GazetteerEntry> | undefined;
  for (const h of hits)
    if (h.dropped === 'institution' && h.span && bareStem(h.entry) && EN_FIRM_HEAD.test(text.slice(h.end, h.span[1])))
      (firms ??= new Set()).add(h.entry);
  let suspects: number[] | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!live(h) || h.cued || !bareStem(h.entry)) continue;
    let suspect = !!firms?.has(h.entry);
    // The commercial expression needs a space and a lowercase word after the stem.
    const c = text.charCodeAt(h.end + 1);
    if (
      !suspect &&
      text.charCodeAt(h.end) === 0x20 &&
      c >= 0x61 &&
      c <= 0x7a &&
      EN_COMMERCE_AFTER.test(text.slice(h.end, h.end + 60))
    ) {
      const code = h.entry.codes[0];
      SENTENCE_STOP.lastIndex = h.end;
      const stop = SENTENCE_STOP.exec(text);
      const limit = stop ? stop.index : text.length;
      for (let k = i + 1; k < hits.length && hits[k].start < limit && !suspect; k++) {
        const q = hits[k];
        suspect = live(q) && (q.resolved ? [q.resolved] : q.entry.codes).some((x) => !isAncestorOrSelf(x, code, parent));
      }
    }
    if (suspect && !EN_CUE_BEFORE.test(norm.slice(Math.max(0, h.start - 12), h.start))) (suspects ??= []).push(i);
  }
  if (!suspects) return;
  const named = new Set<string>();
  for (let i = 0; i < hits.length; i++)
    if (live(hits[i]) && !suspects.includes(i))
      for (const c of hits[i].resolved ? [hits[i].resolved!] : hits[i].entry.codes) named.add(c);
  for (const i of suspects) {
    const h = hits[i];
    const code = h.entry.codes[0];
    const up = parent.get(code);
    if (named.has(code) || (up && named.has(up))) continue;
    h.dropped = 'institution';
    h.span = [h.start, h.end];
  }
}

// What may stand between a unit and the larger unit that qualifies it: "Heping District, Tianjin",
// "Tongzhou District of Beijing", "天津市和平区", "Xianghe County, Langfang City, Hebei Province".
const QUALIFIER_GAP = /^(?:[\s,，、]|of\b|in\b|'s\b)*$/;

/**
 * A parent written next to its child only qualifies it: the text names the child, so the parent is
 * not counted a second time (mentions stay at the most specific unit named).
 */
export function absorbQualifiers(hits: Hit[], norm: string, parent: Map<string, string | null>): void {
  const alive = hits.filter((h) => !h.dropped && singleCode(h));
  for (let i = 0; i + 1 < alive.length; i++) {
    const a = alive[i];
    const b = alive[i + 1];
    if (a.end < b.start) {
      const c = norm.charCodeAt(a.end);
      const may = isSpace(c) || c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x6f || c === 0x69 || c === 0x27;
      if (!may) continue;
    }
    const gap = norm.slice(a.end, b.start);
    if (!QUALIFIER_GAP.test(gap)) continue;
    const ca = singleCode(a)!;
    const cb = singleCode(b)!;
    // The same unit twice is a qualifier only when written as one name ("Cangzhou Bohai New Area");
    // "Bohai New Area, Cangzhou Development Zone" lists two places in it.
    if (ca === cb && gap.trim() !== '') continue;
    if (isAncestorOrSelf(ca, cb, parent)) a.dropped = 'qualifier';
    else if (isAncestorOrSelf(cb, ca, parent)) b.dropped = 'qualifier';
  }
}

/** The spans figures must not credit to a place of the region. */
export function excludedSpans(hits: Hit[]): Excluded[] {
  const out: Excluded[] = [];
  for (const h of hits) {
    if (h.entry.kind === 'elsewhere') out.push({ start: h.start, end: h.end, reason: 'elsewhere' });
    else if (h.dropped === 'elsewhere' || h.dropped === 'institution') {
      const [start, end] = h.span ?? [h.start, h.end];
      out.push({ start, end, reason: h.dropped });
    }
  }
  return out;
}
