import type { FlowKind } from '../../flows/types';
import type { FigureSpan } from '../figures';
import type { Lang } from '../lang';
import type { Mention } from '../matcher';
import {
  CANCELLED_EN,
  CANCELLED_ZH,
  EN_TRIGGERS,
  NEGATED_EN,
  NEGATED_ZH,
  OUTSIDE_EN,
  OUTSIDE_ZH,
  ZH_TRIGGERS,
  EN_CONCRETE,
  ZH_CONCRETE,
  EN_INTENT,
  ZH_INTENT,
  EN_JOINT_WORDS,
  ZH_JOINT_WORDS,
  bareKinds,
  kindsNamed,
  onlyIndustrialPark,
  PEOPLE,
  kindOfMeasure,
  measureOf,
  MONEY_VERB,
  type Role
} from './lexicon';
import { labelCounts, nounFirstCounts } from './counts';
import { EN_ONE_MORE, pairsRespectively, respectively } from './respectively';
import { parseNumberAt } from '../numerals';
import { ancestorsOf, overlaps, placeGroups, type PlaceGroup } from './places';
import { hasSelfReference, withReferents } from './referents';
import { staffMoves } from './staff';
import { clauseEnd, clauseStart, paragraphBefore, sentences, spanIndex, type Span } from './segments';
import type { ExtractedFlow } from './types';
import { periodOf, statusOf, type Period } from './when';

interface TriggerHit {
  start: number;
  end: number;
  role: Role;
  word: string;
}

// 'aside': inside a relative clause (", which borders X,") — a place that takes no side.
type Marker = 'from' | 'by' | 'to' | 'with' | 'mod' | 'aside' | 'none';

interface Placed extends PlaceGroup {
  marker: Marker;
}

// Up to two modifiers between the place and the noun ("Beijing clothing merchants", "a Tianjin
// children's hospital"), never a verb
// or a function word ("Hexi District introduced Beijing projects").
const EN_MOD_AFTER =
  /^(?:'s)?(?:-based)?(?:\s+(?!(?:has|have|had|will|is|are|was|were|also|and|or|to|the|a|an|in|of|for|with|by)\b)[a-z][a-z-]*(?:'s|’s)?){0,2}?\s+(?:enterprises?|companies|company|firms?|projects?|investors?|merchants?|businesses|universities|hospitals?|schools?|institutions?|capital|funds?|teams?|experts?|colleges?|groups?|industr(?:y|ies)|functions?|headquarters|soes|state-owned)\b/;
// The nouns EN_MOD_AFTER ends in, as a cheap first test.
const EN_THING_NOUN =
  /enterpris|compan|firm|project|investor|merchant|business|universit|hospital|school|institution|capital|fund|team|expert|college|group|industr|function|headquarters|soes|state-owned/;
// A place's park or base (X的…产业园) is where things go, not where they come from.
const ZH_MOD_AFTER =
  /^(?:地区|两地|三地|等地|市|省|区|籍|的|方面|地)?([\u4e00-\u9fff]{0,4}?)(?:企业|项目|商户|高校|医院|学校|资金|资本|机构|专家|人才|客商|商家|院校|科研院所|团队|单位|非首都功能|总部|央企|国企)(?!园|城|基地|集聚区|材料)/;
// The region's provinces and Hebei's prefecture cities, as written before a unit inside them.
const ZH_OUTER = /(?:北京|天津|河北|石家庄|唐山|秦皇岛|邯郸|邢台|保定|张家口|承德|沧州|廊坊|衡水)[市省]?$/;
const ZH_VERBISH =
  /承接|签约|签下|招引|接收|迎来|引进|引入|吸引|获得|争取|得到|收到|接受|投资|落户|入驻|注册|新增|设立|共建|推动|建设|发展|加快|支持|服务|成立|组建|建立|签署|签订|共同|联合|组织|选派|派出|投入/;

// Words that may fill the subject slot of a receiving verb without naming anyone: the receiver is
// then the place the passage is about ("Up to now, it has undertaken…", 累计承接…).
const EN_EMPTY_SUBJECT =
  /^(?:\s|,|\b(?:up to now|so far|to date|in recent years|since \d{4}|in \d{4}|by (?:the end of )?\d{4}|this year|last year|next year|alone|(?:will )?(?:strives?|tr(?:y|ies)|aims?|seeks?|continues?|expects?|hopes?|intends?) to|(?:in )?(?:the )?(?:first|past|last|(?:this|that) year(?:'s)?(?: first)?) (?:(?:\w+|\d+) )?(?:months?|quarters?|half(?: of (?:the|this) year)?)|it|we|they|the (?:city|district|county|province|municipality|area|zone|new area|region|park|demonstration zone|development zone)|this city|our (?:city|district|county|province)|has|have|had|also|already|successfully|further|actively|total|a total of|cumulatively|and|will|plans? to|now|still|once|both|together)\b)*$/;
const ZH_EMPTY_SUBJECT =
  /^(?:[\s,“”"]|累计|共计|共|已经|已|先后|还|目前|截至目前|至今|近年来|今年以来|\d{4}年以来|\d{4}年|十[一二三四五]五以来|(?:今年|去年|\d{4}年)?(?:前[\d一二三四五六七八九十]+个?月|上半年|下半年|[一二三四]季度|前三季度)|(?:该|本)?(?:示范区|开发区|园区|新区|高新区|产业园|合作区)|全市|(?:这个|这座|此)(?:县|区|市)|(?:全市|全省)?各(?:县|区|市|县区|区县|县市区|乡镇)(?:[（(][市区县][)）])?|我市|该市|本市|全区|我区|该区|本区|全县|我县|该县|全省|我省|当地|本地|今年|去年|明年|当年|本年|全年|上年|首批|第一批|成功|积极|新|年内|计划|将|拟|力争|再|同时|此外|另外|今后|下一步|预计|(?:本届|此次|这次|该|本次)?(?:对接会|洽谈会|推介会|签约会|博览会|招商会|签约仪式|活动|大会)(?:上|期间|现场)?)*$/;

// In news of the region "the capital" (首都) as a place is Beijing: "firms from the capital",
// 来自首都的企业. Only where it is a place things leave ("from the capital"), never the money sense, 首都功能 or
// "the capital's ecological area".
const EN_CAPITAL = /\b(?:from|left|leave|leaving) the (capital)\b(?!\s+(?:investment|inflow|injection|raised|funds?)\b)/g;
const ZH_CAPITAL = /(?:来自|从|自|由)(首都)(?!功能|经济圈|生态|机场|核心)/g;
const BEIJING = '110000';

/** The mentions, plus Beijing where the flow text names it as "the capital"; for sides only, never counted. */
function withCapital(mentions: readonly Mention[], norm: string, lang: Lang): readonly Mention[] {
  const re = lang === 'zh' ? ZH_CAPITAL : EN_CAPITAL;
  re.lastIndex = 0;
  const extra: Mention[] = [];
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const start = m.index + m[0].length - m[1].length;
    extra.push({ start, end: start + m[1].length, code: BEIJING, surface: m[1], via: 'alias' });
  }
  if (!extra.length) return mentions;
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

// (Also counted firms with no preposition before them: "another six drug companies based in X".)
const EN_BASED_IN =
  /\b(?:(?:from|of|by) (?:the )?|(?:\d+|a|an|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some) )(?:[a-z-]+ ){0,3}?(?:enterprises|companies|firms|groups|investors|soes|institutions|businesses|makers|manufacturers) (?:headquartered|based|located|registered) in $/;
const EN_SEAT_OF =
  /\b(?:universit(?:y|ies)|colleges?|institutes?|academ(?:y|ies)|hospitals?|laborator(?:y|ies)|labs?),? (?:headquartered|based|located) in $/;
const EN_PART_OF =
  /\b(?:in|into|to|at) the (?:[a-z-]+ ){0,2}?(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center|heart|outskirts|suburbs?|seat|park|zone|area|base|town|city|hub|cluster|part|edge|border|side) of (?:the )?$/;
// Firms, their projects and their money are one thing moving; services and people are others.
const FIRM_KINDS = new Set<FlowKind>(['projects', 'investment', 'enterprises', 'relocation']);
const sameClass = (a: FlowKind, b: FlowKind) => a === b || (FIRM_KINDS.has(a) && FIRM_KINDS.has(b));

// Services named as fields of a cooperation (在教育医疗等领域合作, "in areas such as health") are its topics.
const FIELDS = /领域|\bfields?\b|\bareas? (?:of|such as|including)\b|\bsectors\b|\bon the [a-z-]+ industry\b/;

// Building something together is an instance of cooperation whatever is built.
const JOINT_BUILD = /^(?:共建|合建|联合建|共同建|合作共建|共同组建|联合组建|合作组建|co-buil|co-found|co-establish)/;
const ZH_JOINT_BUILD_IN = /共建|合建|联合建|共同建|组建/;
const EN_JOINT_BUILD_IN = /\bco-(?:buil|found|establish)|\bjointly (?:buil|set up|establish|found|open|run)/;
const EN_PARTNER_OF = /^(?:'s|s')\s+(?:[a-z-]+\s+){0,2}?(?:partners?|counterparts?)\b/;
const EN_PARTNER_BEFORE = /\b(?:partners?|counterparts?) (?:of|to|for) (?:the )?$/;
const EN_PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are)\s+(?:[a-z]+ly\s+|also\s+|all\s+)?$/;
const ZH_WHOLE = /全(?:市|区|县)/;
const EN_WHOLE =
  /\b(?:the (?:whole|entire) (?:city|county|district)|(?:throughout|across) the (?:city|county|district)|citywide|city-wide|countywide)\b/;
const RUN_OF_PART = /^[\w.,-]+(?:\s+(?:and|,)\s+[\w.,-]+)+\s+(?:[a-z-]+\s+)?of (?:them|these|those|the)\b/;
const PART_TAIL = /^[\w.,-]+\s+(?:[a-z-]+\s+)?of (?:them|these|those|the)\b/;
const MOVING_VERB = /^(?:relocat|mov|迁|搬迁|转移)/;
const EN_COORDINATED = /^\s*(?:and|while)\s+(?:(?:to|will|also|strive to|try to|plans? to|aims? to)\s+)*$/;
const LIST_ITEM = /^[ \t]*[-•*·▪]\s/;
const LABEL_END = /[a-z]:\s*$/;
const ANOTHER = /\b(?:another|a further)\s+$|(?:另有|另外|又有)$/;
const GAPPED_TO = /^\s*(?:to|into|for) (?:the )?$|^(?:给|到|用于)$/;
const EN_RELATIVE_OPEN = /^\s*(?:where|which|whose|who)\b/;
const EN_OCCASION = /\b(?:meetings?|conferences?|forums?|symposi(?:um|a)|seminars?|talks|visit(?:s|ed)?)\b/;
const ZH_OCCASION = /会议|座谈会|推进会|对接会|洽谈会|论坛|考察|调研/;

// "The two counties", "the two sides", 双方, 两地: the places just named, as one group of partners.
const EN_PARTNERS = /\bthe (two|three|both) (counties|districts|cities|sides|places|parties)\b/g;
const ZH_PARTNERS = /双方|两地|三地|两县|两区/g;

function withPartners(groups: PlaceGroup[], text: string, norm: string, lang: Lang): PlaceGroup[] {
  const re = lang === 'zh' ? ZH_PARTNERS : EN_PARTNERS;
  re.lastIndex = 0;
  const added: PlaceGroup[] = [];
  // Linear in the text (a long one without line breaks was quadratic): the paragraph start is carried
  // forward (matches come in text order), group ends are marked once, and the groups before a match
  // come from a binary search (groups are in text order); the look-back stops once it has its places.
  let para = 0;
  let scanned = 0;
  let ends: Uint8Array | null = null;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const word = lang === 'zh' ? m[0] : m[2];
    const n = /three|三/.test(m[0]) ? 3 : 2;
    const level: Level = /count|县/.test(word)
      ? 'county'
      : /district|区/.test(word)
        ? 'district'
        : /cit/.test(word)
          ? 'city'
          : null;
    // 京津两地: the word right after the names restates them.
    if (!ends) {
      ends = new Uint8Array(norm.length + 1);
      for (const g of groups) ends[g.end] = 1;
    }
    if (ends[m.index] || (m.index > 0 && ends[m.index - 1])) continue;
    for (; scanned < m.index; scanned++) if (text.charCodeAt(scanned) === 10) para = scanned + 1;
    const before = within(groups, para, m.index);
    const picked: { code: string; at: number }[] = [];
    // Partners ("sides", 双方) are the first places of the passage; "the two counties" the last of that level.
    const order = level ? before.reverse() : before;
    for (const g of order) {
      if (picked.length === n) break;
      g.codes.forEach((c, i) => {
        if (picked.length < n && hasLevel(c, level) && !picked.some((x) => overlaps([x.code], [c])))
          picked.push({ code: c, at: g.start + i / 100 });
      });
    }
    if (picked.length !== n) continue;
    const codes = picked.sort((a, b) => a.at - b.at).map((x) => x.code);
    added.push({ start: m.index, end: m.index + m[0].length, codes, parts: n, members: codes.map((c) => [c]) });
  }
  return added.length ? [...groups, ...added].sort((a, b) => a.start - b.start) : groups;
}

// A verb right before the counted noun qualifies it ("transfer projects", "relocated firms").
const EN_ATTRIBUTE = /^(?:ion)?\s+(?:[a-z-]+\s+)?(?:projects?|enterprises|companies|firms|businesses)\b/;

/** Everything an extraction pass needs about one article. */
interface Doc {
  text: string;
  norm: string;
  lang: Lang;
  year: number | null;
  groups: PlaceGroup[];
  sents: Span[];
  triggers: TriggerHit[];
  markers: Map<PlaceGroup, Marker>;
  /** Per sentence, computed once on first use. */
  info: (SentInfo | undefined)[];
  /** The counted figures that may be flows, in text order (for the from-phrase each one owns). */
  counts: readonly FigureSpan[];
}

interface SentInfo {
  groups: PlaceGroup[];
  cancelled: boolean;
  /** The groups with their markers when no number is involved (bare flows). */
  placed?: Placed[];
}

/**
 * The sentence's places with their markers: made once per sentence; a place inside the number's
 * own phrase ("62个北京项目") modifies the things, the only marker that depends on the number.
 */
function placedFor(doc: Doc, info: SentInfo, floor: number, fig: FigureSpan | null): Placed[] {
  const base = (info.placed ??= info.groups.map((g) => placedAs(g, markerOf(doc, g, floor, null))));
  if (!fig || within(info.groups, fig.start, fig.end).length === 0) return base;
  return base.map((p) => (p.start >= fig.start && p.end <= fig.end ? placedAs(p, 'mod') : p));
}

// One object shape for every placed group (a spread of groups of several shapes was the hot line).
function placedAs(g: PlaceGroup, marker: Marker): Placed {
  return { start: g.start, end: g.end, codes: g.codes, parts: g.parts, members: g.members, marker };
}

/** A sentence's places, and whether it calls something off; a sentence without places is never tested. */
function sentInfo(doc: Doc, k: number): SentInfo {
  let s = doc.info[k];
  if (!s) {
    const sp = doc.sents[k];
    const groups = within(doc.groups, sp.start, sp.end);
    // A question ("How many projects came to Gu'an?", …情况如何？) states nothing.
    let cancelled = false;
    if (groups.length > 0) {
      const body = doc.norm.slice(sp.start, sp.end);
      cancelled = body.trimEnd().endsWith('?') || (doc.lang === 'zh' ? CANCELLED_ZH : CANCELLED_EN).test(body);
    }
    s = doc.info[k] = { groups, cancelled };
  }
  return s;
}

/** Index of the first item whose key is at or after `at` (items sorted by that key): a lower bound. */
function lowerBound<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const startOf = (x: { start: number }) => x.start;
const offsetOf = (x: { offset: number }) => x.offset;
/** Index of the first item starting at or after `at` (items sorted by start). */
const firstFrom = (items: readonly { start: number }[], at: number) => lowerBound(items, at, startOf);

/** Items lying within [start, end): a binary search and a short walk, never a scan of the text's items. */
function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, start); i < items.length && items[i].start < end; i++)
    if (items[i].end <= end) out.push(items[i]);
  return out;
}

function findTriggers(norm: string, lang: Lang): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const t of lang === 'zh' ? ZH_TRIGGERS : EN_TRIGGERS) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(norm); m; m = t.re.exec(norm))
      out.push({ start: m.index, end: m.index + m[0].length, role: t.role, word: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

function markerOf(doc: Doc, g: PlaceGroup, floor: number, fig: FigureSpan | null): Marker {
  if (fig && g.start >= fig.start && g.end <= fig.end) return 'mod';
  // A place's marker depends only on the words around it: computed once per place.
  let m = doc.markers.get(g);
  if (m === undefined) doc.markers.set(g, (m = markerAround(doc, g, floor)));
  return m;
}

// The unit a place lies in, absorbed by the matcher into the inner mention ("from Tianjin's Binhai
// New Area" is a mention of Binhai): the marker stands before it.
const EN_OUTER_BEFORE =
  /(?:beijing|tianjin|hebei|shijiazhuang|tangshan|qinhuangdao|handan|xingtai|baoding|zhangjiakou|chengde|cangzhou|langfang|hengshui)(?: city| province)?(?:'s|’s)\s+$/;

// Capitalised words and a singular institution noun right after the place: a proper name.
const EN_INSTITUTION =
  /^(?:\s+(?:[A-Z][\w'’.-]*|of|for|and))*?\s+(?:[A-Z][\w'’.-]*\s+)?(?:Hospital|University|College|Middle School|Primary School|High School|Institute|Academy)\b/;
// One to four characters of a name before 医院/大学…, never a word that makes the noun generic (北京优质医院).
const ZH_INSTITUTION =
  /^(?:(?!所|家|座|批|个|些|多|几|等|各|的|和|与|优质|知名|三甲|重点|大型|公立|高水平|市属|区属|部分|地区|方面|企业)[\u4e00-\u9fff]){1,4}?(?:医院|大学|学院|中学|小学)/;

const EN_DATELINE = /^(?:,[^,\n]{1,30})?\s+[-–—]{1,2}\s/;

function markerAround(doc: Doc, g: PlaceGroup, floor: number): Marker {
  const { norm, lang } = doc;
  const raw = norm.slice(Math.max(floor, g.start - 24), g.start);
  const before =
    lang === 'en' && /s\s+$/.test(raw) && EN_OUTER_BEFORE.test(raw)
      ? norm.slice(Math.max(floor, g.start - 48), g.start).replace(EN_OUTER_BEFORE, '')
      : raw;
  const after = norm.slice(g.end, g.end + 40);
  // A place that opens an institution's name (北京天坛医院, "Beijing Children's Hospital") names the
  // institution, not a sender (data/README.md § flows: senders named only inside an institution).
  if (lang === 'en' ? EN_INSTITUTION.test(doc.text.slice(g.end, g.end + 48)) : ZH_INSTITUTION.test(after)) return 'aside';
  if (lang === 'en') {
    // A dateline ("XIANGHE - …", "BEIJING, March 5 --") says where the report is filed: no side.
    if (EN_DATELINE.test(after) && !doc.text.slice(doc.text.lastIndexOf('\n', g.start - 1) + 1, g.start).trim()) return 'aside';
    const left = norm.slice(Math.max(floor, g.start - 80), g.start);
    // indexOf first: the anchored regex retries at every comma of the window.
    if (
      (left.includes('which') || left.includes('who') || left.includes('where')) &&
      /,\s*(?:which|who|where)\b[^,;.]*$/.test(left)
    )
      return 'aside';
    // "to the schools of Yu County": the receiver's own bodies.
    if (
      /\b(?:to|in|into|at) (?:the )?(?:[a-z-]+ )?(?:schools?|hospitals?|colleges?|enterprises|companies|firms) of (?:the )?$/.test(
        before
      )
    )
      return 'to';
    // "from Beijing", and in translated text "the projects of Beijing 410".
    // "from state-owned enterprises headquartered in Beijing": where the senders are based.
    // (The window without the unit the place lies in: "based in Tianjin's Beichen District".)
    if (
      before.endsWith(' in ') &&
      EN_BASED_IN.test(norm.slice(Math.max(floor, g.start - 64), g.start).replace(EN_OUTER_BEFORE, ''))
    )
      return 'from';
    // …but the seat of a university or a hospital ("researchers from a university based in Tianjin")
    // names the institution's place, as its name would: no side.
    if (before.endsWith(' in ') && EN_SEAT_OF.test(norm.slice(Math.max(floor, g.start - 48), g.start))) return 'aside';
    if (
      /\b(?:from|out of) (?:the )?$|\b(?:projects?|enterprises?|companies|firms?|investors?|merchants|institutions?|businesses|hospitals?|schools?|colleges?|universit(?:y|ies)|institutes?)(?: \d[\d,]*)? of (?:the )?$/.test(
        before
      )
    )
      return 'from';
    if (/\bby (?:the )?$/.test(before)) return 'by';
    // A part of a place is the place: "in the east of Zhuozhou", "in the industrial park of Zhangbei".
    if (before.endsWith(' of ') && EN_PART_OF.test(norm.slice(Math.max(floor, g.start - 48), g.start))) return 'to';
    if (/\b(?:in|into|to|at|inside|within|toward|towards|for) (?:the )?$/.test(before)) return 'to';
    // The helped place is the receiver ("Shijingshan helped Shangyi County upgrade…").
    if (
      /\b(?:help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|aid(?:s|ed|ing)?|gave|giv(?:e|es|ing)|grant(?:s|ed)?|paid) (?:the )?$/.test(
        before
      )
    )
      return 'to';
    if (/\bwith (?:the )?$/.test(before)) return 'with';
    const m = EN_THING_NOUN.test(after) ? EN_MOD_AFTER.exec(after) : null;
    if (!m) return 'none';
    const inside = within(doc.triggers, g.end, g.end + m[0].length);
    return inside.every((t) => t.role === 'send' && EN_ATTRIBUTE.test(norm.slice(t.end, t.end + 24))) ? 'mod' : 'none';
  }
  const m = ZH_MOD_AFTER.exec(after);
  // Another place between this one and the noun is the noun's modifier (宽城县已有北京企业三家).
  const modifies = !!m && !ZH_VERBISH.test(m[0]) && within(doc.groups, g.end, g.end + m[0].length).length === 0;
  // The matcher may keep only the inner unit of 沧州黄骅市, 天津津南区: the marker stands before the outer name.
  if (/(?:来自|从|自)$/.test(before.replace(ZH_OUTER, ''))) return 'from';
  const bare = before.replace(ZH_OUTER, '');
  // 落户北京企业13家: after a settling verb, a place before a firm noun is the firms' origin
  // (also with its city before it: 入驻北京市海淀区企业41家).
  if (modifies && /(?:落户|入驻|落地|进驻|迁入|引进|引入|吸引|承接)$/.test(bare)) return 'mod';
  // 与我县相邻的魏县: a neighbour named for where a place lies is no partner.
  if (/(?:与|同|和)$/.test(bare) && /^(?:相邻|接壤|毗邻|交界|相连)/.test(after)) return 'aside';
  if (/由$/.test(bare)) return 'by';
  // 原本位于北京海淀区的企业: where the things were is where they came from.
  if (/(?:原|原本|原来)(?:位于|设在|在)$/.test(bare) && after.startsWith('的')) return 'from';
  if (
    /(?:在|到|至|向|落户|入驻|落地|进驻|迁入|迁往|赴|于|往|进入|帮扶|支援|援助|支持|帮助|援建)了?$/.test(
      before.replace(ZH_OUTER, '')
    )
  )
    return 'to';
  // 对接京津, 携手北京: the partner a place docks with, not the subject.
  // …also named by where it lies (与相邻的河东区签约: the neighbour is the partner).
  if (/(?:与|同|跟|对接|携手)(?:相邻|邻近|周边|毗邻|接壤)?的?$/.test(bare) && !/[与同跟]的$/.test(bare)) return 'with';
  return modifies ? 'mod' : 'none';
}

interface ClauseFacts {
  clause: string;
  negated: boolean;
  /** Kinds the clause's counted figures state (the numbered pass's). */
  counted: FlowKind[];
  intent: boolean;
  concrete: boolean;
  /** Kinds whose nouns the clause names (lexicon.ts kindsNamed). */
  named: FlowKind[];
  /** Whether every counted figure of the clause is money (a move's money leaves the move stated). */
  moneyOnly: boolean;
}
const FIRM_MONEY: FlowKind[] = ['investment', 'projects'];

const SERVICE_KINDS = new Set<FlowKind>(['education', 'health', 'research', 'science_park']);
/** 11 Beijing, 12 Tianjin, 13 Hebei: the province of a side (its most central place). */
const rank = (codes: readonly string[]) => Math.min(...codes.map((c) => Number(c.slice(0, 2))));

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c) => b.includes(c));

// "A Beijing firm moved from Fengtai District": a side named twice, broadly and narrowly, is the narrower.
const union = (gs: readonly PlaceGroup[]): string[] => {
  const out: string[] = [];
  for (const g of gs) for (const c of g.codes) if (!out.includes(c)) out.push(c);
  return out.length > 1 ? out.filter((c) => !out.some((d) => d !== c && ancestorsOf(d).includes(c))) : out;
};

type Level = 'city' | 'district' | 'county' | 'area' | null;

const HERE = /\bthere\b|\bhere\b|\blocally\b|当地|本地|该地|这里/;
// A receiver named only by its kind of unit in a marked slot ("moved to the county", 落户该区).
const EN_GENERIC_SLOT =
  /\b(?:in|into|to|at) (?:the|this|our) (?:city|county|district|municipality|new area|province|campus|site|park|industrial park|zone|development zone)\b(?!'s| of\b)/;
const ZH_GENERIC_SLOT = /(?:在|到|至|落户|入驻|进驻|落地|迁入|迁往)(?:该|本|我)(?:市|区|县)/;

/** The kind of unit a generic subject names: "the city" (a prefecture or municipality), 该区, 全县… */
function genericLevel(s: string, lang: Lang): Level {
  if (lang === 'zh') {
    const m = /(?:该|全|我|本|这个|这座|此)(市|区|县)/.exec(s);
    return m ? (m[1] === '市' ? 'city' : m[1] === '区' ? 'district' : 'county') : null;
  }
  const m = /\b(?:the|this|our) (city|municipality|district|county|new area)\b/.exec(s);
  if (!m) return null;
  return m[1] === 'county' ? 'county' : m[1] === 'district' ? 'district' : m[1] === 'new area' ? 'area' : 'city';
}

function hasLevel(code: string, level: Level): boolean {
  if (level === null) return true;
  // "The new area": Xiong'an or Binhai.
  if (level === 'area') return code === '133100' || code === '120116';
  const muni = code.startsWith('11') || code.startsWith('12');
  // 该市, "the city": a prefecture-level city, a municipality or a county-level city (xx8x).
  if (level === 'city')
    return (
      code === '110000' || code === '120000' || (!muni && ((code.endsWith('00') && !code.endsWith('0000')) || code[4] === '8'))
    );
  if (level === 'district') return (muni && !code.endsWith('0000')) || code === '133100' || (!muni && !code.endsWith('00'));
  return !muni && !code.endsWith('00');
}

/**
 * The place a passage is about, for a receiver the sentence leaves unnamed: its own subject (the
 * first unmarked place before the predicate), else the first place of the paragraph, then of up
 * to two before it — never the sender, and of the level a generic subject names ("the city").
 */
const SENDER_BEFORE = /(?:来自|从|自)$|\bfrom (?:the )?$/;
/** Whether a from-phrase opens right before `at` (also before the unit the place lies in: 来自天津滨海新区). */
function senderBefore(doc: Doc, at: number): boolean {
  const before = doc.norm.slice(Math.max(0, at - 32), at);
  return SENDER_BEFORE.test(doc.lang === 'zh' ? before.replace(ZH_OUTER, '') : before.replace(EN_OUTER_BEFORE, ''));
}
function topic(
  doc: Doc,
  placed: readonly Placed[],
  before: number,
  origin: readonly string[],
  level: Level,
  nearest = false,
  whole = false
): string[] | null {
  const fits = (codes: readonly string[]) => !overlaps(codes, origin) && codes.every((c) => hasLevel(c, level));
  const { text, groups } = doc;
  const titleEnd = text.indexOf('\n');
  // 全市, "throughout the city": the whole unit the article is about, before a smaller one of that level
  // named on the way (a county-level city of the prefecture the title names).
  if (whole && level)
    for (let gi = 0; gi < groups.length && groups[gi].start < titleEnd; gi++)
      if (groups[gi].parts < 2 && fits(groups[gi].codes)) return groups[gi].codes;
  const subject = placed.find((p) => p.marker === 'none' && p.end <= before);
  if (subject && fits(subject.codes)) return subject.codes;
  let at = placed.length ? Math.min(before, placed[0].start) : before;
  let paraStart = text.lastIndexOf('\n', at - 1) + 1;
  // "there", 当地 point back to the last place named before them in the passage.
  // …but never a sender named in a from-phrase (…来自天津滨海新区的项目12个。…迁到了这里).
  if (nearest)
    for (let gi = firstFrom(groups, at) - 1; gi >= 0 && groups[gi].start >= paraStart; gi--)
      if (fits(groups[gi].codes) && !senderBefore(doc, groups[gi].start)) return groups[gi].codes;
  for (let back = 0; back < 3; back++) {
    for (let gi = firstFrom(groups, paraStart); gi < groups.length; gi++) {
      const g = groups[gi];
      if (g.start >= at) break;
      // A list (a park "built by Daxing and Yongqing") names no one receiver, unless "the county"
      // fits only one of its members (the county of "Luanping County and Miyun District signed…").
      if (g.parts < 2 && fits(g.codes)) return g.codes;
      if (g.parts >= 2 && level && g.members) {
        const fit = g.members.filter(fits);
        if (fit.length === 1) return fit[0];
      }
    }
    if (paraStart === 0) break;
    const end = paraStart - 1;
    paraStart = text.lastIndexOf('\n', end - 1) + 1;
    at = end;
    // A blank line between paragraphs is no passage of its own; nor is a line of a list, whose
    // places are what its items count (the list is about the paragraph that heads it).
    if (!text.slice(paraStart, at).trim()) back--;
    else if (LIST_ITEM.test(text.slice(paraStart, at))) (back--, (at = paraStart));
  }
  // Last, the unit the article's title is about (a county's own work report names itself only there).
  for (let gi = 0; gi < groups.length && groups[gi].start < titleEnd; gi++)
    if (groups[gi].parts < 2) return fits(groups[gi].codes) ? groups[gi].codes : null;
  return null;
}

/** Whether a marked slot right after `from` names a place outside the region ("…to Guangzhou"). */
function outsideAfter(doc: Doc, from: number, until: number): boolean {
  const s = doc.norm.slice(from, until);
  if (doc.lang === 'en') {
    const re = /\b(?:in|into|to|at|from|with)\s+(?:the\s+)?/g;
    for (let m = re.exec(s); m; m = re.exec(s)) if (OUTSIDE_EN.test(s.slice(m.index + m[0].length))) return true;
    return false;
  }
  const re = /(?:在|到|至|向|落户|入驻|落地|来自|从|与|赴|往)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) if (OUTSIDE_ZH.test(s.slice(m.index + m[0].length))) return true;
  return false;
}

function periodAround(doc: Doc, clause: string, sentence: string, para: string): Period | undefined {
  return periodOf(clause, doc.lang, doc.year) ?? periodOf(sentence, doc.lang, doc.year) ?? periodOf(para, doc.lang, doc.year);
}

interface Sides {
  origin: string[];
  destination: string[];
  /** The receiver's slot is empty or generic: it may come from the passage's topic. */
  slotEmpty: boolean;
}

/** Sender and receiver of predicate `t` from the markers of the sentence's places (lexicon.ts, Role). */
// What separates the counts of a list: a from-phrase never reaches across it to another count.
const COUNT_BREAK = /[,;、。]/;
/**
 * The count a from-phrase belongs to: the nearest one before it with no list break between, else
 * the nearest after it likewise (machine-translated order: "from Haidian District 41"), else none.
 */
function ownerOf(doc: Doc, p: Placed): FigureSpan | null {
  const { counts, norm } = doc;
  const i = lowerBound(counts, p.start, startOf);
  const before = i > 0 ? counts[i - 1] : undefined;
  const left = before && before.end <= p.start && !COUNT_BREAK.test(norm.slice(before.end, p.start)) ? before : null;
  const after = counts[i];
  const right = after && after.start >= p.end && !COUNT_BREAK.test(norm.slice(p.end, after.start)) ? after : null;
  // A modifier or a subject ("Tianjin projects 18", "Daxing firms accounted for 15") counts what follows it.
  return p.marker === 'from' ? (left ?? right) : (right ?? left);
}

// A count closed by a list break (23家、 / "23 Beijing firms and") before the number: where its own things start.
const EARLIER_COUNT_ZH = /\d[^\d、，,；;。]{0,4}[、，,；;]/g;
const EARLIER_COUNT_EN = /\d[^\d,;.]{0,30}?(?:[,;]|\band\b)/g;
function afterEarlierCount(norm: string, from: number, to: number, lang: Lang): number {
  const re = lang === 'zh' ? EARLIER_COUNT_ZH : EARLIER_COUNT_EN;
  const gap = norm.slice(from, to);
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(gap); m; m = re.exec(gap)) end = from + m.index + m[0].length;
  return end;
}

function sidesOf(
  doc: Doc,
  placed: readonly Placed[],
  t: TriggerHit,
  fig: FigureSpan | null,
  tClauseStart: number,
  sentEnd: number
): Sides {
  const { norm, lang } = doc;
  const clauseEndAt = clauseEnd(norm, t.end, sentEnd);
  // The agent: the nearest unmarked (or firm-modifying) place before the predicate in its sentence.
  // A sender is named in the predicate's own clause; a receiver may head the sentence.
  let agent: Placed | undefined;
  for (const p of placed)
    if (
      p.end <= t.start &&
      (t.role === 'receive' || p.start >= tClauseStart || (t.role === 'settle' && p.marker === 'none')) &&
      (p.marker === 'none' || (t.role !== 'receive' && p.marker === 'mod'))
    )
      agent = p;
  // The agent of a passive in a clause about a part (其中由天津搬迁而来的…) is the part's, not the total's.
  const by = placed.find(
    (p) => p.marker === 'by' && p.start >= t.end && !SUBSET.test(norm.slice(clauseStart(norm, p.start, t.end), p.start))
  );
  // A from-phrase belongs to the number's own clause (or lies between the predicate and it): 来自北京的项目33个
  // in the next clause says nothing about the money of the whole signing.
  const fcs = fig ? Math.min(t.start, clauseStart(norm, fig.start, tClauseStart)) : 0;
  // …and without a number, to the predicate's clause or before it ("sent teachers to X, and the schools
  // of X became…" names no sender after it).
  const fce = fig ? clauseEnd(norm, fig.end, sentEnd) : clauseEndAt;
  // A sending verb's subject may hold its from-phrase (一家原在昌平区的企业整体搬迁至…, "a firm from X moved…").
  const fromFloor = t.role === 'send' ? Math.min(fcs, tClauseStart) : fcs;
  let from = placed.filter((p) => p.marker === 'from' && p.start >= fromFloor && p.end <= fce);
  // Counts each with its own from-phrase ("23 firms from Beijing, and 9 from Tianjin", "41 from Haidian
  // and 17 from Chaoyang", 来自北京的项目19个、来自天津的项目6个): each takes only its own.
  if (fig && from.length > 1) {
    const own = from.filter((p) => ownerOf(doc, p) === fig);
    if (own.length) from = own;
  }
  // Without a number, the things are those of the predicate's own clause.
  // …and after an earlier count of the same predicate when it names its own (承接北京企业23家、天津企业9家:
  // 北京 is the 23's; 吸引北京企业1150家、科研院所6家: 北京 still qualifies both).
  let ownFrom = fig && t.end < fig.start ? afterEarlierCount(norm, t.end, fig.start, lang) : -1;
  if (ownFrom >= 0 && !placed.some((p) => p.marker === 'mod' && p.start >= ownFrom && p.end <= fig!.end)) ownFrom = -1;
  const near = (p: Placed) =>
    fig
      ? (p.start >= Math.max(Math.min(t.end, fig.start), ownFrom) && p.end <= fig.end) ||
        (p.start >= fig.start && p.end <= fig.end)
      : p.start >= tClauseStart && p.end <= clauseEndAt;
  // Chinese puts the senders between a receiving verb and the counted noun (承接京津转移项目300个).
  // …but a place after another count of the verb opens a receiver of its own (三河市签约项目57个，大厂回族自治县49个).
  const countBetween = (a: number, b: number) => {
    const i = lowerBound(doc.counts, a, startOf);
    return i < doc.counts.length && doc.counts[i].end <= b;
  };
  const mods = placed.filter(
    (p) =>
      (p.marker === 'mod' ||
        (lang === 'zh' && t.role === 'receive' && p.marker === 'none' && p.start >= t.end && !countBetween(t.end, p.start))) &&
      near(p)
  );
  const tos = placed.filter((p) => p.marker === 'to' && (p.start >= t.end || (lang === 'zh' && p.end <= t.start)));
  // A partner belongs to the predicate's clause or the number's ("A paired with B, and C will receive…").
  const withs = placed.filter(
    (p) =>
      p.marker === 'with' &&
      ((p.start >= tClauseStart && p.end <= clauseEndAt) || (fig !== null && p.start >= fcs && p.end <= fce))
  );

  let origin: string[];
  let destination: string[];
  let slotEmpty = false;
  if (t.role === 'receive') {
    // A place between the subject and the verb that only qualifies things (承接北京非首都功能…，引进京津项目)
    // does not take the subject's place.
    const recv =
      agent && agent.start >= tClauseStart
        ? agent
        : (by ??
          (agent &&
          !placed.some(
            (p) => p.start > agent!.end && p.end <= t.start && p.marker !== 'mod' && p.marker !== 'from' && p.marker !== 'aside'
          )
            ? agent
            : undefined));
    destination = recv ? recv.codes : tos.length ? tos[0].codes : [];
    // "signed 12 projects with a Tianjin group", 与天津一家央企签约项目两个: the partner sends.
    origin = union([...from, ...mods.filter((m) => m !== recv), ...withs.filter((w) => w !== recv)]);
    const slot = norm.slice(tClauseStart, t.start);
    slotEmpty = !recv && (lang === 'zh' ? ZH_EMPTY_SUBJECT.test(slot) : EN_EMPTY_SUBJECT.test(slot));
    // A passive without its agent ("300 Beijing firms were introduced") is received where the passage is.
    if (!recv && !tos.length && lang === 'en' && EN_PASSIVE_BEFORE.test(norm.slice(Math.max(0, t.start - 24), t.start)))
      slotEmpty = true;
  } else if (t.role === 'send') {
    // Chinese carries the subject over a clause break (天津一家集团与南宫签约，将投资5.5亿元…).
    // …also a firm's place of the clause before when the verb opens its clause (天津武清区一家企业将其中心
    // 迁至高碑店市，投资5亿元: the firm of 武清 invests).
    // (Not after a signing with a partner: that money is the signing's, 与天津一家央企签约项目两个，投资15亿元.)
    const opens =
      lang === 'zh' &&
      /^[\s,]*(?:共|总|计划|将|拟|预计|已|并|再|新增)?$/.test(norm.slice(tClauseStart, t.start)) &&
      !placed.some((p) => p.marker === 'with' && p.end <= t.start);
    const carried =
      lang === 'zh' && !agent && !by && !from.length && !mods.length
        ? placed.find(
            (p) =>
              // …and for what it sends without a number, a place qualifying the subject (西青区一家医院…，将派出医生).
              (p.marker === 'none' || (p.marker === 'mod' && (fig === null || opens))) && p.end <= tClauseStart
          )
        : undefined;
    // 由海淀区企业投资的项目: the agent of a Chinese passive stands before the verb.
    const byBefore =
      lang === 'zh' && !by ? placed.find((p) => p.marker === 'by' && p.end <= t.start && p.start >= tClauseStart) : undefined;
    // English subject before an inserted phrase ("Wuqing, for its part, invested…"): the sentence's
    // first place when nothing but a parenthesis (no place, no verb) stands between it and the verb.
    const parenthetical =
      lang === 'en' && !agent && !by && !from.length && !mods.length
        ? placed.find(
            (p) =>
              p.marker === 'none' &&
              p.end <= tClauseStart &&
              !placed.some((q) => q !== p && q.start >= p.end && q.end <= t.start) &&
              within(doc.triggers, p.end, t.start).length === 0 &&
              /^\s*$/.test(norm.slice(doc.sents[spanIndex(doc.sents, t.start)].start, p.start))
          )
        : undefined;
    // "X allocated …, and sent 12 teachers to …": a coordinated predicate keeps the sentence's subject.
    const coordinated =
      lang === 'en' &&
      !agent &&
      !by &&
      !from.length &&
      !mods.length &&
      /^\s*(?:and|then)\s+(?:also\s+)?$/.test(norm.slice(tClauseStart, t.start))
        ? placed.find(
            (p) =>
              p.marker === 'none' &&
              p.end <= tClauseStart &&
              !/\S/.test(norm.slice(doc.sents[spanIndex(doc.sents, t.start)].start, p.start))
          )
        : undefined;
    const sender = by ?? byBefore ?? agent ?? carried ?? parenthetical ?? coordinated;
    origin = union([...(sender ? [sender] : []), ...from, ...mods.filter((m) => m !== sender)]);
    // An English participle opening a clause (", investing 650 million yuan in the new site") goes on
    // with the sentence's sender, and its receiver (the place things were moved to) when it names none.
    // (also ", with 450 million yuan invested in the new base").
    const participle =
      lang === 'en' &&
      !origin.length &&
      ((/ing$/.test(t.word) && !/\S/.test(norm.slice(tClauseStart, t.start))) ||
        (/ed$/.test(t.word) && fig !== null && /^\s*with\s+$/.test(norm.slice(tClauseStart, fig.start))));
    const earlier = participle ? placed.filter((p) => p.end <= tClauseStart) : [];
    if (participle) origin = union(earlier.filter((p) => p.marker === 'from' || p.marker === 'mod' || p.marker === 'none'));
    // The receiver marked in the predicate's own clause, before or after it (北京一所院校拟在崇礼设立…，
    // …迁至宣化: 宣化 is the next clause's), else the next one marked after it.
    const after =
      tos.find((p) => p.start >= t.end && p.end <= clauseEndAt) ??
      (lang === 'zh' ? tos.find((p) => p.end <= t.start && p.start >= tClauseStart) : undefined) ??
      tos.find((p) => p.start >= t.end);
    // English locatives before the verb, in its clause: inside the subject when a receiver follows
    // ("two hospitals in Beijing will open branches in Xiong'an"), else the receiver ("support X to build").
    const beforeTo = lang === 'en' ? placed.filter((p) => p.marker === 'to' && p.end <= t.start && p.start >= tClauseStart) : [];
    if (after && !origin.length && beforeTo.length) origin = beforeTo[0].codes;
    const carriedTo = participle && !after ? earlier.filter((p) => p.marker === 'to').pop() : undefined;
    destination = carriedTo
      ? carriedTo.codes
      : after
        ? after.codes
        : tos.length
          ? tos[tos.length - 1].codes
          : beforeTo.length
            ? beforeTo[beforeTo.length - 1].codes
            : [];
    // A passive ("the doctors sent by Hexi are 25" after "Hexi helps Changli County"): the place
    // helped or marked before it in the sentence receives.
    if (!destination.length && by && lang === 'en') {
      const earlier = placed.filter((p) => p.marker === 'to' && p.end <= t.start && !overlaps(p.codes, by.codes));
      if (earlier.length) destination = earlier[earlier.length - 1].codes;
    }
    // Money promised at a signing goes to the partner it was signed with.
    const partner = placed.find((p) => p.marker === 'with' && p.end <= t.start);
    if (!destination.length && partner && /签约|签订|签署|\bsign/.test(norm.slice(partner.end, t.start)))
      destination = partner.codes;
    // …and what the partner sends after pairing with the subject (涞源县与房山区开展结对帮扶，房山区投入…)
    // goes to the subject.
    if (!destination.length && partner && origin.length && sameSet(partner.codes, origin)) {
      const subject = placed.find((p) => p.marker === 'none' && p.end <= partner.start);
      if (
        subject &&
        !overlaps(subject.codes, origin) &&
        /结对|帮扶|签约|签订|签署|\b(?:pair|sign)/.test(norm.slice(partner.end, t.start))
      )
        destination = subject.codes;
    }
  } else if (t.role === 'settle') {
    // The things settle: their modifier or from-phrase is the sender; a bare place as the agent
    // (徐水区新落户北京企业13家) or a marked place (settled in X, 在X落户) the receiver.
    // Across a clause break the host is the sentence's subject, not a name inside an earlier object.
    const subj = placed.find((p) => p.marker === 'none' && p.end <= t.start);
    const host = agent && agent.marker === 'none' ? (agent.start >= tClauseStart ? agent : subj) : undefined;
    origin = union([
      ...from,
      ...(by ? [by] : []),
      ...mods.filter((m) => m !== host),
      ...(agent && agent.marker === 'mod' ? [agent] : [])
    ]);
    const marked = tos.find((p) => p.start >= t.end) ?? tos[tos.length - 1];
    destination = marked ? marked.codes : host ? host.codes : [];
    // "A signed an agreement with B and has brought 12 projects to settle in B": A sends.
    if (origin.length === 0 && marked) {
      // The clause's own subject first (任丘市与房山区签约后，房山区已有4家企业在任丘落户), then the sentence's.
      const subject =
        (host && host !== marked && !overlaps(host.codes, marked.codes) ? host : undefined) ??
        placed.find((p) => p.marker === 'none' && p.end <= t.start);
      if (subject && !overlaps(subject.codes, marked.codes)) origin = subject.codes;
    }
    // Things that settle somewhere unnamed settle in the place the passage is about.
    slotEmpty = !marked && !host;
  } else if (withs.length && agent) {
    // "A has paired two hospitals with B", A与B的两家医院建立托管关系: the active partner gives.
    origin = agent.codes;
    destination = union(withs.filter((w) => w !== agent));
  } else {
    origin = union([...from, ...mods, ...withs]);
    destination = agent ? agent.codes : [];
    slotEmpty = !agent;
    // "Four of our schools are paired with schools in X": the partner is the place of the things paired with.
    const partner =
      lang === 'en' && (!agent || agent.marker === 'mod')
        ? placed.find((p) => p.marker === 'to' && p.start >= t.end && EN_WITH_THINGS_IN.test(norm.slice(t.end, p.start)))
        : undefined;
    if (partner) {
      const things = placed.find(
        (p) => (p.marker === 'mod' || p.marker === 'none') && p.end <= t.start && p.start >= tClauseStart
      );
      if ((!origin.length || sameSet(origin, destination)) && things) origin = things.codes;
      if (origin.length) ((destination = partner.codes), (slotEmpty = false));
    }
  }

  // A sentence opening with its scene ("In Kangbao County, a dozen firms of Dongcheng have invested…",
  // 在X，…) names the receiver of what is sent or settles there.
  // …and of what is received there in a passive without its agent ("In X, 37 firms were introduced").
  const passive =
    t.role === 'receive' &&
    (lang === 'en' ? EN_PASSIVE_BEFORE.test(norm.slice(Math.max(0, t.start - 24), t.start)) : norm[t.start - 1] === '被');
  if (!destination.length && (t.role === 'send' || t.role === 'settle' || passive)) {
    const scene = placed.find((p) => p.marker === 'to' && p.end <= tClauseStart);
    const sentStart = doc.sents[spanIndex(doc.sents, t.start)].start;
    // …or an opening adverbial that ends in it ("Across the county line in Xushui District, 43 firms…").
    const opening =
      scene &&
      lang === 'en' &&
      /\b(?:in|at) (?:the )?$/.test(norm.slice(Math.max(sentStart, scene.start - 8), scene.start)) &&
      within(doc.triggers, sentStart, scene.start).length === 0 &&
      within(doc.groups, sentStart, scene.start).length === 0 &&
      /^\s*,/.test(norm.slice(scene.end, scene.end + 2));
    if (scene && (opening || /^\s*(?:in|at|在)\s*(?:the\s+)?$/.test(norm.slice(sentStart, scene.start))))
      if (!overlaps(scene.codes, origin)) ((destination = scene.codes), (slotEmpty = false));
  }
  return { origin, destination, slotEmpty };
}

/**
 * Flows stated in an article: who sends projects, firms, money or services to whom (data/README.md
 * § flows). One flow per stated quantity; a count's money is a second flow with the same sides.
 * `figures` are the article's figures (figures.ts), `mentions` its live place mentions.
 */
export function extractFlows(
  text: string,
  norm: string,
  lang: Lang,
  mentions: readonly Mention[],
  figures: readonly FigureSpan[],
  date: string | null
): ExtractedFlow[] {
  const doc: Doc = {
    text,
    norm,
    lang,
    year: date ? Number(date.slice(0, 4)) : null,
    groups: withPartners(placeGroups(withCapital(mentions, norm, lang), norm, lang), text, norm, lang),
    sents: sentences(text, norm, lang),
    triggers: [],
    markers: new Map(),
    info: [],
    counts: []
  };
  // A figure phrase never runs across a line break (a date's day and the next paragraph's noun).
  const extra = [...nounFirstCounts(norm, lang, figures), ...labelCounts(text, norm, lang, figures)];
  const all = extra.length ? [...figures, ...extra].sort((a, b) => a.start - b.start) : figures;
  const candidates = all.filter(
    (f) => measureOf(unitOf(f, norm), phraseOf(f, norm)) !== null && !text.slice(f.start, f.end).includes('\n')
  );
  doc.counts = candidates;
  const few = (gs: readonly PlaceGroup[]) => gs.length < 2 && !(gs.length === 1 && gs[0].codes.length > 1);
  // "Our county" may name the second place (referents.ts).
  if (doc.groups.length === 0 || (few(doc.groups) && !hasSelfReference(norm, lang))) return [];
  doc.triggers = findTriggers(norm, lang);
  doc.groups = withReferents(
    doc.groups,
    text,
    norm,
    lang,
    doc.sents,
    doc.triggers,
    (g, floor) => markerAround(doc, g, floor) === 'none'
  );
  if (few(doc.groups)) return [];
  const negated = lang === 'zh' ? NEGATED_ZH : NEGATED_EN;

  const out: ExtractedFlow[] = [];
  const used = new Set<TriggerHit>();
  const shared = new Set<FigureSpan>();
  let si = -1;
  let sentFlows: { flow: ExtractedFlow; fig: FigureSpan; trigger: TriggerHit }[] = [];
  for (const fig of candidates) {
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0) continue;
    if (k !== si) ((si = k), (sentFlows = []));
    const sent = doc.sents[k];
    // A sentence naming no place gives no sides (its number may still go to a flow: linkNumbers).
    const info = sentInfo(doc, k);
    if (info.groups.length === 0 || info.cancelled) continue;
    const measure = measureOf(unitOf(fig, norm), phraseOf(fig, norm))!;
    const cs = clauseStart(norm, fig.start, sent.start);
    const ce = clauseEnd(norm, fig.end, sent.end);
    const clause = norm.slice(cs, ce);
    const sentence = norm.slice(sent.start, sent.end);
    if (negated.test(norm.slice(cs, fig.start))) continue;
    // A place's own money (自身投入, 本级财政, "of its own budget") and what money is for ("put 86
    // million yuan into the county for rebuilding 14 schools", 用于新建) move nothing of their own.
    if (measure === 'yuan' ? OWN.test(clause) : USE_OF_MONEY.test(norm.slice(Math.max(cs, fig.start - 40), fig.start))) continue;
    // Money earned (output, sales, revenue: 产值, 营收) is an output, not money moved.
    if (measure === 'yuan' && OUTPUT_MONEY.test(norm.slice(Math.max(cs, fig.start - 32), fig.start))) continue;
    // Progress of things already counted (已有21个项目开工, "12 of them are in production") moves nothing.
    if (PROGRESS.test(norm.slice(fig.end, fig.end + 24))) continue;
    // …but not a list of counts each with its own number (北京项目29个、天津项目12个).
    const after = norm.slice(fig.end, fig.end + 24);
    // (Not things of another place: 16所学校与宣化区的学校结对 pairs them.)
    if (
      (lang === 'zh' ? SHARED_ZH : SHARED_EN).test(after) &&
      !OWN_COUNT_NEXT.test(after) &&
      !(/^与/.test(after) && within(doc.groups, fig.end, fig.end + 8).length)
    ) {
      shared.add(fig);
      continue;
    }
    // A part of a total already counted ("of which 18 are headquarters", 其中…18家) is not another flow.
    // But where the total named no sender (签约项目41个，其中来自北京的项目33个) the part is the flow.
    // …but "the investment of them/of which is 3.2 billion yuan" is the total's money.
    const pre = norm.slice(cs, fig.start);
    // (Parts after a total without a sender are each a flow: 其中来自北京的项目19个、来自天津的项目6个.)
    const cue = SUBSET.exec(pre);
    if (cue && sentFlows.some((x) => x.fig.end <= cs + cue.index) && !(measure === 'yuan' && MONEY_OF_THEM.test(pre))) continue;
    // …nor the next item of the same list ("among them the projects of A 28, the projects of B 12").
    const lastFlow = sentFlows[sentFlows.length - 1];
    if (lastFlow && measure !== 'yuan' && SUBSET.test(norm.slice(lastFlow.fig.end, cs))) continue;
    // …nor a breakdown in brackets after the count ("96 (Beijing 70, Tianjin 26)"): parts, read by partFlows.
    if (lastFlow && lang === 'en' && /^\s*\([^()]*$/.test(norm.slice(lastFlow.fig.end, fig.start))) continue;
    // "A and B took 23 and 17 of them respectively": shares of a count stated before, read by respectively().
    if (
      lang === 'en' &&
      (RUN_OF_PART.test(norm.slice(fig.start, fig.end + 40)) ||
        (/\w\s+(?:and|,)\s+$/.test(norm.slice(Math.max(0, fig.start - 8), fig.start)) &&
          PART_TAIL.test(norm.slice(fig.start, fig.end + 24)))) &&
      norm.slice(fig.end, sent.end).includes('respectively')
    )
      continue;
    // "…, and the three northern counties took 71 of them": a part, read by partFlows.
    if (
      lang === 'en' &&
      sentFlows.length &&
      /^[\w.,-]+\s+of (?:them|these|those|which)\b/.test(norm.slice(fig.start, fig.end + 16))
    )
      continue;

    // Money right after a count in the same sentence is that count's money ("672 projects with a
    // total investment of 278.7 billion yuan", 引进企业1700余家、总投资200亿元).
    const prev = sentFlows[sentFlows.length - 1];
    if (measure === 'yuan' && prev && prev.flow.measure !== 'yuan') {
      // 签约额, 投资额: the verb inside the money's own noun is no predicate of its own.
      const between = within(doc.triggers, prev.fig.end, fig.start).some(
        (t) => t.start !== prev.trigger.start && t.role !== 'joint' && !/^(?:invest|投资)/.test(t.word) && norm[t.end] !== '额'
      );
      const attached = /\b(?:with|bringing|involving) (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:investment|funding|capital)\b/.test(
        norm.slice(prev.fig.end, fig.start)
      );
      // …but not a whole unit's own total after it (…北京企业68家；全区实际利用内资52亿元).
      const whole = (lang === 'zh' ? ZH_WHOLE : EN_WHOLE).test(norm.slice(prev.fig.end, fig.start));
      if ((!between || attached) && !whole && isMoneyOfCount(norm, prev.fig.end, fig, lang)) {
        const flow = { ...prev.flow, measure, value: fig.value, approx: fig.approx, offset: fig.offset };
        out.push(flow);
        sentFlows.push({ flow, fig, trigger: prev.trigger });
        continue;
      }
    }

    // The predicate: the nearest trigger before the number in its sentence, else one after it in its clause.
    // A verb used as an attribute of the noun (京津转移项目, "projects transferred") describes the
    // things; the predicate is the verb before it.
    let trigger: TriggerHit | undefined;
    for (let ti = firstFrom(doc.triggers, sent.start); ti < doc.triggers.length; ti++) {
      const t = doc.triggers[ti];
      if (t.end > fig.start) {
        if (!trigger && t.start >= fig.end && t.end <= ce) trigger = t;
        break;
      }
      const attribute =
        trigger && lang === 'zh'
          ? /^(?:[\u4e00-\u9fff]{0,3}?(?:项目|企业|产业|商户|资金)|的[\u4e00-\u9fff]{1,6}?(?:项目|企业|商户|机构))/.exec(
              norm.slice(t.end, t.end + 10)
            )
          : null;
      if (
        attribute &&
        // …but 引进京津项目: a place between the verb and its noun is its senders, and the verb the
        // predicate (a place after the noun, 转移项目86个，其中北京…, is another clause's).
        within(doc.groups, t.end, t.end + attribute[0].length).length === 0 &&
        // …and 投入资金8000万元: money put in is the object of its verb, not an attribute.
        !(MONEY_VERB.test(t.word) && /^[\u4e00-\u9fff]{0,3}?资金/.test(norm.slice(t.end, t.end + 6)))
      )
        continue;
      // Likewise in English word order: "undertook Beijing transfer projects 156", "relocated firms".
      if (trigger && lang === 'en' && t.role === 'send' && EN_ATTRIBUTE.test(norm.slice(t.end, t.end + 24))) continue;
      trigger = t;
    }
    // The number's own clause has its predicate after it ("…, already 28 firms from Beijing moved
    // in", "helped by nine firms that moved…"): a verb of an earlier clause, or a passive one whose
    // agent is the number, is not the predicate of the things.
    if (
      trigger &&
      trigger.end <= fig.start &&
      (trigger.end <= cs || (lang === 'en' && /^\s+by\b/.test(norm.slice(trigger.end, trigger.end + 4))))
    ) {
      const ti = firstFrom(doc.triggers, fig.end);
      const after = ti < doc.triggers.length ? doc.triggers[ti] : undefined;
      if (after && after.end <= ce) trigger = after;
    }
    // A labelled line of a statistics release ("Funds from Beijing actually in place: 31.2 billion
    // yuan") states what its place received, with or without a verb in the label.
    const labelled = LABEL_END.test(norm.slice(Math.max(cs, fig.start - 4), fig.start));
    if (labelled && (!trigger || trigger.start < cs)) {
      const colon = norm.lastIndexOf(':', fig.start);
      trigger = { start: colon, end: colon + 1, role: 'receive', word: ':' };
    }
    if (!trigger) continue;
    // A whole unit's own total in a clause after the predicate's (…北京企业68家；全区实际利用内资52亿元).
    if (measure === 'yuan' && trigger.end <= cs && (lang === 'zh' ? ZH_WHOLE : EN_WHOLE).test(norm.slice(cs, fig.start)))
      continue;
    // A relative clause on a place (", where 52 start-ups are incubated") counts things there, not
    // the things the earlier clause's predicate moved.
    if (trigger.end <= cs && lang === 'en' && EN_RELATIVE_OPEN.test(norm.slice(cs, fig.start))) continue;

    const investVerb = /^(?:invest|投资)/.test(trigger.word);
    // Money on its own moves only when it is named as investment or funds, never a price per item.
    // …or as the size of what a sender builds ("will build a rolling mill of 2 billion yuan in X",
    // "is building a 600-million-yuan plant"): the money of the thing built there.
    const builtMoney =
      lang === 'en' && /^(?:buil|set|establish|open)/.test(trigger.word) && fig.start > trigger.end && fig.start < ce;
    const namedMoney =
      investVerb ||
      builtMoney ||
      MONEY_VERB.test(trigger.word) ||
      isMoneyOfCount(norm, clauseStart(norm, trigger.start, sent.start), fig, lang);
    if (
      measure === 'yuan' &&
      /^\s*(?:each|apiece|or more|and above)\b|^(?:以上|及以上)?的?项目/.test(norm.slice(fig.end, fig.end + 8))
    )
      continue;

    const placed = placedFor(doc, info, sent.start, fig);
    const tClauseStart = clauseStart(norm, trigger.start, sent.start);
    // English things as the subject of a receiving verb ("37 firms from X had signed up for sites"):
    // they settle, and the receiver is marked or the place the passage is about.
    const t: TriggerHit =
      lang === 'en' &&
      trigger.role === 'receive' &&
      fig.end <= trigger.start &&
      fig.start >= tClauseStart &&
      !/\b(?:was|were|been|be|is|are|being)\s+(?:[a-z]+ly\s+)?$/.test(
        norm.slice(Math.max(0, trigger.start - 20), trigger.start)
      ) &&
      !placed.some((p) => p.marker === 'none' && p.end <= trigger.start && p.start >= tClauseStart)
        ? { ...trigger, role: 'settle' }
        : trigger;
    let { origin, destination, slotEmpty } = sidesOf(doc, placed, t, fig, tClauseStart, sent.end);
    // Money received from a named sender ("drew 2.4 billion yuan from Beijing firms") moves too.
    if (measure === 'yuan' && !namedMoney && !(t.role === 'receive' && placed.some((p) => p.marker === 'from'))) continue;

    // A second count of the same predicate shares the first one's sides ("672 Beijing-Tianjin
    // projects…, and 47 SOE projects…").
    const sibling = sentFlows.find((s) => s.trigger === t && s.flow.measure === measure);
    if (origin.length === 0 && sibling) origin = sibling.flow.origin;
    if (destination.length === 0 && sibling) destination = sibling.flow.destination;
    // A gapped second part ("500 million yuan will go to A and 300 million yuan to B", 3亿元给B):
    // the place marked right after the number is its own receiver, not its sibling's.
    const gapped = sibling
      ? placed.find((p) => p.marker === 'to' && p.start >= fig.end && GAPPED_TO.test(norm.slice(fig.end, p.start)))
      : undefined;
    if (gapped) destination = gapped.codes;
    // "Another 30 were taken in by A and B", 另有30家…: more of the count the sentence before states
    // in the paragraph, from its sender.
    if (origin.length === 0 && ANOTHER.test(norm.slice(Math.max(sent.start, fig.start - 12), fig.start))) {
      const para = text.lastIndexOf('\n', sent.start) + 1;
      const before = [...out].reverse().find((f) => f.measure === measure && f.offset < sent.start && f.offset >= para);
      if (before) origin = before.origin;
    }
    // "…will strive to introduce 50 enterprises from A, and to receive 6 billion yuan of funds in place":
    // a coordinated predicate naming no side goes on with the one before it.
    if (origin.length === 0 && prev && lang === 'en' && EN_COORDINATED.test(norm.slice(tClauseStart, t.start))) {
      origin = prev.flow.origin;
      if (destination.length === 0) destination = prev.flow.destination;
    }
    if (origin.length === 0) continue;
    // Firms settling in a park two places built together (由A与B共建的园区…入驻企业45家, 唐山市与顺义区共建的
    // 产业园累计入驻企业29家) have no origin the sentence gives: the builders are no senders of them.
    if (t.role === 'settle' && builtTogetherBefore(doc, placed, origin, sent.start, t.start)) continue;
    if (
      t.role === 'joint' &&
      JOINT_BUILD.test(t.word) &&
      within(doc.triggers, t.end, fig.start).some((x) => x.role === 'settle') &&
      !placed.some((p) => p.marker === 'mod' && p.start >= t.end && p.end <= fig.end)
    )
      continue;
    if (outsideAfter(doc, t.start, ce) || outsideAfter(doc, cs, t.start)) continue;
    // "…in a plant there", 在当地: the receiver is the place the passage is about.
    const tClause = norm.slice(tClauseStart, ce);
    const here =
      destination.length === 0 && (t.role === 'send' || t.role === 'settle' || t.role === 'receive') && HERE.test(tClause);
    // "…build its plant in Hefei, investing 1.5 billion yuan there": "there" is the place outside just named.
    if (here && outsideAfter(doc, sent.start, ce)) continue;
    if (here || (destination.length === 0 && (lang === 'zh' ? ZH_GENERIC_SLOT : EN_GENERIC_SLOT).test(tClause))) slotEmpty = true;
    // A passive whose subject names no place ("It was invested by two firms of Shunyi", "the plant
    // was built by…") is about the site the passage just named: the receiver.
    const passive =
      destination.length === 0 &&
      lang === 'en' &&
      t.role === 'send' &&
      /\b(?:was|were|been|is|are|be)\s+(?:[a-z]+ly\s+)?$/.test(norm.slice(Math.max(tClauseStart, t.start - 24), t.start)) &&
      !placed.some((p) => p.end <= t.start && p.start >= tClauseStart);
    if (passive || labelled) slotEmpty = true;
    // Things that "came" (搬迁而来, 迁来) came to the place the passage is about.
    if (destination.length === 0 && t.role === 'send' && /而来|过来|迁来|搬来|转来|\bcame\b/.test(tClause)) slotEmpty = true;
    // "…to the park": the site the passage's earlier flows went to (in wire copy, a paragraph per
    // sentence, the paragraph before may open with a sender).
    // A part ("Of the Beijing projects, eight were relocated from Haidian District") goes where its
    // total went: the receiver of the last count of those things in the passage.
    // (From the last full stop: a sentence may run on after a number, "…received 12. Of the…".)
    const partFrom = Math.max(sent.start, norm.lastIndexOf('. ', fig.start) + 2);
    if (destination.length === 0 && slotEmpty && lang === 'en' && EN_PART_OPEN.test(norm.slice(partFrom, fig.start))) {
      // (…whose senders hold the part's: "Of the Beijing projects" is a part of a count from Beijing.)
      const holds = (f: ExtractedFlow) =>
        origin.every((c) => f.origin.includes(c) || ancestorsOf(c).some((a) => f.origin.includes(a)));
      // The narrowest such count, then the latest: "the Beijing projects" over a Beijing-Tianjin total.
      let total: ExtractedFlow | undefined;
      for (const f of out)
        if (f.offset < partFrom && f.measure === measure && f.kind !== 'cooperation' && holds(f))
          if (!total || f.origin.length <= total.origin.length) total = f;
      if (total && !overlaps(total.destination, origin) && text.lastIndexOf('\n', partFrom) <= total.offset)
        destination = total.destination;
    }
    if (destination.length === 0 && slotEmpty && lang === 'en' && EN_SITE_SLOT.test(tClause)) {
      let floor = text.lastIndexOf('\n', sent.start) + 1;
      for (let back = 0; back < 3; back++) floor = paragraphBefore(text, floor);
      const site = [...out].reverse().find((f) => f.offset >= floor && f.offset < sent.start && f.kind !== 'cooperation');
      if (site && !overlaps(site.destination, origin)) destination = site.destination;
    }
    if (destination.length === 0 && slotEmpty) {
      // 全市, "throughout the city" may open the sentence before the predicate's clause.
      const whole = (lang === 'zh' ? ZH_WHOLE : EN_WHOLE).exec(norm.slice(sent.start, t.end));
      destination =
        topic(
          doc,
          placed,
          t.start,
          origin,
          genericLevel(norm.slice(tClauseStart, t.end) + ' ' + norm.slice(t.start, ce), lang) ??
            (whole
              ? genericLevel(whole[0].replace(/^city-?wide$/, 'the city').replace(/^countywide$/, 'the county'), lang)
              : null),
          here || passive,
          !!whole
        ) ?? [];
    }
    if (destination.length === 0 || overlaps(origin, destination)) continue;

    const para = paragraphOf(doc, fig.offset);
    const period = periodAround(doc, clause, sentence, para);
    const status = statusOf(norm.slice(tClauseStart, fig.end), sentence, lang, period, doc.year, true);
    const kind: FlowKind = kindOfMeasure(measure, t.role, investVerb);
    // A pairing of schools or hospitals is given by the capital's side (as for the numberless pairings).
    // (A school built together keeps the grammar's order.)
    if (t.role === 'joint' && PAIRING_VERB.test(t.word) && SERVICE_KINDS.has(kind) && rank(destination) < rank(origin))
      [origin, destination] = [destination, origin];
    const { start, end } = finalPeriod(period, status, doc.year);
    const flow: ExtractedFlow = {
      origin,
      destination,
      kind,
      measure,
      value: fig.value,
      approx: fig.approx,
      period_start: start,
      period_end: end,
      status,
      offset: fig.offset
    };
    out.push(flow);
    sentFlows.push({ flow, fig, trigger: t });
    // What a park built together holds is counted; the park itself is still a cooperation. Money of
    // a move ("moved its plant from A to B, the investment 320 million yuan") leaves the move stated.
    if (!(t.role === 'joint' && JOINT_BUILD.test(t.word)) && !(measure === 'yuan' && MOVING_VERB.test(t.word))) used.add(t);
  }
  const own = shared.size ? candidates.filter((f) => !shared.has(f)) : candidates;
  bareFlows(doc, used, own, out);
  staffMoves(norm, lang, doc.sents, out);
  peopleFlows(doc, figures, out);
  talentPerCount(doc, figures, out);
  linkNumbers(doc, own, out);
  gappedShares(doc, out);
  const members = respectively(norm, text, lang, doc.sents, doc.groups, own, out);
  partFlows(doc, [...own, ...partitiveCounts(norm, lang)], out, members);
  attributedCounts(doc, own, out);
  labelledItems(doc, own, out);
  pairedCounts(doc, own, out);
  gappedPairs(doc, out);
  pairsRespectively(norm, lang, doc.sents, doc.groups, out);
  return dedupe(out, text);
}

/**
 * Counts the figures pass attributed to a receiver with their senders (figures.ts: 'code' and 'from')
 * that no predicate here read: "Beijing projects numbered 28", "counts 126 firms that came from
 * Beijing". Only counts of things that move, in a sentence neither negated nor cancelled.
 */
const ZH_UNIT_NAME = /[\u4e00-\u9fff]{1,4}?(?:县|区|市|省)/g;
const EN_UNIT_NAME = /\b[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? (?:County|District|City|Province|New Area)\b/g;
function unknownUnitBefore(doc: Doc, info: SentInfo, from: number, to: number): boolean {
  const re = doc.lang === 'zh' ? ZH_UNIT_NAME : EN_UNIT_NAME;
  const s = doc.text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = from + m.index;
    const end = at + m[0].length;
    // 全县, 该区, 我市, 城区 are no names.
    if (
      doc.lang === 'zh' &&
      /^(?:全|该|本|我|各|城|市|县|区|辖|郊|园|新|社|这|那|此|每|一|两|三|四|五|六|七|八|九|十|多|个|几|其|之|据|在|向|到|从|对|为|由|与|和|及|是|有|的|了|地|外)/.test(
        m[0]
      )
    )
      continue;
    if (!info.groups.some((g) => g.start < end && g.end > at)) return true;
  }
  return false;
}
function builtTogetherBefore(doc: Doc, placed: readonly Placed[], origin: readonly string[], from: number, to: number): boolean {
  const i = lowerBound(doc.triggers, from, startOf);
  let joint: TriggerHit | undefined;
  for (let j = i; j < doc.triggers.length && doc.triggers[j].start < to; j++)
    if (doc.triggers[j].role === 'joint' && JOINT_BUILD.test(doc.triggers[j].word)) joint = doc.triggers[j];
  if (!joint) return false;
  const senders = placed.filter((p) => overlaps(p.codes, origin));
  return senders.length > 0 && senders.every((p) => p.end <= joint!.start);
}
const PAIRED = /结对|对子|协作关系|合作关系|\bpair(?:ed|ing|s)?\b|\btwinn?(?:ed|ing)\b/;
function attributedCounts(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  // Most figures name no sender: nothing to do, and nothing indexed, for an article without one.
  if (!figs.some((f) => f.from?.length && f.code !== null)) return;
  const taken = new Set(out.map((f) => f.offset));
  // The flows of each sentence, by its index: found once, not by a scan of every flow per figure.
  const bySent = new Map<number, ExtractedFlow[]>();
  const add = (f: ExtractedFlow) => {
    const si = spanIndex(doc.sents, f.offset);
    const list = bySent.get(si);
    if (list) list.push(f);
    else bySent.set(si, [f]);
  };
  for (const f of out) add(f);
  const negated = lang === 'zh' ? NEGATED_ZH : NEGATED_EN;
  for (const fig of figs) {
    if (!fig.from?.length || fig.code === null || taken.has(fig.offset)) continue;
    const measure = measureOf(unitOf(fig, norm), phraseOf(fig, norm));
    if (!measure || measure === 'yuan') continue;
    if (fig.from.includes(fig.code) || overlaps(fig.from, [fig.code])) continue;
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0) continue;
    const sent = doc.sents[k];
    const info = sentInfo(doc, k);
    if (info.cancelled) continue;
    const cs = clauseStart(norm, fig.start, sent.start);
    const ce = clauseEnd(norm, fig.end, sent.end);
    const clause = norm.slice(cs, ce);
    if (negated.test(norm.slice(cs, fig.start)) || PROGRESS.test(norm.slice(fig.end, fig.end + 24))) continue;
    const sentence = norm.slice(sent.start, sent.end);
    // Schools or hospitals paired (结成对子, 建立协作关系, "paired with") move nothing counted; nor do the
    // hospitals people come from ("The doctors come from five hospitals of Xicheng").
    if (PAIRED.test(sentence) || PEOPLE.test(norm.slice(cs, fig.start))) continue;
    // A group named together (京津) is one side, never split into sender and receiver.
    if (info.groups.some((g) => g.codes.length > 1 && g.codes.includes(fig.code!) && overlaps(g.codes, fig.from!))) continue;
    // A flow the sentence already states between the same places (a pairing of schools, a part read
    // by partFlows) is that statement.
    const here = bySent.get(k) ?? [];
    // Counts each with their own senders ("28 Beijing projects and 18 Tianjin projects", "11 came from
    // A and seven from B"): the places this count owns, narrower over broader.
    const placed = placedFor(doc, info, sent.start, fig);
    const owned = placed.filter(
      (p) =>
        (p.marker === 'from' || p.marker === 'mod' || p.marker === 'none') &&
        !p.codes.includes(fig.code!) &&
        ownerOf(doc, p) === fig
    );
    const origin = owned.length ? union(owned) : [...fig.from];
    // A receiver the sentence names only as a sender of other things ("Beijing projects numbered 28
    // and Tianjin projects 18") is the figure's misreading: the receiver of the count before it, if any.
    const asSender = placed.some((p) => {
      if ((p.marker !== 'mod' && p.marker !== 'from') || !p.codes.includes(fig.code!)) return false;
      const owner = ownerOf(doc, p);
      return owner !== null && owner !== fig && !!owner.from?.includes(fig.code!);
    });
    const sibling = asSender ? here.filter((f) => f.offset < fig.offset).pop() : undefined;
    if (asSender && !sibling) continue;
    const destination = sibling ? sibling.destination : [fig.code];
    // No side outside the region, and no unit-like name before the count that is no place of the
    // region (沧县 unknown to the gazetteer, "Wuhan City"): it would be the subject the figure missed.
    if (outsideAfter(doc, sent.start, sent.end) || unknownUnitBefore(doc, info, sent.start, fig.start)) continue;
    if (overlaps(origin, destination)) continue;
    if (
      here.some(
        (f) =>
          (overlaps(f.origin, origin) && overlaps(f.destination, destination)) ||
          (overlaps(f.origin, destination) && overlaps(f.destination, origin))
      )
    )
      continue;
    const period = periodAround(doc, clause, sentence, paragraphOf(doc, fig.offset));
    const status = statusOf(clause, sentence, lang, period, doc.year, true);
    const { start, end } = finalPeriod(period, status, doc.year);
    const flow: ExtractedFlow = {
      origin,
      destination,
      kind: kindOfMeasure(measure, 'receive', false),
      measure,
      value: fig.value,
      approx: fig.approx,
      period_start: start,
      period_end: end,
      status,
      offset: fig.offset
    };
    out.push(flow);
    add(flow);
  }
}

/** What a clause states for the bare pass: read once per clause (several predicates may share it). */
function clauseFacts(doc: Doc, figs: readonly FigureSpan[], clause: string, cs: number, ce: number): ClauseFacts {
  const { norm, lang } = doc;
  // Most clauses name nothing that moves and no instance: rejected before the other tests.
  const named = kindsNamed(clause, lang);
  const concreteBase = (lang === 'zh' ? ZH_CONCRETE : EN_CONCRETE).test(clause);
  if (
    !named.length &&
    !concreteBase &&
    !PEOPLE.test(clause) &&
    !(lang === 'zh' ? ZH_JOINT_BUILD_IN : EN_JOINT_BUILD_IN).test(clause)
  )
    return { clause, negated: true, counted: [], intent: true, concrete: false, named, moneyOnly: true };
  const negatedHere = (lang === 'zh' ? NEGATED_ZH : NEGATED_EN).test(clause);
  // A counted quantity in the clause is the numbered pass's business (or no flow at all) — for
  // its own kind: 共建的园区已有7家企业入驻 still states the park built together.
  const counted: FlowKind[] = [];
  let moneyOnly = true;
  for (let fi = firstFrom(figs, cs); !negatedHere && fi < figs.length && figs[fi].start < ce; fi++) {
    const m = measureOf(unitOf(figs[fi], norm), phraseOf(figs[fi], norm));
    if (m) counted.push(kindOfMeasure(m, 'send', false), ...(m === 'projects' || m === 'yuan' ? FIRM_MONEY : []));
    if (m && m !== 'yuan') moneyOnly = false;
  }
  // A meeting or a visit is an occasion, not an instance (unless something is signed at it).
  const occasion = !negatedHere && (lang === 'zh' ? ZH_OCCASION : EN_OCCASION).test(clause) && !/签|\bsign/.test(clause);
  const intent = occasion || (!negatedHere && (lang === 'zh' ? ZH_INTENT : EN_INTENT).test(clause));
  return {
    clause,
    negated: negatedHere,
    counted,
    intent,
    concrete: !negatedHere && concreteBase,
    named: negatedHere ? [] : named,
    moneyOnly
  };
}

/**
 * Flows stated without a number: a predicate whose clause names both sides and what moves (a
 * park, schools, a hospital, firms), or a concrete two-way instance (a mechanism or agreement
 * with a named partner). Both sides must be in the sentence: no receiver from context here.
 */
const PAIRING_VERB = /^(?:pair|twin|结对|结成|结为|托管)/;
const EN_JOINT_ACT =
  /^\s+(?:buil[dt]|set(?:ting)? up|establish|found|open|run)\w*\s+(?:an?|the|two|three|four|five|several)\s+(?:[a-z-]+\s+){0,3}?(?:parks?|zones?|centres?|centers?|bases?|platforms?|schools?|hospitals?|institutes?|laborator(?:y|ies)|labs?|funds?|corridors?|alliances?)\b/;
const EN_WITH_THINGS_IN = /^\s+with (?:[a-z-]+\s+){0,3}?(?:in|of|from) (?:the )?$/;
const OUR_PARTNER = /\bour (?:[a-z-]+\s+){0,2}?(?:partners?|counterparts?)\b/;
/** The unit a text calls "our county" (its title's, resolved by referents.ts), when `cue` matched. */
function selfUnit(doc: Doc, cue: RegExpExecArray | null): string[] | null {
  if (!cue) return null;
  for (let at = doc.norm.indexOf('our '); at >= 0; at = doc.norm.indexOf('our ', at + 4)) {
    const g = doc.groups[firstFrom(doc.groups, at)];
    if (g && g.start === at && EN_OUR_UNIT.test(doc.norm.slice(at, g.end))) return g.codes;
  }
  return null;
}
const EN_OUR_UNIT = /^our (?:city|county|district)$/;

const EN_FROM_BEFORE = /\bfrom (?:the )?$/;
const ZH_FROM_BEFORE = /(?:从|自|由)$/;
// A move's own receiver slot after the verb (to/into X, 迁至X): a move that has one is not elided.
const EN_MOVE_TO = /^\s+(?:[a-z'’-]+\s+){0,4}?(?:to|into|in)\b/;
function movedFromOnly(doc: Doc, g: PlaceGroup, t: TriggerHit, sentEnd: number): boolean {
  const { norm, lang } = doc;
  if (lang === 'zh') {
    // 从海淀区迁来 / 自海淀区搬迁而来: the place opens a from-phrase right before the verb.
    return (
      ZH_FROM_BEFORE.test(norm.slice(Math.max(0, g.start - 1), g.start)) &&
      g.end <= t.start &&
      t.start - g.end <= 6 &&
      /^[\u4e00-\u9fff]{0,6}$/.test(norm.slice(g.end, t.start)) &&
      /^(?:迁来|搬迁而来|迁入|搬来|搬迁过来|迁移过来)/.test(norm.slice(t.start, t.start + 5))
    );
  }
  if (g.start < t.end || !EN_FROM_BEFORE.test(norm.slice(Math.max(t.end, g.start - 10), g.start))) return false;
  // Nothing but the object between the verb and the from-phrase, and no receiver slot of its own.
  const between = norm.slice(t.end, g.start);
  return (
    between.length < 48 &&
    !/[,;]/.test(between) &&
    !EN_MOVE_TO.test(between) &&
    !/\b(?:to|into)\b/.test(norm.slice(g.end, Math.min(sentEnd, g.end + 40)))
  );
}

const ZH_SELF_SUBJECT =
  /^[^，。；,;]{0,6}?(?:区里|市里|县里|该区|该市|该县|全区|全市|全县)(?:还|也|又|已|将|并)?(?:与|同|和)(?:相邻|邻近|周边|毗邻|接壤)?的?$/;
function bareFlows(doc: Doc, used: ReadonlySet<TriggerHit>, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  const jointRe = lang === 'zh' ? ZH_JOINT_WORDS : EN_JOINT_WORDS;
  jointRe.lastIndex = 0;
  const joints: TriggerHit[] = [];
  for (let m = jointRe.exec(norm); m; m = jointRe.exec(norm))
    joints.push({ start: m.index, end: m.index + m[0].length, role: 'joint', word: m[0] });
  const all = [...doc.triggers, ...joints].sort((a, b) => a.start - b.start);
  // A verb inside a pairing word (帮扶 in 结成帮扶对子) is that pairing, read once as the joint act.
  const inPairing = (t: TriggerHit, i: number) =>
    t.role !== 'joint' && [all[i - 1], all[i - 2]].some((j) => j && j.role === 'joint' && j.start <= t.start && j.end >= t.end);
  const seenInSentence = new Set<string>();
  // The numbered pass's flows, by offset: a sentence's counts are found by binary search.
  const numbered = out.filter((f) => f.value !== null).sort((a, b) => a.offset - b.offset);
  const clauses = new Map<number, ClauseFacts>();

  let lastSent = -1;
  for (const [i, t] of all.entries()) {
    if (used.has(t) || inPairing(t, i)) continue;
    const k = spanIndex(doc.sents, t.start);
    if (k < 0) continue;
    if (k !== lastSent) ((lastSent = k), seenInSentence.clear());
    const sent = doc.sents[k];
    // Both sides must be in the sentence: most triggers are decided here, before any regex runs.
    const info = sentInfo(doc, k);
    const inSent = info.groups;
    // One place is enough when the clause sends to a receiver it names only by its kind ("seconded
    // teachers to the county's schools", 派驻当地): that receiver is the place the passage is about.
    // …and so is the receiver of people sent in a passive that names only their sender ("The teachers
    // which are dispatched from Shijingshan are twelve"): the place the passage is about.
    const elided =
      inSent.length === 1 &&
      ((t.role === 'send' &&
        ((lang === 'zh' ? ZH_ELIDED : EN_ELIDED).test(norm.slice(t.end, clauseEnd(norm, t.end, sent.end))) ||
          (lang === 'en' &&
            EN_PASSIVE_BEFORE.test(norm.slice(Math.max(0, t.start - 24), t.start)) &&
            PEOPLE.test(norm.slice(sent.start, t.start)) &&
            /^\s+(?:from|by)\s/.test(norm.slice(t.end, t.end + 6))))) ||
        // …and of a move that names only where it left ("moved its head office from Haidian District
        // in March", 从海淀区整体迁来): the place the passage is about.
        (MOVING_VERB.test(t.word) && movedFromOnly(doc, inSent[0], t, sent.end)));
    // "X has been our pairing partner": the other partner is the unit the text calls "our county".
    const ours =
      lang === 'en' && inSent.length === 1 && t.role === 'joint'
        ? selfUnit(doc, OUR_PARTNER.exec(norm.slice(clauseStart(norm, t.start, sent.start), clauseEnd(norm, t.end, sent.end))))
        : null;
    // 区里还与河东区签约共建…: a subject naming the unit only by its kind (区里, 该市) is the place the
    // passage is about, the other partner.
    const self =
      lang === 'zh' && inSent.length === 1 && t.role === 'joint' && ZH_SELF_SUBJECT.test(norm.slice(sent.start, inSent[0].start))
        ? topic(doc, [], sent.start, inSent[0].codes, genericLevel(norm.slice(sent.start, inSent[0].start), lang))
        : null;
    if (inSent.length < 2 && !(inSent.length === 1 && inSent[0].codes.length > 1) && !elided && !ours && !self) continue;
    if (info.cancelled) continue;
    const cs = clauseStart(norm, t.start, sent.start);
    const ce = clauseEnd(norm, t.end, sent.end);
    // Several predicates share a clause ("signed a cooperation agreement"): its facts are read once.
    let facts = clauses.get(cs);
    if (!facts) clauses.set(cs, (facts = clauseFacts(doc, figs, norm.slice(cs, ce), cs, ce)));
    if (facts.negated) continue;
    const { clause, counted, intent } = facts;
    const moneyOnly = facts.moneyOnly;
    // "will jointly build a park", "jointly set up a centre": a joint act with its object, an instance.
    const jointAct =
      t.role === 'joint' &&
      (JOINT_BUILD.test(t.word) || (t.word === 'jointly' && EN_JOINT_ACT.test(norm.slice(t.end, t.end + 40))));
    const concrete = (facts.concrete || jointAct) && !intent;
    // Most predicates name nothing that moves: decided before any place is looked at.
    const clauseKinds = bareKinds(clause, lang, t.word, facts.named);
    // A pairing that runs schools or hospitals is that service's flow, not a mere cooperation.
    // Only an act of pairing or joint building counts, never "cooperation" as such or an intention.
    const service =
      t.role === 'joint' &&
      !intent &&
      !/^(?:cooperat|agreement|mechanism|partner|合作$|建立|签署|签订|成立|对接)/.test(t.word) &&
      !FIELDS.test(clause)
        ? clauseKinds.filter((k) => SERVICE_KINDS.has(k) && !(k === 'science_park' && onlyIndustrialPark(clause, lang)))
        : [];
    if (!concrete && (t.role === 'joint' ? service.length === 0 : clauseKinds.length === 0)) continue;
    const placed = placedFor(doc, info, sent.start, null);
    // A partner's own body (与北京的批发市场, "with Beijing's market") is a firm, not the place.
    const withs = placed.filter((p) => p.marker === 'with' && !/^(?:的|'s)/.test(norm.slice(p.end, p.end + 2)));
    let origin: string[] = [];
    let destination: string[] = [];
    let kinds: FlowKind[];
    if (t.role === 'joint' || (withs.length && concrete)) {
      kinds = service.length ? service : ['cooperation'];
      // 由A和B共同组建的研究院: the partners of a joint act may be its passive agents.
      const subject = [...placed]
        .reverse()
        .find((p) => (p.marker === 'none' || (p.marker === 'by' && p.parts >= 2)) && p.end <= t.start);
      // A passive agreement names its partners after it: "was signed between A and B", or "In A, the
      // agreement … was signed with B" (the scene-setting place is the other partner).
      const between =
        lang === 'en'
          ? placed.find(
              (p) =>
                p.parts >= 2 && p.start >= t.end && /\bbetween (?:the )?$/.test(norm.slice(Math.max(cs, p.start - 12), p.start))
            )
          : undefined;
      const scene =
        lang === 'en' && !subject && withs.length
          ? placed.find(
              (p) => p.marker === 'to' && p.end <= t.start && /^\s*in (?:the )?$/i.test(norm.slice(sent.start, p.start))
            )
          : undefined;
      // "A has been B's pairing partner": the possessor is the other partner.
      // "A is the pairing partner of B": so is the place after "partner of".
      const owner =
        lang === 'en' && !withs.length
          ? placed.find(
              (p) =>
                (p.end <= t.start && EN_PARTNER_OF.test(norm.slice(p.end, Math.min(ce, p.end + 48)))) ||
                (p.start >= t.start && EN_PARTNER_BEFORE.test(norm.slice(Math.max(t.start, p.start - 32), p.start)))
            )
          : undefined;
      const ownerSubject = owner && [...placed].reverse().find((p) => p.end <= owner.start && p.marker === 'none');
      let joinedBefore: Placed | undefined;
      let partnerIn: Placed | undefined;
      let pairedThings: Placed | undefined;
      if (withs.length && subject) ((origin = subject.codes), (destination = union(withs.filter((w) => w !== subject))));
      else if (owner && ownerSubject) ((origin = ownerSubject.codes), (destination = owner.codes));
      else if (ours && subject) ((origin = subject.codes), (destination = ours));
      else if (self && withs.length) ((origin = self), (destination = union(withs)));
      else if (scene) ((origin = scene.codes), (destination = union(withs)));
      else if (between && between.members)
        ((origin = between.members[0]), (destination = [...new Set(between.members.slice(1).flat())]));
      // "Beijing and Hebei jointly run the zone": two named partners, not one compound name (京津走廊).
      else if (subject && subject.parts >= 2 && !placed.some((p) => p.marker === 'with'))
        ((origin = subject.codes.slice(0, 1)), (destination = subject.codes.slice(1)));
      // …also when one of them is "our county" ("Kuancheng County and our county will jointly build…").
      else if (
        subject &&
        lang === 'en' &&
        (joinedBefore = placed.find((p) => p.end <= subject.start && /^\s+and\s+$/.test(norm.slice(p.end, subject.start))))
      )
        ((origin = joinedBefore.codes), (destination = subject.codes));
      // "are paired with schools in X": the partner is the place of the things paired with.
      else if (
        (pairedThings = subject ?? placed.find((p) => p.marker === 'mod' && p.end <= t.start)) &&
        lang === 'en' &&
        (partnerIn = placed.find(
          (p) => p.marker === 'to' && p.start >= t.end && EN_WITH_THINGS_IN.test(norm.slice(t.end, p.start))
        ))
      )
        ((origin = pairedThings.codes), (destination = partnerIn.codes));
    } else {
      kinds = clauseKinds;
      if (kinds.length === 0) continue;
      ({ origin, destination } = sidesOf(doc, placed, t, null, cs, sent.end));
      // Sent "there", 在当地: the nearest place named before.
      if ((elided || HERE.test(clause)) && destination.length === 0 && origin.length && !outsideAfter(doc, sent.start, ce))
        destination = topic(doc, placed, t.start, origin, genericLevel(clause, lang), true) ?? [];
    }
    // Grammar does not say who gives in a pairing; in the region's coordination the capital's side
    // gives to Tianjin's and Hebei's, Tianjin's to Hebei's (paired assistance, 结对帮扶).
    if (service.length && kinds === service && rank(destination) < rank(origin)) [origin, destination] = [destination, origin];
    // A relocation is counted by things moved, never by its money.
    const movedMoney = (k: FlowKind, c: FlowKind, measure?: string | null) =>
      k === 'relocation' && (measure === 'yuan' || (measure === undefined && (c === 'investment' || c === 'projects')));
    if (counted.length) kinds = kinds.filter((k) => !counted.some((c) => sameClass(c, k) && !(movedMoney(k, c) && moneyOnly)));
    if (origin.length === 0 || destination.length === 0 || overlaps(origin, destination) || kinds.length === 0) continue;
    if (outsideAfter(doc, t.start, ce) || outsideAfter(doc, cs, t.start)) continue;
    // A sentence that counts what moves between the same places states one flow, with its number;
    // a thing of another kind (doctors beside a count of firms) is a flow of its own.
    const countedHere: ExtractedFlow[] = [];
    for (let i = lowerBound(numbered, sent.start, offsetOf); i < numbered.length && numbered[i].offset < sent.end; i++) {
      const f = numbered[i];
      if (
        (sameSet(f.destination, destination) && overlaps(f.origin, origin)) ||
        (kinds.includes('cooperation') && sameSet(f.destination, origin) && overlaps(f.origin, destination))
      )
        countedHere.push(f);
    }
    // An agreement under which the counted things move is the same statement; a park built together is not.
    const built = t.role === 'joint' && JOINT_BUILD.test(t.word);
    if (countedHere.length)
      kinds = kinds.filter(
        (k) =>
          !countedHere.some((f) => (sameClass(f.kind, k) && !movedMoney(k, f.kind, f.measure)) || (k === 'cooperation' && !built))
      );
    if (kinds.length === 0) continue;
    const sentence = norm.slice(sent.start, sent.end);
    const period = periodAround(doc, clause, sentence, '');
    const status = statusOf(norm.slice(cs, t.end), sentence, lang, period, doc.year, false);
    const { start, end } = finalPeriod(period, status, doc.year);
    for (const kind of kinds) {
      const key = `${origin.join('+')}>${destination.join('+')}|${kind}`;
      if (seenInSentence.has(key)) continue;
      seenInSentence.add(key);
      out.push(numberless(origin, destination, kind, { start, end }, status, t.start));
    }
  }
}

// Counts of people sent to work somewhere (a figure's unit); 'people' only as a team or staff.
const PEOPLE_UNITS = new Set(['teachers', 'doctors', 'experts', 'nurses', 'cadres', 'technicians', 'physicians']);
const EN_TEAM = /\b(?:teams?|staff|experts?|specialists|personnel)\b/;
const ZH_TEAM = /团队|专家|人才|医护|骨干|技术人员/;

/**
 * People counted with both their places (figures.ts gives the count its region and where they come
 * from: "From Tianjin, 40 doctors have come to Julu", 一支来自东城区的20名教师团队在曲周县): a talent
 * flow, stated without a flow measure, when no talent flow between those places was read already.
 */
/**
 * "Zhengding County received 11 Beijing projects, while Xinle City took in 6": a bare number after a
 * second receiver of the same verb class counts the same things from the same senders.
 */
function gappedShares(doc: Doc, out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  if (lang !== 'en' || !/\b(?:while|whereas)\b/.test(norm)) return;
  const added: ExtractedFlow[] = [];
  for (const f of out) {
    if (f.value === null || f.measure === 'yuan') continue;
    const k = spanIndex(doc.sents, f.offset);
    if (k < 0) continue;
    const sent = doc.sents[k];
    for (const g of within(doc.groups, f.offset, sent.end)) {
      if (
        g.members ||
        !/\b(?:while|whereas)\s+(?:neighbou?ring\s+)?$/.test(norm.slice(Math.max(f.offset, g.start - 20), g.start))
      )
        continue;
      const m = EN_ONE_MORE.exec(norm.slice(g.end, Math.min(sent.end, g.end + 40)));
      if (!m) continue;
      const offset = g.end + m[0].length - m[1].length;
      if (
        /^\s*(?:[a-z-]+\s+)?(?:projects|enterprises|firms|companies|schools|hospitals)\b/.test(
          norm.slice(offset + m[1].length, offset + m[1].length + 24)
        )
      )
        continue;
      const n = parseNumberAt(norm, offset, lang);
      if (!n || n.value === null || out.some((x) => x.offset === offset) || overlaps(g.codes, f.origin)) continue;
      added.push({ ...f, destination: g.codes, value: n.value, approx: n.approx, offset });
    }
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}

/** A flow stated without a number: its evidence offset is the predicate's (or the people's count). */
function numberless(
  origin: string[],
  destination: string[],
  kind: FlowKind,
  period: { start: number | null; end: number | null },
  status: ExtractedFlow['status'],
  offset: number
): ExtractedFlow {
  return {
    origin,
    destination,
    kind,
    measure: null,
    value: null,
    approx: false,
    period_start: period.start,
    period_end: period.end,
    status,
    offset
  };
}

function peopleFlows(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  const added: ExtractedFlow[] = [];
  for (const fig of figs) {
    if (!fig.code || !fig.from?.length) continue;
    const unit = unitOf(fig, norm);
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0) continue;
    const sent = doc.sents[k];
    const sentence = norm.slice(sent.start, sent.end);
    if (!PEOPLE_UNITS.has(unit) && !(unit === 'people' && (lang === 'zh' ? ZH_TEAM : EN_TEAM).test(sentence))) continue;
    const origin = fig.from;
    const destination = [fig.code];
    if (overlaps(origin, destination)) continue;
    if (sentInfo(doc, k).cancelled) continue;
    const cs = clauseStart(norm, fig.start, sent.start);
    if ((lang === 'zh' ? NEGATED_ZH : NEGATED_EN).test(norm.slice(cs, clauseEnd(norm, fig.end, sent.end)))) continue;
    if ([...out, ...added].some((f) => f.kind === 'talent' && overlaps(f.origin, origin) && overlaps(f.destination, destination)))
      continue;
    const period = periodAround(doc, norm.slice(cs, fig.end), sentence, '');
    const status = statusOf(norm.slice(cs, fig.start), sentence, lang, period, doc.year, false);
    const { start, end } = finalPeriod(period, status, doc.year);
    added.push(numberless([...origin], destination, 'talent', { start, end }, status, fig.offset));
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}

/**
 * A gapped English pairing ("Miyun District has paired with Fengning County, and Huairou District with
 * Luanping County"): two pairs, not one subject with two partners. Splits the cooperation read as one.
 */
const EN_GAP_OPEN = /^,?\s+(?:and|while|whereas)\s+(?:the\s+)?$/;
const EN_GAP_WITH = /^\s+with\s+(?:the\s+)?$/;
function gappedPairs(doc: Doc, out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  if (lang !== 'en') return;
  let split = false;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.kind !== 'cooperation' || f.value !== null || f.destination.length < 2) continue;
    const k = spanIndex(doc.sents, f.offset);
    if (k < 0) continue;
    const gs = within(doc.groups, f.offset, doc.sents[k].end);
    // partner W1 … ", and" P "with" W2, P never one of the flow's partners before.
    for (let j = 0; j + 2 < gs.length; j++) {
      const [w1, p, w2] = [gs[j], gs[j + 1], gs[j + 2]];
      if (
        !EN_GAP_OPEN.test(norm.slice(w1.end, p.start)) ||
        !EN_GAP_WITH.test(norm.slice(p.end, w2.start)) ||
        !f.destination.includes(w1.codes[0]) ||
        !f.destination.includes(w2.codes[0])
      )
        continue;
      const first = { ...f, destination: [...w1.codes] };
      const second = { ...f, origin: [...p.codes], destination: [...w2.codes], offset: p.start };
      out.splice(i, 1, first, second);
      i++;
      split = true;
      break;
    }
  }
  if (split) out.sort((a, b) => a.offset - b.offset);
}

/**
 * Counted schools or hospitals of one place paired with those of another ("16 schools in Yanqing have
 * paired with schools in Xuanhua District", MT "the schools of A 3 paired with the schools of the
 * district", A的12所学校与B的学校结对): that service's flow with the count, given by the capital's side
 * as the numberless pairings are. Anchored, bounded patterns at each count only.
 */
const EN_COUNT_OF = /^\s+(?:in|of|from) (?:the )?$/;
const EN_OF_COUNT = /\b(?:the )?(?:schools|hospitals) of (?:the )?$/;
const EN_PAIRED_WITH =
  /^\s+(?:(?:have|has|had)\s+)?(?:(?:been|also|now)\s+)?(?:paired|twinned|teamed up)\s+with\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:schools|hospitals)\s+(?:in|of)\s+(?:the\s+)?/;
const ZH_PAIRED_WITH = /^[^，。；,;]{0,4}?与(?:该|本)?/;
const ZH_PAIR_END = /^[^，。；,;]{0,8}?(?:结对|结成|结为)/;
function pairedCounts(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm, lang } = doc;
  if (!(lang === 'zh' ? /结对|结成|结为/ : /\b(?:paired|twinned|teamed up)\b/).test(norm)) return;
  const taken = new Set(out.map((f) => f.offset));
  const added: ExtractedFlow[] = [];
  for (const fig of figs) {
    const unit = unitOf(fig, norm);
    if ((unit !== 'schools' && unit !== 'hospitals') || taken.has(fig.offset)) continue;
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0 || sentInfo(doc, k).cancelled) continue;
    const sent = doc.sents[k];
    const gs = within(doc.groups, sent.start, sent.end);
    let a: PlaceGroup | undefined;
    let rest = -1;
    if (lang === 'en') {
      // "16 schools in A have paired with…" or "the schools of A 3 paired with…".
      a = gs.find((g) => g.start >= fig.end && g.start - fig.end < 12 && EN_COUNT_OF.test(norm.slice(fig.end, g.start)));
      if (a) rest = a.end;
      else {
        a = gs.find(
          (g) =>
            g.end <= fig.start &&
            fig.start - g.end < 4 &&
            EN_OF_COUNT.test(norm.slice(Math.max(sent.start, g.start - 24), g.start))
        );
        if (a) rest = fig.end;
      }
    } else {
      // A的12所学校与B的学校结对.
      a = gs.find((g) => g.end <= fig.start && /^(?:的|区|县|市)?$/.test(norm.slice(g.end, fig.start)));
      if (a) rest = fig.end;
    }
    if (!a || rest < 0) continue;
    let b: string[] | null;
    if (lang === 'en') {
      const m = EN_PAIRED_WITH.exec(norm.slice(rest, Math.min(sent.end, rest + 80)));
      if (!m) continue;
      const at = rest + m[0].length;
      // (After the unit it lies in, which the matcher leaves out: "in Zhangjiakou's Xuanhua District".)
      const g = gs.find(
        (x) => x.start >= at && x.start - at < 24 && /^(?:[a-z'’-]+(?:'s|’s)\s+)?$/.test(norm.slice(at, x.start))
      );
      b = g
        ? g.codes
        : genericLevel(norm.slice(at - 4, at + 16), lang)
          ? topic(doc, [], a.start, a.codes, genericLevel(norm.slice(at - 4, at + 16), lang), true)
          : null;
    } else {
      const m = ZH_PAIRED_WITH.exec(norm.slice(rest, Math.min(sent.end, rest + 12)));
      if (!m) continue;
      const at = rest + m[0].length;
      const g = gs.find((x) => x.start === at);
      if (!ZH_PAIR_END.test(norm.slice(g ? g.end : at, Math.min(sent.end, (g ? g.end : at) + 16)))) continue;
      b = g ? g.codes : topic(doc, [], a.start, a.codes, genericLevel(norm.slice(at - 1, at + 3), lang), true);
    }
    if (!b || overlaps(a.codes, b)) continue;
    let [origin, destination] = [a.codes, b];
    if (rank(destination) < rank(origin)) [origin, destination] = [destination, origin];
    const sentence = norm.slice(sent.start, sent.end);
    const period = periodAround(doc, sentence, sentence, '');
    const status = statusOf(sentence, sentence, lang, period, doc.year, true);
    const { start, end } = finalPeriod(period, status, doc.year);
    added.push({
      origin: [...origin],
      destination: [...destination],
      kind: unit === 'schools' ? 'education' : 'health',
      measure: unit,
      value: fig.value,
      approx: fig.approx,
      period_start: start,
      period_end: end,
      status,
      offset: fig.offset
    });
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}

/**
 * A list of signed projects headed by their receivers ("- Dongguang County: a packaging plant of a
 * Xiqing District firm, investment 2.8 billion yuan", "- 东光县：西青区一家企业的包装材料项目，投资28亿元"):
 * the item's money goes from the place its firm is of (or moved from, or built by) to the label's
 * place. One pass over the list lines; each item is read only when its line opens with a place and a colon.
 */
const ITEM_LABEL = /^[ \t]*[-•*·▪]\s+$/;
const ITEM_MONEY_BEFORE = /(?:\binvest(?:ment|ing|s|ed)?|\bcapital|投资|总投资)[^,;.，；。\d]{0,12}$/;
function labelledItems(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { text, norm, lang } = doc;
  if (!/\n[ \t]*[-•*·▪]\s/.test(text)) return;
  const taken = new Set(out.map((f) => f.offset));
  const added: ExtractedFlow[] = [];
  for (let ls = 0; ls < text.length;) {
    const le0 = text.indexOf('\n', ls);
    const le = le0 < 0 ? text.length : le0;
    const gi = firstFrom(doc.groups, ls);
    const label = gi < doc.groups.length ? doc.groups[gi] : undefined;
    if (
      label &&
      label.end < le &&
      label.parts < 2 &&
      ITEM_LABEL.test(norm.slice(ls, label.start)) &&
      /^\s*:/.test(norm.slice(label.end, label.end + 3))
    ) {
      const k = spanIndex(doc.sents, label.end + 1);
      const info = k >= 0 ? sentInfo(doc, k) : undefined;
      // The sender: a place of the item's body that is no receiver, partner or aside.
      const sender = within(doc.groups, label.end, le).find((g) => {
        const m = markerOf(doc, g, ls, null);
        return (m === 'from' || m === 'mod' || m === 'by' || m === 'none') && !overlaps(g.codes, label.codes);
      });
      if (sender && info && !info.cancelled && !outsideAfter(doc, label.end, le)) {
        const body = norm.slice(label.end, le);
        for (let fi = firstFrom(figs, label.end); fi < figs.length && figs[fi].start < le; fi++) {
          const fig = figs[fi];
          if (taken.has(fig.offset) || unitOf(fig, norm) !== 'yuan') continue;
          if (!ITEM_MONEY_BEFORE.test(norm.slice(Math.max(label.end, fig.start - 24), fig.start))) continue;
          const period = periodAround(doc, body, body, paragraphOf(doc, ls));
          const status = statusOf(body, body, lang, period, doc.year, true);
          const { start, end } = finalPeriod(period, status, doc.year);
          added.push({
            origin: [...sender.codes],
            destination: [...label.codes],
            kind: MOVED_IN_ITEM.test(body) ? 'relocation' : 'projects',
            measure: 'yuan',
            value: fig.value,
            approx: fig.approx,
            period_start: start,
            period_end: end,
            status,
            offset: fig.offset
          });
          break;
        }
      }
    }
    ls = le + 1;
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}
const MOVED_IN_ITEM = /\b(?:moved|relocated|transferred)\b|迁|搬迁|转移/;

/**
 * Each count of people sent is a talent flow of its own (派出医生12名、教师20名; "sent 35 doctors and 20
 * teachers"): a numberless talent flow whose sentence counts several kinds of people after its verb
 * gets one more flow per further count (kept apart by dedupe, evidence at the count).
 */
const PER_COUNT = new WeakSet<ExtractedFlow>();
const TRAINED = /\btrain(?:s|ed|ing)?\b|\bhir(?:e|es|ed|ing)\b|\brecruit|培训|培养|招聘|招收/;
function talentPerCount(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm } = doc;
  // Talent flows read per sentence and sides (a count with both places may have one already: peopleFlows).
  const had = new Map<string, ExtractedFlow[]>();
  for (const f of out) {
    if (f.kind !== 'talent' || f.value !== null) continue;
    const k = spanIndex(doc.sents, f.offset);
    if (k < 0) continue;
    const key = `${k}|${f.origin.join('+')}>${f.destination.join('+')}`;
    const list = had.get(key);
    if (list) list.push(f);
    else had.set(key, [f]);
  }
  const added: ExtractedFlow[] = [];
  for (const [key, list] of had) {
    const f = list[0];
    const sent = doc.sents[Number(key.slice(0, key.indexOf('|')))];
    let counts = 0;
    let lastEnd = -1;
    for (let fi = firstFrom(figs, sent.start); fi < figs.length && figs[fi].start < sent.end; fi++) {
      const g = figs[fi];
      if (g.offset < f.offset || !PEOPLE_UNITS.has(unitOf(g, norm))) continue;
      if (g.code && f.origin.includes(g.code)) continue;
      if (g.from?.length && !overlaps(g.from, f.origin)) continue;
      // People trained or hired there were not sent ("trained 210 rural doctors", 培训乡村医生120名).
      const before = norm.slice(clauseStart(norm, g.start, sent.start), g.start);
      if (TRAINED.test(before)) continue;
      // English joins the counts of one object ("sent 25 doctors and 60 teachers"): one statement.
      const joined = doc.lang === 'en' && lastEnd >= 0 && /^\s*(?:,\s*)?(?:and\s+)?$/.test(norm.slice(lastEnd, g.start));
      lastEnd = g.end;
      if (joined) continue;
      if (++counts <= list.length) continue;
      const extra = { ...f, origin: [...f.origin], destination: [...f.destination], offset: g.offset };
      PER_COUNT.add(extra);
      added.push(extra);
    }
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}

/**
 * The number in the next sentence of the same passage: "A Beijing firm is building a plant in
 * Laoting. The project's total investment is 12 billion yuan." A counted figure whose sentence
 * names no place and produced no flow gives its value to the flow without a number stated in the
 * sentence before it (a second figure there adds its money as a flow of its own).
 */
function linkNumbers(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[]): void {
  const { norm, text } = doc;
  const taken = new Set(out.map((f) => f.offset));
  for (const fig of figs) {
    if (taken.has(fig.offset)) continue;
    const k = spanIndex(doc.sents, fig.offset);
    if (k <= 0) continue;
    const sent = doc.sents[k];
    let prev = doc.sents[k - 1];
    // The next item of a list ("- Planned investment of the signed projects: 94.5 billion yuan") goes
    // on from the item before it.
    const item =
      LIST_ITEM.test(text.slice(sent.start, sent.start + 4)) &&
      LABEL_END.test(norm.slice(Math.max(sent.start, fig.start - 4), fig.start));
    if (item) for (let j = k - 1; j > 0 && !text.slice(prev.start, prev.end).trim();) prev = doc.sents[--j];
    const apart = !item && (text.slice(prev.end, sent.start).includes('\n') || text.slice(prev.start, prev.end).includes('\n'));
    if (within(doc.groups, sent.start, sent.end).length) continue;
    if (OWN.test(norm.slice(sent.start, sent.end))) continue;
    const measure = measureOf(unitOf(fig, norm), phraseOf(fig, norm))!;
    // 全区实际利用内资52亿元, "citywide, investment reached…": the whole unit's own total, nobody's money moved.
    if (measure === 'yuan' && (doc.lang === 'zh' ? ZH_WHOLE : EN_WHOLE).test(norm.slice(sent.start, fig.start))) continue;
    // A two-way cooperation has no direction to give a count of things moved.
    // Money paid out against money pledged just before (已拨付1.5亿元 after a plan of 3.2亿元) is a
    // statement of its own, between the same places.
    const paid = measure === 'yuan' && PAID.test(norm.slice(sent.start, fig.start));
    // "…planned investment of 7.4 billion yuan; the funds actually received reached 2.2 billion yuan":
    // a second amount of the same things is a money flow of its own.
    const moreMoney = measure === 'yuan' && MONEY_OPEN.test(norm.slice(sent.start, fig.start));
    let host = out.find(
      (f) =>
        !apart &&
        f.offset >= prev.start &&
        f.offset < prev.end &&
        f.kind !== 'cooperation' &&
        (f.value === null || f.measure !== measure || (paid && f.status === 'planned') || moreMoney)
    );
    // "The signed projects carry planned investment of 42.6 billion yuan" in a paragraph of its own:
    // the money of the things last counted in the passage.
    if (!host && measure === 'yuan' && THINGS_OPEN.test(norm.slice(sent.start, sent.end))) {
      let floor = text.lastIndexOf('\n', sent.start - 1);
      for (let back = 0; back < 2 && floor > 0; back++) floor = text.lastIndexOf('\n', floor - 2);
      host = [...out]
        .reverse()
        .find(
          (f) => f.offset < sent.start && f.offset > floor && f.value !== null && f.measure !== 'yuan' && FIRM_KINDS.has(f.kind)
        );
    }
    if (!host) continue;
    if (paid && host.measure === 'yuan') {
      const status = statusOf(
        norm.slice(sent.start, fig.end),
        norm.slice(sent.start, sent.end),
        doc.lang,
        undefined,
        doc.year,
        true
      );
      out.push({ ...host, value: fig.value, approx: fig.approx, offset: fig.offset, status });
      taken.add(fig.offset);
      continue;
    }
    if (measure === 'yuan' && !isMoneyOfCount(norm, sent.start, fig, doc.lang)) continue;
    if (moreMoney && host.measure === 'yuan') {
      out.push({ ...host, value: fig.value, approx: fig.approx, offset: fig.offset });
      taken.add(fig.offset);
      continue;
    }
    // "…moved its head office from X. 40 of its subsidiaries would follow": more things of another move.
    if (host.value === null && measure !== 'yuan' && FOLLOW.test(norm.slice(sent.start, sent.end))) {
      const next = { ...host, measure, value: fig.value, approx: fig.approx, offset: fig.offset, ...followWhen(doc, sent, host) };
      FOLLOWERS.add(next);
      out.push(next);
    } else if (
      host.value === null &&
      (measure !== 'yuan' || host.kind === 'projects' || host.kind === 'enterprises' || host.kind === 'investment')
    ) {
      Object.assign(host, { measure, value: fig.value, approx: fig.approx, offset: fig.offset });
    } else if (host.value !== null && measure === 'yuan') {
      out.push({ ...host, measure, value: fig.value, approx: fig.approx, offset: fig.offset });
    }
    taken.add(fig.offset);
  }
  out.sort((a, b) => a.offset - b.offset);
}

// Counts of a move that follows a numberless one: that one stays a flow of its own (dedupe).
const FOLLOWERS = new WeakSet<ExtractedFlow>();
const FOLLOW = /\bfollow(?:s|ed|ing)?\b(?! (?:the|this|a) (?:plan|model|example|rules?)\b)|跟进|随后迁|陆续迁/;
// The following move's own status and period ("would follow by 2026").
function followWhen(doc: Doc, sent: Span, host: ExtractedFlow): Partial<ExtractedFlow> {
  const sentence = doc.norm.slice(sent.start, sent.end);
  const period = periodAround(doc, sentence, sentence, '');
  const status = statusOf(sentence, sentence, doc.lang, period, doc.year, true);
  if (status === host.status && !period) return {};
  const { start, end } = finalPeriod(period, status, doc.year);
  return { status, period_start: start, period_end: end };
}

const EN_PART_OPEN = /^\s*(?:of|among) (?:the|these|those)\b[^,]*,\s*$/;
const EN_SITE_SLOT = /\b(?:to|in|into|at) the (?:park|industrial park|zone|development zone|base|site)\b(?!'s| of\b)/;
// (Also the site the passage is about: "shifted its headquarters to the park".)
const EN_ELIDED =
  /\b(?:to|in|into|for) (?:the|this|our) (?:city|county|district|municipality|new area|park|industrial park|zone|development zone|base)\b|\bthere\b|\bhere\b/;
const ZH_ELIDED = /(?:到|至|向|赴|在)(?:该|本|我)(?:市|区|县)|当地|这里/;
const MONEY_OPEN =
  /^\s*(?:the |and )?(?:actual |total )?(?:funds?|investment|capital)\b(?: actually)?(?: (?:received|in place|arrived|paid in|put in place))?\b/;
// (Firms also as their plants or makers: "The relocated plants represent a combined investment of…".)
const THINGS_OPEN =
  /^\s*(?:together,? )?(?:the (?:funds?|investment|capital)(?: [a-z]+){0,3}? of (?:these|the|those) (?:projects|enterprises|firms|companies|plants|factories)|the (?:signed |introduced |new |relocated |moved )?(?:projects|enterprises|firms|companies|plants|factories|manufacturers|makers|businesses)|these (?:projects|enterprises|firms|companies|plants|factories|manufacturers|makers|businesses)|(?:together,? )?they)\b/;
const PAID = /拨付|下拨|到位|\b(?:paid|disbursed|delivered|allocated|in place)\b/;

// A part of a total just counted: 其中, 这些项目中, "among them", "nine of the 23 firms".
const PART_ZH = /其中|这些[\u4e00-\u9fff]{0,4}?中|当中/;
const PART_OPENING = /^\s*(?:其中|among (?:them|these|those)|of them|of these|of those|of which)/;
const PART_EN =
  /^\s*[\w,-]+ (?:were|was|are|is|came|come) from\b|\d[\d,]* \((?:[a-z'’ -]+ \d[\d,]*,? ?)+\)|\b(?:among (?:them|these|those)|of them|of which|of these|of those|including)\b|\b(?:of|among) the \d[\d,]*\s|\bof the (?:firms|enterprises|companies|projects)\b/;
const PARTITIVE_OBJECT = /(?:them|these|those|which|the \d|the (?:firms|enterprises|companies|projects)\b)/y;
/** English counts whose noun is left out ("among them, nine settled…", "nine of the 23 firms"). */
function partitiveCounts(norm: string, lang: Lang): FigureSpan[] {
  if (lang !== 'en' || !/ of | among /.test(norm)) return [];
  const out: FigureSpan[] = [];
  // …and "Of the 23 projects, 14 came from…": the total restated as an opening phrase.
  const re1 =
    /\b(?:among them|of them|of which|of these|(?:of|among) (?:the|these|those) (?:[\d,]+ |[a-z-]+ ){0,3}?(?:projects|firms|enterprises|companies|businesses|institutions|schools|hospitals),)\s*(?=[a-z\d])/g;
  const starts: number[] = [];
  for (let m = re1.exec(norm); m; m = re1.exec(norm)) starts.push(m.index + m[0].length);
  // "nine of them", "eight of the firms": found from each " of " (a scan of every word was slow).
  for (let at = norm.indexOf(' of ', 1); at >= 0; at = norm.indexOf(' of ', at + 4)) {
    const c = norm.charCodeAt(at + 4);
    if (c !== 116 /* t */ && c !== 119 /* w */) continue;
    PARTITIVE_OBJECT.lastIndex = at + 4;
    if (!PARTITIVE_OBJECT.test(norm)) continue;
    let w = at;
    while (w > 0 && /[\w-]/.test(norm[w - 1])) w--;
    if (w < at && /[a-z\d]/.test(norm[w])) starts.push(w);
  }
  // "…; 29 were from Beijing and 17 from Tianjin": parts told by their senders, the noun left out.
  const re2 = /(?:^|[.;]\s+)([\w,-]+) (?:were|was|are|came|come) from\b/g;
  for (let m = re2.exec(norm); m; m = re2.exec(norm)) starts.push(m.index + m[0].indexOf(m[1]));
  // …and a gapped part after any of them ("35 of them from A and 17 from B").
  const gapped: number[] = [];
  const re3 = /\b(?:and|while)\s+(?=[\w,-]+\s+(?:(?:were|was|came|went)\s+)?(?:from|to|in|into)\s)/g;
  for (const at of starts) {
    const stop = norm.slice(at).search(/[.;](?:\s|$)/);
    const seg = norm.slice(at, stop < 0 ? norm.length : at + stop);
    re3.lastIndex = 0;
    for (let m = re3.exec(seg); m; m = re3.exec(seg)) gapped.push(at + m.index + m[0].length);
  }
  starts.push(...gapped);
  for (const at of [...new Set(starts)].sort((a, b) => a - b)) {
    const n = parseNumberAt(norm, at, 'en');
    if (!n || n.value === null || n.value < 1 || /^\d{4}$/.test(n.raw)) continue;
    out.push({
      value: n.value,
      unit: '',
      code: null,
      approx: n.approx,
      flags: [],
      raw: n.raw,
      offset: at,
      start: at,
      end: n.end
    });
  }
  return out;
}

const within1 = (inner: readonly string[], outer: readonly string[]) =>
  inner.every((c) => outer.some((o) => o === c || ancestorsOf(c).includes(o)));

/**
 * A part of a total with a narrower side is a flow of its own: "泊头市承接天津项目46个。其中，来自西青区的
 * 项目有十九个" (西青区 lies in 天津), "Among them, nine settled in Funing District". The other side is
 * the total's; a part that names no narrower side is no second flow.
 */
const PART_TO =
  /^\s*(?:(?:will|would|is to|are to|is|are|was|were)\s+)?(?:(?:go(?:es)?|went|gone|be given|given|allocated|earmarked)\s+)?(?:to|for) (?:the )?$|^(?:将)?(?:给|拨给|用于|投向|到)$/;
function partFlows(doc: Doc, figs: readonly FigureSpan[], out: ExtractedFlow[], members: ReadonlySet<ExtractedFlow>): void {
  const { norm, text, lang } = doc;
  const taken = new Set(out.map((f) => f.offset));
  const added: ExtractedFlow[] = [];
  for (const fig of [...figs].sort((a, b) => a.start - b.start)) {
    if (taken.has(fig.offset)) continue;
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0) continue;
    const sent = doc.sents[k];
    if (sentInfo(doc, k).groups.length === 0) continue;
    if (!(lang === 'zh' ? PART_ZH : PART_EN).test(norm.slice(sent.start, fig.end + 24))) continue;
    const measure = fig.unit ? measureOf(unitOf(fig, norm), phraseOf(fig, norm)) : null;
    let host: ExtractedFlow | undefined;
    // A paragraph opening with the part cue (其中，… after the total's paragraph) continues it.
    const para = text.lastIndexOf('\n', fig.start - 1) + 1;
    let floor = para;
    if (PART_OPENING.test(norm.slice(para, para + 16))) {
      let e = para - 1;
      while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
      floor = text.lastIndexOf('\n', e - 1) + 1;
    }
    // A total's part is the host, never another part (围场获得1.5亿元，丰宁获得1.1亿元 are both of the 4.6亿元).
    const hostFrom = (lo: number) => {
      let h: ExtractedFlow | undefined;
      for (const f of out)
        if (
          f.value !== null &&
          !members.has(f) &&
          (f.measure !== 'yuan' || measure === 'yuan') &&
          f.offset < fig.start &&
          f.offset >= lo &&
          (measure === null || f.measure === measure)
        )
          h = f;
      return h;
    };
    host = hostFrom(floor);
    // "Caofeidian District took in 58 of the projects", "Of the 64 projects, 44 came from…" in the
    // paragraph after their count.
    if (
      !host &&
      lang === 'en' &&
      (/\bof (?:the|them|these|those)\b/.test(norm.slice(fig.start, fig.end + 20)) ||
        /\bof the [\d,]+ (?:[a-z-]+ )?(?:projects|enterprises|firms|companies)\b/.test(norm.slice(sent.start, fig.start)))
    )
      host = hostFrom(paragraphBefore(text, floor));
    // "Of these, 19 came from A. B alone took in eight of them": "them" are the part just stated.
    if (k > 0 && /\bof (?:them|these|those)\b/.test(norm.slice(fig.start, fig.end + 16))) {
      const prior = added.filter(
        (f) => f.offset >= doc.sents[k - 1].start && f.offset < sent.start && f.measure === (measure ?? host?.measure)
      );
      if (prior.length === 1) host = prior[0];
    }
    if (!host) continue;
    const cs = clauseStart(norm, fig.start, sent.start);
    const ce = clauseEnd(norm, fig.end, sent.end);
    let origin: string[] | null = null;
    let destination: string[] | null = null;
    // "…500 million yuan will go to A and 300 million yuan to B": the place marked right after a
    // part's number is its receiver, before any earlier place of the clause.
    const next = within(doc.groups, fig.end, ce).find((g) => PART_TO.test(norm.slice(fig.end, g.start)));
    if (next && within1(next.codes, host.destination)) destination = next.codes;
    // Gapped parts name their sides next to their numbers, before or after ("35 of them from A and 17
    // from B", "of which from A 121 and from B 65"): a place with another number between it and this
    // one is another part's.
    const inClause = within(doc.groups, cs, ce);
    const apart = (g: PlaceGroup) =>
      /\d/.test(g.start >= fig.end ? norm.slice(fig.end, g.start) : norm.slice(g.end, fig.start)) ? 1 : 0;
    const sideAfter = /^\s+(?:(?:were|was|came|went)\s+)?(?:from|to|in|into)\s/.test(norm.slice(fig.end, fig.end + 16));
    const rankOf = (g: PlaceGroup) => apart(g) * 2 + (sideAfter && g.start < fig.end ? 1 : 0);
    const ordered = inClause.length > 1 ? [...inClause].sort((a, b) => rankOf(a) - rankOf(b)) : inClause;
    for (const g of ordered) {
      const m = markerAround(doc, g, sent.start);
      if ((m === 'from' || m === 'by' || m === 'mod') && within1(g.codes, host.origin)) origin ??= g.codes;
      else if ((m === 'to' || m === 'none') && within1(g.codes, host.destination)) destination ??= g.codes;
      // "Chaoyang accounted for 11 of them": a place inside the senders is theirs, whatever its slot.
      else if (m === 'none' && within1(g.codes, host.origin) && !within1(g.codes, host.destination)) origin ??= g.codes;
    }
    if (!origin && !destination) continue;
    const flow: ExtractedFlow = {
      ...host,
      origin: origin ?? host.origin,
      destination: destination ?? host.destination,
      measure: measure ?? host.measure,
      value: fig.value,
      approx: fig.approx,
      offset: fig.offset
    };
    if (sameSet(flow.origin, host.origin) && sameSet(flow.destination, host.destination)) continue;
    if (overlaps(flow.origin, flow.destination)) continue;
    added.push(flow);
    taken.add(fig.offset);
  }
  if (added.length) (out.push(...added), out.sort((a, b) => a.offset - b.offset));
}

/**
 * A flow stated twice in one article (the headline and the body, a summary repeating a figure)
 * is one flow: same sides, measure and value. The body's statement is kept as the evidence.
 */
function dedupe(flows: ExtractedFlow[], text: string): ExtractedFlow[] {
  const firstLineEnd = text.indexOf('\n');
  // Each flow's sides as one string, made once (the keys below were built three times per flow).
  const sides = new Map<ExtractedFlow, string>();
  for (const f of flows) sides.set(f, `${f.origin.join('+')}>${f.destination.join('+')}`);
  const key = (f: ExtractedFlow) => `${sides.get(f)}|${f.measure ?? f.kind}|${f.value}${PER_COUNT.has(f) ? `@${f.offset}` : ''}`;
  const best = new Map<string, ExtractedFlow>();
  for (const f of flows) {
    const k = key(f);
    const had = best.get(k);
    if (!had || (firstLineEnd >= 0 && had.offset < firstLineEnd && f.offset > firstLineEnd)) best.set(k, f);
  }
  // A flow named without a number where the article also counts it adds nothing.
  const counted = new Set(flows.filter((f) => f.value !== null && !FOLLOWERS.has(f)).map((f) => `${sides.get(f)}|${f.kind}`));
  // A headline repeats a count of the body, often with its places less exact ("…of Tianjin"
  // for the district): the body's statement is the flow.
  const inBody = new Set(flows.filter((f) => f.value !== null && f.offset > firstLineEnd).map((f) => `${f.measure}|${f.value}`));
  const body = flows.filter((f) => f.offset > firstLineEnd);
  // A headline rounds the body's count (逾三十个 for 32) and names the region a place lies in
  // ("Cangzhou draws Tianjin firms" over firms that went to Huanghua): it states no flow of its own.
  const summarises = (h: ExtractedFlow, b: ExtractedFlow) =>
    sameSet(h.origin, b.origin) &&
    b.destination.every((d) => h.destination.includes(d) || h.destination.some((x) => ancestorsOf(d).includes(x))) &&
    (h.value === null
      ? sameClass(b.kind, h.kind) || b.measure === h.kind
      : b.measure === h.measure && b.value !== null && Math.abs(b.value - h.value) <= 0.2 * b.value);
  const headlineRepeat = (f: ExtractedFlow) =>
    firstLineEnd >= 0 &&
    f.offset < firstLineEnd &&
    ((f.value !== null && inBody.has(`${f.measure}|${f.value}`)) || body.some((b) => summarises(f, b)));
  const kept = new Set(best.values());
  return flows.filter(
    (f) => kept.has(f) && !headlineRepeat(f) && !(f.value === null && counted.has(`${sides.get(f)}|${f.kind}`))
  );
}

// Money that belongs to the count before it is named as such: investment, capital, funds (投资,
// 资金); a price per item ("projects of more than 50 million yuan each", 亿元以上项目) is not.
const EN_MONEY =
  /\b(?:invest(?:ment|ed|ing)?|capital|funds?|worth|valued|total(?:ling|ing)?|amount(?:ing)?|contract(?:ed)?|financing|in place|cost(?:s|ing)?|budget)\b/;
const ZH_MONEY = /投资|资金|资本|总额|金额|到位|合同|签约额|引资|利用|内资|外资|拨付|下拨|捐|资助/;
// A count shared by two kinds of things ("二十余所高校和医院", "12 schools and hospitals") is no
// value of either: the flows are stated without a number.
const OWN_COUNT_NEXT = /^[^，。；,;]{1,12}?(?:\d|[一二三四五六七八九十两]+[个家所])|^\s+and\s+[a-z'’ -]{1,30}?\s\d/;
const SHARED_ZH = /^(?:和|及|与|、|以及)[\u4e00-\u9fff]{0,4}?(?:医院|学校|高校|大学|院所|研究院|企业|项目|机构)/;
const SHARED_EN =
  /^\s*(?:and|&|or)\s+(?:[a-z-]+\s+){0,2}?(?:hospitals|schools|universities|colleges|institutes|enterprises|companies|firms|projects)\b/;
const PROGRESS =
  /^(?:已经?|已先后|均已|陆续)?(?:开工|投产|竣工|达产|开业|建成投产|投入运营)|^\s+(?:of them\s+)?(?:have|has|had)?\s*(?:started (?:construction|production|operation)|(?:gone|went) into (?:production|operation)|are in (?:production|operation))\b/;
const SUBSET = /其中|包括|\bof which\b|\bof them\b|\bamong them\b|\bincluding\b/;
// (Bounded: tested on at most 32 characters before the number.)
const OUTPUT_MONEY =
  /\b(?:output|output value|revenues?|sales|turnover|gdp|profits?|tax revenue)\s+(?:value\s+)?(?:of|at|reached|hit|was|is|totall?ing|worth|topped|exceeded)\s+(?:about |around |nearly |over |more than |some )?$|(?:产值|营收|营业收入|销售额|销售收入|主营业务收入|税收|利润|交易额)(?:达到|达|超过|超|突破|为|约|近|逾|实现|共计|合计|总计)?$/;
const OWN = /自身|本级|自有资金|自筹|\bits own\b|\bown (?:budget|funds?|money|revenue)\b/;
const USE_OF_MONEY =
  /\b(?:for|to)\s+(?:re)?(?:build(?:ing)?|buil[dt]|renovat(?:e|ing)|upgrad(?:e|ing)|repair(?:ing)?|equip(?:ping)?)\s+(?:[a-z-]+\s+)?$|用于(?:新建|改造|修建|建设|改扩建)?$/;
const MONEY_OF_THEM = /\b(?:investment|funds?|funding|capital|money)\s+of\s+(?:them|which|these|those)\b/;

function isMoneyOfCount(norm: string, from: number, fig: FigureSpan, lang: Lang): boolean {
  const between = norm.slice(from, fig.start);
  const after = norm.slice(fig.end, fig.end + 8);
  if (lang === 'zh') return ZH_MONEY.test(between) && !/^(?:以上|及以上)?(?:的)?(?:项目|企业)/.test(after);
  // "6 billion yuan of funds in place", "2 billion yuan in investment": the money named after it.
  return (
    (EN_MONEY.test(between) ||
      /^\s*(?:of|in) (?:new |fresh |the )?(?:funds?|investment|capital|funding)\b/.test(norm.slice(fig.end, fig.end + 24))) &&
    !/^\s*(?:each|apiece|or more|and above)\b/.test(after)
  );
}

/** A figure's unit, corrected where its noun modifies another counted noun ("47 state-owned enterprise projects"). */
function unitOf(f: FigureSpan, norm: string): string {
  if (f.unit === 'enterprises' && /^\s+projects?\b/.test(norm.slice(f.end, f.end + 12))) return 'projects';
  // A modifier read as the unit ("9 building-materials firms"): the noun after it counts.
  if (/^[a-z]/.test(f.unit) && measureOf(f.unit, '') === null) {
    const m = /^\s+(?:[a-z-]+\s+)?(firms|enterprises|companies|projects)\b/.exec(norm.slice(f.end, f.end + 40));
    if (m && /^[a-z][a-z-]*$/.test(f.unit)) return m[1] === 'projects' ? 'projects' : 'enterprises';
  }
  return f.unit;
}

const phraseOf = (f: FigureSpan, norm: string) => norm.slice(Math.max(0, f.start - 10), f.end + 12);

function paragraphOf(doc: Doc, at: number): string {
  const s = doc.text.lastIndexOf('\n', at - 1) + 1;
  const e = doc.text.indexOf('\n', at);
  return doc.norm.slice(s, Math.min(e < 0 ? doc.text.length : e, at));
}

/** What is done counts up to the article's year when no period is stated; other statuses stay undated. */
function finalPeriod(p: Period | undefined, status: string, year: number | null): Period {
  if (p) return p;
  return status === 'done' ? { start: null, end: year } : { start: null, end: null };
}
