import type { Lang } from './lang';

/**
 * Which region a figure is about (`code`) and where its things came from (`from`).
 *
 * Boundaries of paragraphs, sentences and clauses are found once per text (`TextIndex`) and looked
 * up by binary search, so the cost per figure does not grow with the length of the text, whatever
 * its line structure.
 */

/** A place written in the text, as attribution sees it. `codes` is empty for a place that is not the region's. */
export interface Place {
  start: number;
  end: number;
  codes: string[];
  /** A group (京津, 北三县) names several units: never a figure's single region. */
  group: boolean;
}

/** The figure as attribution needs it. */
export interface FigureSite {
  start: number;
  end: number;
  /** Start of the figure's noun phrase when the noun stands before the number (企业1700家). */
  phraseStart: number;
  /** A counted thing (projects, enterprises) rather than a measure (yuan, km2). */
  counted: boolean;
}

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** Two sorted lists as one sorted array. */
function merge(a: ArrayLike<number>, b: ArrayLike<number>): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Index of the first element > x (upper bound). */
function upper(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Paragraph, sentence and clause breaks of one text, computed in one pass each. */
export class TextIndex {
  readonly len: number;
  private readonly para: Int32Array;
  private readonly sent: Int32Array;
  private readonly clause: Int32Array;

  /** `text` the decoded text (its line breaks; the matching view folds them to spaces), `norm` its view. */
  constructor(text: string, norm: string, lang: Lang) {
    this.len = norm.length;
    // Native searches (indexOf, one regex) rather than a loop over every character: this runs over
    // every character of every text.
    const para: number[] = [];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) para.push(i);
    // 。!? (！？ are folded by the view) end sentences, and in English a full stop before a space or
    // the end, not after a digit (4.5 is one number); commas, semicolons and colons (，；： folded to
    // ,;:) end clauses.
    const sentOnly: number[] = [];
    const clauseOnly: number[] = [];
    const re = lang === 'en' ? /[。!?,;:]|\.(?= |$)/g : /[。!?,;:]/g;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const i = m.index;
      const c = norm.charCodeAt(i);
      // A thousands separator (3,000) ends nothing.
      if (c === 0x2c && isDigitCode(norm.charCodeAt(i - 1)) && isDigitCode(norm.charCodeAt(i + 1))) continue;
      if (c === 0x2c || c === 0x3b || c === 0x3a) clauseOnly.push(i);
      // "reached 800,000. Xinglong…" ends a sentence; "4. 5" (a decimal broken by a space) does not.
      else if (c !== 0x2e || !isDigitCode(norm.charCodeAt(i - 1)) || !isDigitCode(norm.charCodeAt(i + 2))) sentOnly.push(i);
    }
    this.para = Int32Array.from(para);
    this.sent = merge(this.para, sentOnly);
    this.clause = merge(this.sent, clauseOnly);
  }

  private around(a: Int32Array, at: number): [number, number] {
    const k = upper(a, at - 1); // first break >= at
    return [k > 0 ? a[k - 1] + 1 : 0, k < a.length ? a[k] : this.len];
  }

  paragraph(at: number): [number, number] {
    return this.around(this.para, at);
  }
  sentence(at: number): [number, number] {
    return this.around(this.sent, at);
  }
  clauseOf(at: number): [number, number] {
    return this.around(this.clause, at);
  }
}

const RECEIVE_ZH = /引进|引入|承接|签约|落户|迎来|吸引|招引|入驻|转移|迁入|落地/;
const RECEIVE_EN =
  /\b(?:introduc|attract|brought in|bring in|took in|taken in|take in|receiv|undert(?:ake|ook)|sign|land|relocat|host|welcom|absorb)/;
const SOURCE_BEFORE_EN = /\bfrom\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+|our\s+)?(?:[a-z]+'s\s+)?$/;
// "from state-owned enterprises headquartered in Beijing": the seat of the senders is a source too.
// (A participle after a noun, not a verb: "firms from Beijing have registered in Xiong'an" names the receiver.)
const SOURCE_SEAT_EN =
  /\bfrom\s+(?:(?!(?:have|has|had|is|are|was|were|been|be|being)\s)[a-z'-]+\s+){0,5}?(?:headquartered|based)\s+in\s+(?:the\s+)?$/;
// "80 million yuan of Beijing's assistance funds": whose money it is, not where it goes.
const SOURCE_FUNDS_EN = /^'s?\s+(?:[a-z-]+\s+){0,2}?(?:funds?|money|capital|aid|assistance|donations?|subsid(?:y|ies))\b/;
// The agent of a passive receiving verb receives: "64 projects from Beijing were signed by Wuqing District".
const PASSIVE_RECEIVER_EN =
  /\b(?:signed|introduced|attracted|undertaken|received|absorbed|drawn|welcomed|hosted|landed|taken in|brought in)\s+by\s+(?:the\s+)?$/;
// Moved to a place: "16 firms have moved from Daxing District to Shenze County", "its move to Wuqing".
const MOVED_TO_EN = /\b(?:to|into)\s+(?:the\s+)?$/;
// "a dozen enterprises of Dongcheng District": the place an organisation comes from.
const ORG_BEFORE_EN =
  /\b(?:firms?|compan(?:y|ies)|enterprises?|hospitals?|schools?|universit(?:y|ies)|colleges?|institut(?:e|es|ions?)|groups?|makers?|manufacturers?|investors?|partners?|suppliers?|distributors?|retailers?|wholesalers?|dealers?|exporters?|processors?|producers?|traders?|vendors?)\s+(?:of|from)\s+(?:the\s+)?(?:[a-z]+(?:'s)?\s+)?$/;
// 由天津整体搬迁而来, 由北京市东城区对口帮扶 (the agent or origin), 原本位于北京市丰台区的企业 (where it was).
// A province or city qualifier may stand between the cue and the place: 由天津市北辰区.
const SOURCE_BEFORE_ZH =
  /(?:来自|从|自|由|原本位于|原位于|原来位于|曾位于|此前位于)(?:[\u4e00-\u9fff]{2,3}?[省市]|北京|天津|河北)?$/;
// 北京籍老人 (natives of Beijing), 北京转移 (moved out of Beijing).
const SOURCE_AFTER_ZH = /^(?:等地)?(?:转移|疏解|外迁|迁出|搬迁|籍)/;
const LOCATIVE_ZH = /(?:在|于|位于|到|至|赴|向|迁往|迁至|迁入|来到|落户|入驻|进驻|援建|帮扶|支援)$/;
// Being somewhere (在/于) says more about a figure than a direction (向北京供应蔬菜1.8万吨).
const AT_ZH = /(?:在|于|位于|到|至|赴|迁往|迁至|迁入|来到|落户|入驻|进驻|援建|帮扶|支援)$/;
// Counted things moved to a place later in their clause: 两家企业也计划将生产线迁至宣化.
const MOVED_TO_ZH = /(?:迁至|迁往|迁到|迁入|搬迁至|搬至|搬到|转移到|转移至|落户|落地|入驻)$/;
// The object of a receiving verb is where things come from: 引进北京的企业六家, "introduced Beijing
// enterprises 26", "introduced the projects of Beijing 410".
// (争取天津市资金: money obtained from a place.)
const RECEIVED_ZH = /(?:引进|引入|承接|吸引|招引|迎来|争取|争取到)了?$/;
const RECEIVED_EN =
  /\b(?:introduc(?:e|es|ed|ing)|attract(?:s|ed|ing)?|undert(?:ake|akes|ook|aken|aking)|absorb(?:s|ed|ing)?|dr[ae]w[sn]?|took in|brought in|signed up|receiv(?:e|es|ed|ing))\s+(?:the\s+|some\s+|more\s+|new\s+)?(?:(?:more than |over |about |nearly )?\d(?:[\d.,]*\d)?\s+)?(?:(?:[a-z-]+\s+){1,3}of\s+(?:the\s+)?)?$/;
// A partner (与天津一家央企签约) or the object of a preposition ("sold to Guangdong", "paid by Xicheng") is no subject.
const PARTNER_ZH = /(?:与|同|跟)$/;
const SETTLE_ZH = /(?:落户|入驻|进驻)$/;
// ("with Beijing's Shunyi District": the qualifier is no place of its own here.)
const OBJECT_EN =
  /\b(?:to|towards?|by|for|with|than|against|between|among|like|unlike)\s+(?:the\s+|an?\s+)?(?:(?:beijing|tianjin|hebei)'s\s+)?$/;
// English places that are where the figure happens: "invested in Anping", "helped Shangyi County upgrade".
const LOCATIVE_BEFORE_EN =
  /\b(?:in|into|at|help(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s+(?:the\s+)?(?:[a-z]+'s\s+)?$/;
// A place after a verb of its clause is its object, not its subject (今年已采购河北山区农产品3.6亿元).
const VERB_ZH =
  /引进|引入|承接|签约|签署|采购|购买|销售|销往|运往|发往|售往|出口|供应|投资|建设|建成|新建|设立|开设|推动|带动|组织|接待|吸引|举办|支持|帮助|对接|服务|把|对|派/;
// A figure of several places together: "the two sides", "both counties", 双方, 两地, 三区.
const COLLECTIVE_EN =
  /\b(?:(?:the|both|all) (?:two|three|four|five|2|3|4|5) (?:[a-z'-]+ )?(?:sides|parties|cities|counties|districts|places|provinces|municipalities|regions|areas|governments)|both (?:sides|parties|cities|counties|districts|places|provinces|municipalities|regions|governments))\b/g;
const COLLECTIVE_ZH = /双方|各方|[两三四五]地|[两三四五][区县市省](?![^，。；,;]{0,1}[企项])/g;
// A joint act of the places named before it: 平谷区与蓟州区共同举办, 互派教师, 联合推出.
const REPORTED_EN =
  /^[,;]?\s*(?:both|the (?:two|three)) (?:sides|parties|cities|counties|districts|places)\s+(?:said|say|says|agreed|announced)\b/;
const REPORTED_ZH = /^[，,]?(?:双方|两地|三地)(?:表示|称|介绍|透露)/;
// What a delegation does where it goes: 赴两县考察, 到三地调研.
const VISIT_ZH = /^(?:[^，。；,;]{0,2}?)(?:考察|调研|参观|观摩|学习|对接|洽谈|走访)/;
const JOINT_ZH = /共同|联合|共建|互派|互办|互访|互设|互认/g;
// After the figure: "12个产业项目落地易县", "六家企业到赤城县投资", "到沧州黄骅市" (a qualifying city the matcher folded into the name).
// A place followed at once by its share of a total: 北京132家, 天津83家.
const ZH_PART_MEMBER = /^(?:约|近)?[\d一二两三四五六七八九十百千万.]+(?:余|多)?[家个所项名座]/;
// A clause after the count that says where all of them went: 有5家，全部落户曹妃甸区.
const SETTLED_AFTER_ZH =
  /^[^，。；,;]{0,3}[，,](?:全部|均|都|全都|均已|全部已|已|已经)?(?:落户|落地|入驻|迁入|迁至|落在|位于|建在)(?:在|于)?$/;
const DESTINATION_AFTER_ZH =
  /^(?:[^，。；、,;:]{0,2}?)(?:落地|落户|落在|在|到|至|赴|进驻|入驻|迁往|迁至)(?:[\u4e00-\u9fff]{2}市?)?$/;
const LOCATIVE_EN = /\b(?:in|into|to)\s+(?:the\s+)?$/;
// A destination: "second 40 doctors to Dingzhou", "donated 30 million yuan to Zhuolu County", "put 86
// million yuan into the county". Whatever the verb, what is sent belongs where it goes — unless "to"
// is part of a phrase that is no direction ("according to", "compared to", "close to", "linked to").
const TO_EN = /\b(?:to|into|towards?)\s+(?:the\s+)?$/;
const TO_GUARD_EN =
  /\b(?:according|compared|comparable|close|closer|closest|nearest|nearer|next|near|adjacent|equal|equivalent|similar|due|thanks|prior|relative|contrary|up|belong(?:s|ed|ing)?|refer(?:s|red|ring)?|related|linked|connected|tied|subject|home|access|routes?|roads?|highways?|expressways?|railways?|lines?|links?|bridges?|corridors?|pipelines?|tracks?|trains?|buses|flights?|trips?|return(?:s|ed|ing)?|back|neighbou?ring|bordering)\s+(?:to|into|towards?)\s+(?:the\s+)?$/;
// Goods sold or supplied to a place earn money for the seller: "sales of farm produce to Chaoyang".
const SALE_EN =
  /\b(?:sold|sell(?:s|ing)?|sales?|suppl(?:y|ied|ies|ying)|export(?:s|ed|ing)?|deliver(?:s|ed|ing|ies|y)?|ship(?:s|ped|ping|ments?)|market(?:ed|ing)|distribut(?:e|es|ed|ing|ion))\b/;
// 向大名县拨付资金4500万元: 向X with a verb of giving or sending names where the money or people go (向X
// 供应/销售 stays a direction of sales).
const GIVE_AFTER_ZH =
  /^(?:[^，。；、,;:]{0,3}?)(?:拨付|拨款|投资|捐赠|捐助|捐款|投入|划拨|提供|援助|资助|支援|选派|派驻|派遣|增派|输送|转移|转让|投放|发放|下达|支付|注资|追加|交付|移交|疏解|输出|捐建|援建)/;
// 6家津南企业签约入驻: firms of a place that settle (here) come from it.
const ORG_SETTLES_ZH =
  /^(?:[^，。；、,;:]{0,4}?)(?:企业|央企|国企|民企|公司|集团|商户|机构)[^，。；,;:]{0,8}?(?:签约入驻|入驻|落户|进驻|迁入|落地)/;
// A sentence opened by a pronoun or a site word speaks of the place of the sentences before it ("It was
// invested by three enterprises of Jinnan District": the firms are its investors, not its place).
const LOCATIVE_ANAPHOR_EN =
  /\b(?:in|into|to|at|help(?:s|ed|ing)?|support(?:s|ed|ing)?|assist(?:s|ed|ing)?)\s+(?:the|this|our)\s+(county-level city|city|county|district|new area)\b/;
// 向我区投入协作资金: with a verb of giving, 向 marks the receiver.
const LOCATIVE_ANAPHOR_ZH =
  /(?:在|到|来|赴|落户|帮助|支持|援建|帮扶)(?:该|本|此|我|这个)([市区县])|向(?:该|本|此|我|这个)([市区县])(?=[^，。；,;:]{0,3}?(?:拨付|拨款|捐赠|捐助|投入|划拨|提供|援助|资助|选派|派驻|派遣|输送|注资|追加))|(?:在|到|落户|迁入|入驻|落地)(新区)(?!域)/;
// "Fengtai sent 15 doctors to work there": what is sent goes where "there" is.
const THERE_AFTER_EN = /^\s+(?:[a-z-]+\s+){0,3}?(?:to\s+[a-z]+\s+)?there\b/;
// "Tianjin's Jinnan District opened …": a sentence opened by a level word is about that unit.
const OPENING_ANAPHOR_EN =
  /^\s*(?:(?:in|last|this|so far|since|over|during)\b[^,]{0,24},\s*)?(?:the|this|our) (county-level city|city|county|district|new area)\b/;
const PRONOUN_LEAD_EN =
  /^\s*(?:it|its|they|their|this|these|the (?:plant|factory|park|project|site|base|centre|center|mill|campus|hospital|zone))\b/;
const LIST_GAP = /^\s*(?:、|和|及|以及|与|同|,?\s*and|,)\s*$/;
// Verbs that move counted things to a place: "transfer 12 enterprises to Dongli".
const MOVE_EN = /\b(?:transfer|mov|relocat|sen[dt]|shift|dispatch|brought|bring)/;
// Characters that cannot stand inside a noun phrase between a place and its noun (verbs, time, particles).
const ZH_NOT_NP =
  /引进|引入|承接|签约|签署|落户|落地|建设|建成|新建|开设|设立|拥有|有|是|为|在|将|已|与|同|和|及|等|向|从|到|把|被|了|新增|共|累计|迎来|吸引|入驻|开放|年|月|日|今|去|前|后|拟|计划|投资|援建|捐建|帮扶|支援|分别|就|也|都|还|则|[，。；、：,;:]/;
// "paired 14 of its schools with schools in Weichang County": where a partner is, not where the figure is.
const PARTNER_AT_EN = /\bwith\s+(?:[a-z-]+\s+){1,3}(?:in|at)\s+(?:the\s+)?(?:[a-z]+'s\s+)?$/;
const EVENT_AT_EN =
  /\b(?:fair|expo|forum|meeting|conference|ceremony|event|summit|exhibition|symposium|seminar|roadshow|promotion|signing)s?\s+(?:held\s+|staged\s+)?(?:in|at)\s+(?:the\s+)?(?:[a-z]+'s\s+)?$/;
// 在北京举办推介会, 在天津召开联席会议: the place of an event (its unit word may follow).
const EVENT_AT_ZH = /^[市区县]?(?:举办|举行|召开|主办|开幕|闭幕)/;
const PART_LEAD_EN = /^\s*(?:among them|among these|among which|of these|of them|of which|including)\b/;
const PART_AFTER_EN = /\b(?:of which|among them|among these|among which|including)\b/;
const ZH_QUALIFIER_END = /(?<=[在于到至向往入驻与同跟])(?:[\u4e00-\u9fff]{2,3}?[省市]|北京|天津|河北)$/;
const ZH_BARE_MEASURE = /[家个所名位项座处户]/;
// (北京一家数据服务企业: a measure word of firms may stand before a trade of four characters.)
const ORG_ZH =
  /^((?:[一两三四五六七八九十几多数某][家个])?[^，。；、,;:]{0,4}?)(?:企业|央企|国企|民企|公司|集团|医院|学校|高校|机构|厂|项目)/;
// (On one line, and no article between: "Laishui County gets a hospital" is no hospital of Laishui.)
const ORG_EN =
  /^(?:[ \t]+(?!(?:a|an|the)\b)[a-z][a-z-]*){0,3}?[ \t]+(?:firms?|companies|company|enterprises?|hospitals?|schools?|universities|institutions?|projects?|investors?|partners?|groups?|makers?|producers?|developers?|operators?|suppliers?|distributors?|retailers?|wholesalers?|dealers?|exporters?|processors?|traders?|vendors?)\b/;
const INTO_AFTER_EN = /^\s+(?:respectively\s+)?(?:into|to)\s+(?:the\s+)?$/;
const GIVE_BEFORE_EN =
  /\b(?:earmark(?:s|ed)?|set aside|sets aside|allocat(?:es|ed|e)|pledg(?:es|ed|e)|donat(?:es|ed|e)|grant(?:s|ed)?|provid(?:es|ed|e)|fund(?:s|ed)?|spen[dt]s?|invest(?:s|ed)?|put|puts|channel(?:l?ed|s)?|commit(?:s|ted)?|rais(?:es|ed|e))\b/;
const RELATIVE_EN = /^\s*(?:which|where|who|that|known|located|bordering|home to|near|next to)\b/;
// "with Beijing and Tianjin partners", "from Shunyi and other Beijing districts": the later member of a
// pair joined by and/or shares the first's preposition (a comma alone may open a new clause).
const PAIR_GAP_EN = /^\s+(?:and|or)\s+(?:other\s+|several\s+|some\s+|neighbouring\s+|nearby\s+)?$/;
const LIST_COMMA_EN = /^\s*,\s*$/;
const LIST_END_EN = /^\s*,?\s+(?:and|or)\s+$/;
// "the enterprises of Baodi District 17 settled in the park": firms of a place that settle (here) come from it.
const ORG_SETTLES_EN =
  /^[^,.;:]{0,40}?\b(?:settled|settle|settles|settling|moved in|moved into|relocated to|relocated into|landed in|set up shop)\b/;
// In a title, "the Shunyi District partnership", "Fengtai aid transforms Wei County": the partner, not the topic.
const TITLE_PARTNER_AFTER_EN =
  /^(?:'s?)?\s+(?:partnership|partners?|pairing|counterparts?|cooperation|co-operation|ties|links|aid|assistance|support|help|helpers|teams?|delegation|investors?|capital|funds?|investment|doctors|teachers|experts|fairs?|expos?|forums?|summits?|conferences?|talks|(?:helps|helped|aids|aided|supports|supported|backs|backed|assists|assisted|sends|sent)\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z])/;
// 丰台区帮扶魏县, 东城区对口支援阜平县: in a title the helper is the partner of the unit the article is about.
const TITLE_HELPER_AFTER_ZH = /^(?:[^，。；、,;:\s]{0,3}?)(?:帮扶|援建|支援|援助|对口|结对帮扶|派出|选派|助力)/;
// 北京市西城区派驻教师20名, 怀柔区累计投入帮扶资金1.6亿元, "Fengtai sent 15 doctors": the sender.
const SEND_ZH =
  /^(?:[^，。；、,;:]{0,4}?)(?:派出|选派|派驻|派遣|下派|增派|输送|援建|捐建|捐赠|捐助|拨付|投入帮扶|投入援助|对口支援|向[^，。；、,;:]{1,8}?(?:投入|提供|拨付|划拨|捐赠|捐助|援助|支援|追加|选派|派驻))/;
// A clause opening with a verb of sending and no subject (累计派出医务人员180名, "and seconded 40 teachers").
const SENDS_LEAD_ZH = /^(?:并|还|又|也|先后|累计|共|共计|已|已经|再|今年|去年)*(?:派出|选派|派驻|派遣|下派|增派|输送)/;
const SENDS_LEAD_EN = /^\s*(?:and\s+)?(?:has\s+|have\s+|had\s+|also\s+)*(?:sent|dispatched|seconded)\b/;
// 选派12名医生到县医院: the county's own hospital (县医院, 区医院, 市第一中学) is in the article's unit of that level.
const DEST_OWN_INSTITUTION_ZH =
  /^[^，。；,;:]{0,12}?(?:到|至|赴|进驻|派驻)([县区市])(?:人民|中|第[一二三四五六七八九十])?(?:医院|中学|小学|学校|医共体|职教中心)/;
// ("Fengtai District of Beijing has sent": the unit's own province or city may qualify it.)
const SEND_EN =
  /^(?:'s|\s+of\s+[a-z]+(?:\s+(?:municipality|province|city))?)?\s+(?:(?:has|have|had|also|already|then|again|successively)\s+)*(?:sent|dispatched|seconded|donated|assigned|sends|dispatches|put|puts|(?:gave|given|gives)(?!\s+(?:full\s+)?(?:play|priority|attention|thought)\b)|allocated|allocates|granted|provided|provides|contributed|pledged|brought(?!\s+in\b)|trained|trains)\b/;
// A level word as a list member next to the places of a respectively-list.
const MEMBER_AFTER_ZH = /^(?:、|和|及|与|以及)(?:我|本|该)[市区县]/;
const MEMBER_BEFORE_ZH = /(?:我|本|该)[市区县](?:、|和|及|与)$/;
const MEMBER_AFTER_EN = /^\s*,?\s*(?:and\s+)?(?:our|this) (?:county|city|district)\b/;
const MEMBER_BEFORE_EN = /\b(?:our|this) (?:county|city|district)\s*(?:,|and)\s*$/;
// What a heading paragraph may hold besides its place: numbering (一、, (二), 3., II.), a colon.
const HEADING_REST = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、]|[ivx]{1,4}\.)?\s*[:：]?$/;
const DATELINE_EN =
  /^(?:(?:,\s*(?:hebei|china))?,\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*(?:\([^)]{1,20}\)\s*)?(?:--|-|:)|,\s*(?:hebei|china)\s*(?:--|—))/;
const DATELINE_ZH = /^\d{1,2}月\d{1,2}日(?:电|讯)/;
// A bare dateline after a place in capitals: "HANDAN -- ", "BAODING, — ", "QING COUNTY - ", "TANGSHAN, Hebei --".
const BARE_DATELINE_EN = /^(?:,\s*(?:hebei|china))?\s*,?\s*(?:--|—|–|-)(?=\s)/;
// What may stand before it on its line: a bullet or an item number.
const ITEM_LEAD = /^\s*(?:[-*•·▪◆■]|\d{1,2}[.)]|\([a-z\d]{1,2}\))?\s*$/;
// An appositive noun phrase after a place: "a county-level city of Langfang", "Handan's partner county
// of Fengtai District", "Bazhou's neighbour to the south", "the neighbour of our county".
const APPOSITIVE_EN = /^\s*(?:(?:a|an|the|its|one)\s|[a-z][a-z'-]*(?:\s[a-z][a-z'-]*)?'s?\s)/;
// A finite verb makes it a clause of its own ("In Langfang, the county signed …").
const APPOSITIVE_VERB_EN =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|said|says|signed|opened|built|added|attracted|introduced|received|took|set|sent|plans?|aims?)\b/;
// 廊坊市南部的一个县, 石家庄市下辖的县级市, 北京市丰台区对口帮扶的县, 固安县的邻县: ends in a noun of a unit.
const APPOSITIVE_ZH = /的(?:一个|一座)?[^,，;；。]{0,4}?(?:县级市|县|区|市|城市|新区|邻县|近邻)$/;
// "there"/"here" (not "there were"): the place the text just spoke about, like 当地.
const ANAPHOR_EN =
  /\b(?:the|this|that|our) (county-level city|city|county|district|province|municipality|new area|capital)\b|\b(there|here|local)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|may|might|must|should|could|can|seems?|remains?)\b)|\b(us|we)\b/g;
// A pointing level word as the subject of its clause (the sender when a verb of sending follows).
const SENDING_LEVEL_EN = /\b(?:the|this|that) (?:district|county|city|municipality)\b(?!')/;
const SENDING_LEVEL_ZH = /(?:该|此|这个)[市区县]/;
// A bare 新区 (由新区承担, 迁入新区) is "the new area" the article speaks of — not the tail of a name (高新区,
// 正定新区): only after a break or a function word.
const NEW_AREA_ZH = '(?:(?<![\\u4e00-\\u9fff])|(?<=[在由入与为往达到至赴和及是向从对将把给驻户]))(新区)(?!域)';
const ANAPHOR_ZH = new RegExp(`(?:该|全|本|此|这个|这座|这|我)(市|区|县|省)|(当地|本地|该地)|${NEW_AREA_ZH}`, 'g');

// A level word as the first words of a clause (after a time word at most): 去年，该县…, 今年全县….
const ZH_OPENING_ANAPHOR = /^[^，,。；;]{0,6}?(?:该|这个|我|全|本)(?:市|区|县)(?!的)/;

const ANAPHOR_NOT_EN = /\b(?:from|than|of|above|below|over)\s+$/;
// What may stand before a level word that opens its clause: a time phrase, a conjunction, a bullet label.
const SUBJECT_LEAD_EN =
  /^\s*(?:-\s*)?(?:(?:in|last|this|so far|since|over|during|by|meanwhile|besides|in addition|at the same time)\b[^,]{0,24},\s*)?(?:and\s+|but\s+|while\s+|also\s+)?$/;
// "of the city" is the whole a share is of only after a share ("38% of the city's", "half of the
// county's"); "the gross product of the county reached …" speaks of the county itself.
const SHARE_OF_EN =
  /(?:\d|%|\b(?:percent|per cent|half|third|quarter|fifth|share|proportion|majority|most|all|rest|part|average|each|none|any|district|county|city|town|township|unit|seat|suburb|neighbou?r|partner)) +of +$/;
// A level word after the figure that says where the things went: "relocated to the new market of our
// county", "sent 35 doctors … to the county", 到我县挂职, 迁入本县.
const DEST_ANAPHOR_AFTER_EN =
  /^[^.;]{0,60}?\b(?:to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:of\s+)?(?:the|this|our)\s+(county-level city|city|county|district|new area)\b/;
// (在我市设立分院, 来我市坐诊: where counted things are or come to, written after them.)
const DEST_ANAPHOR_AFTER_ZH =
  /^[^，。；,;:]{0,12}?(?:到|至|赴|迁入|迁至|迁往|落户|入驻|进驻|来到|在|来)(?:该|本|我|这个|此)([市区县])/;
const ANAPHOR_NOT_ZH = /(?:从|来自|比|高于|低于|超过|占|居|为)$/;

const WINDOW = 400;
const MAX_BACK = 6;

type Role = 'subject' | 'loc' | 'src' | 'figmod' | 'rel' | 'name' | 'obj';

/** A unit the level word ("the city", 该区) can stand for: by code, 2-digit province, 4-digit prefecture. */
function fits(code: string, level: string): boolean {
  const pref = code.endsWith('00');
  const prov = code.endsWith('0000');
  if (level === 'province' || level === '省') return prov;
  if (level === 'county-level city') return !pref && Number(code.slice(4)) >= 81;
  // GB/T 2260 numbers a prefecture's units by kind: 01–20 districts, 21–80 counties, 81–99 county-level
  // cities (高碑店市 130684 is 该市 as much as a prefecture city is).
  const n = Number(code.slice(4));
  // The region's two new areas: Xiong'an (of prefecture rank) and Tianjin's Binhai (numbered as a district).
  if (level === 'new area') return code === '133100' || code === '120116';
  // (Of the provinces only the two municipalities are cities: Hebei is never "the city".)
  if (level === 'city' || level === 'municipality' || level === '市')
    return prov ? code === '110000' || code === '120000' : pref || n >= 81;
  if (pref) return false;
  if (level === 'district' || level === '区' || level === 'new area') return n <= 20;
  if (level === 'county' || level === '县') return n > 20 && n <= 80;
  return true;
}

export interface Attribution {
  code: string | null;
  from: string[];
  /** Where the code was read: the figure's own clause, its sentence, or the context before it. */
  how: 'clause' | 'sentence' | 'context';
}

const NONE: string[] = [];
function finish(from: string[], code: string | null, how: Attribution['how'] = 'clause'): Attribution {
  if (!from.length) return { code, from: NONE, how };
  return { code, from: from.filter((c) => c !== code).sort(), how };
}

/**
 * Attributes figures of one text. `places` sorted by start (mentions of the region, groups, and
 * places written that are not the region's); `text` is the original (capitals mark names in English).
 */
export function createAttributor(text: string, norm: string, lang: Lang, places: Place[], institutions: number[] = []) {
  /** An institution named after a place starts in norm[from, to) (offsets sorted). */
  const inst = Int32Array.from(institutions);
  // ("Researchers from the provincial academy's Xingtai fruit institute will plant …": an institution
  // the people come from is no subject of the sentence.)
  const blocked = (from: number, to: number) => {
    for (let i = upper(inst, from - 1); i < inst.length && inst[i] < to; i++)
      if (!(lang === 'en' && /\bfrom\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}$/.test(norm.slice(Math.max(0, inst[i] - 50), inst[i]))))
        return true;
    return false;
  };
  const idx = new TextIndex(text, norm, lang);
  const starts = Int32Array.from(places.map((p) => p.start));
  const single = (p: Place) => (!p.group && p.codes.length === 1 ? p.codes[0] : null);

  // "the capital" in English and 首都 in Chinese name Beijing.
  // (Kept as attribution-only places: they are not counted as mentions.)

  // The article's topic: the first single place of its title line, else of its text.
  let topic: string | null = null;
  let titleTopic: string | null = null;
  const titleEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  {
    const first = places.find((p) => single(p) && p.start < titleEnd) ?? places.find((p) => single(p));
    topic = first ? single(first) : null;
  }

  const firstAt = (pos: number) => upper(starts, pos - 1); // first place with start >= pos

  function isNamePart(p: Place): boolean {
    if (lang !== 'en') return false;
    // "Beijing Hyundai", "Xiqing Bank": a capitalised word right after a place is the rest of a name,
    // unless it is a unit word or the line is a title in title case.
    const m = /^ ([A-Z][a-z]+)/.exec(text.slice(p.end, p.end + 20));
    // Unit words, and heads of sites that stand in the place (a plant, park or branch of X is in X), are not names.
    if (
      !m ||
      /^(?:District|County|City|Province|Municipality|New|Area|Zone|Autonomous|Prefecture|And|In|On|To|Of|Plant|Factory|Park|Base|Branch|Campus|Office|Centre|Center|Hub|Industrial|Economic|Development|Free|Pilot)$/.test(
        m[1]
      )
    )
      return false;
    const [ls, le] = idx.paragraph(p.start);
    if (le - ls > 300) return true;
    const words = text
      .slice(ls, le)
      .split(/\s+/)
      .filter((w) => /^[a-z]/i.test(w));
    const caps = words.filter((w) => /^[A-Z]/.test(w)).length;
    // A headline in title case capitalises every word: no evidence of a name there.
    const title = caps >= words.length * 0.6 && !/[.。]\s*$/.test(text.slice(ls, le));
    return !title;
  }

  // What a place's role depends on apart from the figure, worked out once per place: role() runs
  // for every place near every figure (and isNamePart splits the paragraph into words).
  const SRC = 1;
  const LOC = 2;
  const REL = 4;
  const NAME = 8;
  const OBJ = 16;
  const AT = 32;
  const PARTNER = 64;
  const DEST = 128;
  // The subject of a verb of sending: where the things came from, not where they are.
  const SENDER = 256;
  // Where a paragraph or item was filed (a bare dateline, "HANDAN -- "): no competitor of the places its
  // sentences name, but the subject of its figures when they name none.
  const FILED = 512;
  const facts = new Int16Array(places.length).fill(-1);
  function factsOf(k: number): number {
    if (facts[k] >= 0) return facts[k];
    const p = places[k];
    if (isBareDateline(p)) return (facts[k] = FILED);
    // "in Hefei, Anhui, investing …": a province written after a city outside the region qualifies it.
    if (
      lang === 'en' &&
      k > 0 &&
      !p.codes.length &&
      !places[k - 1].codes.length &&
      /^,\s*$/.test(norm.slice(places[k - 1].end, p.start)) &&
      /^\s*[,.;]/.test(norm.slice(p.end, p.end + 2))
    )
      return (facts[k] = factsOf(k - 1));
    const written = norm.slice(Math.max(0, p.start - 8), p.start);
    // 向邯郸市魏县, 从北京海淀区: a qualifying province or city the matcher folded into the name stands
    // between the cue and the place.
    const before = lang === 'zh' ? written.replace(ZH_QUALIFIER_END, '') : written;
    const plain = written;
    const wide = norm.slice(Math.max(0, p.start - 40), p.start);
    const after = norm.slice(p.end, p.end + 12);
    let f = 0;
    if (
      lang === 'en'
        ? SOURCE_BEFORE_EN.test(wide) ||
          RECEIVED_EN.test(wide) ||
          SOURCE_SEAT_EN.test(norm.slice(Math.max(0, p.start - 80), p.start)) ||
          SOURCE_FUNDS_EN.test(norm.slice(p.end, p.end + 40))
        : SOURCE_BEFORE_ZH.test(plain) ||
          (SOURCE_AFTER_ZH.test(after) && !/(?:向|往|到|至)$/.test(before)) ||
          RECEIVED_ZH.test(before) ||
          // 由天津市北辰区: a place written right after a source (its qualifier) is the same source.
          (k > 0 &&
            places[k - 1].end === p.start &&
            SOURCE_BEFORE_ZH.test(norm.slice(Math.max(0, places[k - 1].start - 8), places[k - 1].start)))
    )
      f |= SRC;
    else if (lang === 'zh') {
      const listed = k > 0 && places[k - 1].end >= p.start - 1;
      // 向邯郸市魏县捐赠: a place written right after a locative one (its qualifier) is the same locative.
      const qualified = k > 0 && places[k - 1].end === p.start && single(places[k - 1]) !== null ? factsOf(k - 1) : 0;
      // 向赤城县、沽源县援建: a later member of a list after a locative is one too.
      const member =
        listed && places[k - 1].end < p.start && /^[、和及]$/.test(norm.slice(places[k - 1].end, p.start)) ? factsOf(k - 1) : 0;
      if (qualified & LOC) f |= qualified & (LOC | AT | DEST);
      else if (member & LOC && !(member & SRC)) f |= member & (LOC | AT | DEST);
      else if (qualified & PARTNER) f |= OBJ | PARTNER;
      // 落户北京企业十三家: a place after a settling verb that names the firms' origin is their source.
      else if (LOCATIVE_ZH.test(before) && SETTLE_ZH.test(before) && isOrgModifier(p)) f |= SRC;
      // 邢台市在北京举办推介会，签约项目41个: where a unit holds an event is no place of its figures.
      else if (/(?:在|于)$/.test(before) && EVENT_AT_ZH.test(norm.slice(p.end, p.end + 8)) && hostBefore(k)) f |= OBJ;
      else if (LOCATIVE_ZH.test(before))
        f |= AT_ZH.test(before) || (before.endsWith('向') && GIVE_AFTER_ZH.test(afterList(k))) ? LOC | AT : LOC;
      else if (ORG_SETTLES_ZH.test(norm.slice(p.end, p.end + 24))) f |= SRC;
      else if (!listed && PARTNER_ZH.test(before)) f |= OBJ | PARTNER;
      else if (!listed && VERB_ZH.test(norm.slice(Math.max(idx.clauseOf(p.start)[0], p.start - WINDOW), p.start))) f |= OBJ;
    } else if (PARTNER_AT_EN.test(wide)) f |= OBJ | PARTNER;
    // "signed 58 projects at a fair in Beijing's Chaoyang District": where an event was held, not where
    // its figures are.
    else if (EVENT_AT_EN.test(wide)) f |= OBJ;
    else if (LOCATIVE_BEFORE_EN.test(wide) || PASSIVE_RECEIVER_EN.test(wide)) f |= LOC | AT;
    else if (MOVED_TO_EN.test(wide) && MOVE_EN.test(norm.slice(Math.max(idx.clauseOf(p.start)[0], p.start - WINDOW), p.start)))
      f |= LOC | AT | DEST;
    else if (
      TO_EN.test(wide) &&
      !TO_GUARD_EN.test(wide) &&
      !SALE_EN.test(norm.slice(Math.max(idx.clauseOf(p.start)[0], p.start - WINDOW), p.start))
    )
      f |= LOC | AT | DEST;
    else if (OBJECT_EN.test(wide)) f |= OBJ;
    else if (lang === 'en' && k > 0 && pairedWith(k)) f |= factsOf(k - 1) & (SRC | OBJ | PARTNER | LOC | AT | DEST);
    // Firms of a place that settle in the text's place ("the enterprises of Baodi District 17 settled in
    // the park", "Beijing firms moved into the zone") come from it, like 6家津南企业签约入驻.
    if (lang === 'en' && !(f & (LOC | OBJ)) && ORG_SETTLES_EN.test(norm.slice(p.end, p.end + 60)) && isOrgModifier(p)) f |= SRC;

    // In a relative, participial or appositive clause after a place: "Zhuozhou, which borders Fangshan,
    // took …", "Bazhou City, a county-level city of Langfang, added …", 永清县，廊坊市南部的一个县，….
    if (isAside(idx.clauseOf(p.start)[0])) f |= REL;
    else if (lang === 'en' && isNamePart(p)) f |= NAME;
    if (!(f & (SRC | OBJ | LOC)) && (lang === 'en' ? SEND_EN : SEND_ZH).test(norm.slice(p.end, p.end + 24))) f |= SENDER;
    // A dateline ("LANGFANG, April 15 --", 新华社石家庄4月15日电) names where the report was filed.
    else if (lang === 'en' ? DATELINE_EN.test(norm.slice(p.end, p.end + 40)) : DATELINE_ZH.test(norm.slice(p.end, p.end + 12)))
      f |= NAME;
    return (facts[k] = f);
  }

  /**
   * A place in capitals opening its paragraph or list item before a dash and no date ("HANDAN -- …",
   * "BAODING, — …"): where the item was filed, like a dated dateline.
   */
  function isBareDateline(p: Place): boolean {
    if (lang !== 'en' || p.group || p.codes.length !== 1) return false;
    const written = text.slice(p.start, p.end);
    if (!/[A-Z].*[A-Z]/.test(written) || /[a-z]/.test(written)) return false;
    const [ps] = idx.paragraph(p.start);
    if (!ITEM_LEAD.test(norm.slice(ps, p.start))) return false;
    return BARE_DATELINE_EN.test(norm.slice(p.end, p.end + 16));
  }

  /** The place the paragraph starting at `ps` was filed from (a bare dateline), if any. */
  function filedIn(ps: number): string | null {
    const k = firstAt(ps);
    return k < places.length && factsOf(k) & FILED ? single(places[k]) : null;
  }

  /** A single place of the region opens the clause of place k before it: the host of an event held there. */
  function hostBefore(k: number): boolean {
    const [c0] = idx.clauseOf(places[k].start);
    for (let j = k - 1; j >= 0 && places[j].start >= c0; j--) if (single(places[j])) return true;
    return false;
  }

  /** The text after place k, or after the list it opens (向赤城县、沽源县援建: the verb follows the list). */
  function afterList(k: number): string {
    let j = k;
    while (j + 1 < places.length && places[j + 1].start - places[j].end === 1 && /[、和及与]/.test(norm[places[j].end])) j++;
    return norm.slice(places[j].end, places[j].end + 12);
  }

  const asides = new Map<number, boolean>();
  /**
   * The clause starting at `cs` is an aside about the place that ends the clause before it: a relative
   * clause ("which borders Fangshan", "next to the city") or an appositive noun phrase with no verb
   * and no number ("a county of Handan", "Bazhou's neighbour to the south", 廊坊市南部的一个县,
   * 北京市丰台区对口帮扶的县). Its places describe that place; they are not the sentence's subject.
   */
  function isAside(cs: number): boolean {
    let v = asides.get(cs);
    if (v !== undefined) return v;
    v = false;
    if (cs > 0 && /[,，]/.test(norm[cs - 1])) {
      const ce = idx.clauseOf(cs)[1];
      const clause = norm.slice(cs, Math.min(ce, cs + 80));
      // The clause before ends with a place (its last words): "Wei County, …", "在廊坊，" is no
      // appositive host when the clause after it has a verb.
      const k = firstAt(cs - 1) - 1;
      const host = k >= 0 && places[k].end >= cs - 2 && norm.slice(places[k].end, cs - 1).trim() === '';
      if (lang === 'en') {
        if (RELATIVE_EN.test(clause.slice(0, 40))) v = true;
        else v = host && ce - cs <= 80 && APPOSITIVE_EN.test(clause) && !/\d/.test(clause) && !APPOSITIVE_VERB_EN.test(clause);
      } else
        v = host && ce - cs <= 30 && APPOSITIVE_ZH.test(clause) && !/\d|[零一二两三四五六七八九十百千]+[个家所项名]/.test(clause);
    }
    asides.set(cs, v);
    return v;
  }

  function role(k: number, fig: FigureSite): Role {
    const p = places[k];
    const f = factsOf(k);
    if (f & SRC) return 'src';
    // Inside the figure's own phrase: "672 Beijing-Tianjin projects", "62个北京项目".
    if (p.start >= fig.start && p.end <= fig.end) return 'figmod';
    // A relative clause or a name says nothing of the figure, whatever preposition stands before the place.
    if (f & REL) return 'rel';
    if (f & (NAME | FILED)) return 'name';
    if (f & LOC) return fig.counted || f & AT ? 'loc' : 'obj';
    if (fig.counted) {
      if (lang === 'zh' && p.end <= fig.phraseStart) {
        const gap = norm.slice(p.end, fig.phraseStart).replace(/的/g, '');
        // A place that opens its clause is its subject (其中北戴河区接待游客620万人次), unless its noun
        // follows at once (石家庄市企业1700家); after a verb it names the things' origin (引进北京医药企业15家).
        const own = idx.clauseOf(p.start)[0];
        const lead = norm.slice(own, p.start);
        const opensClause = lead.length <= 6 && !RECEIVE_ZH.test(lead) && !/有/.test(lead);
        // 固安县31家, 丰台区10家医院: a place right before a count that opens its clause is what the
        // count is of (a part of a total is settled by parts(): 其中北京132家 may be an origin).
        // Only a bare measure word: in 延庆区10所中小学将与张家口市学校结对 the schools' partner decides.
        const bare = fig.phraseStart === fig.start && gap.length === 0 && ZH_BARE_MEASURE.test(norm[fig.end - 1]);
        // 东城区的5所学校和阜平县的5所学校: a place opening a conjunct with its own count owns it.
        const conjunct = gap.length <= 1 && /[和及、]/.test(norm[p.start - 1] ?? '') && fig.phraseStart === fig.start;
        if (gap.length <= 8 && !ZH_NOT_NP.test(gap) && (gap.length <= 1 || !opensClause) && !(bare && opensClause) && !conjunct)
          return 'figmod';
      }
      if (lang === 'en' && p.start >= fig.end && /^\s+of\s+(?:the\s+)?(?:[a-z]+'s\s+)?$/.test(norm.slice(fig.end, p.start)))
        return 'figmod';
      if (lang === 'en' && p.end <= fig.start && p.end >= fig.phraseStart) return 'figmod';
    }
    if (f & OBJ) return 'obj';
    return 'subject';
  }

  /**
   * An organisation's origin in another province than the unit the article is about ("A Beijing valve
   * maker … is investing 260 million yuan" in a Hebei county's article, 北京一家企业投资4.5亿元建设的数据中心
   * under a Hebei district's title): the sender, not where the things land. It yields to the places
   * the paragraph receives them in, and then to the article's unit.
   */
  function foreign(k: number): boolean {
    const c = single(places[k]);
    return titleTopic !== null && c !== null && c.slice(0, 2) !== titleTopic.slice(0, 2);
  }

  function isOrgModifier(p: Place): boolean {
    if (lang === 'zh') {
      // 天津一家服装集团 is an organisation of Tianjin; in 三河市分别落地项目 a verb stands between.
      const m = ORG_ZH.exec(norm.slice(p.end, p.end + 12));
      return m !== null && !ZH_NOT_NP.test(m[1]);
    }
    // (Within its line: the view folds line breaks to spaces, and a title's place is no origin of the
    // "Beijing projects" opening the next line.)
    const nl = text.slice(p.end, p.end + 40).indexOf('\n');
    if (
      ORG_EN.test(norm.slice(p.end, nl < 0 ? p.end + 40 : p.end + nl)) ||
      ORG_BEFORE_EN.test(norm.slice(Math.max(0, p.start - 30), p.start))
    )
      return true;
    // "the enterprises of Beijing and Tianjin 37": a later list member shares the first's "of"; so does
    // a unit after its own province or city ("the enterprises of Tianjin Baodi District 17").
    const k = firstAt(p.start);
    const prev = places[k - 1];
    if (prev === undefined || prev.end > p.start || p.start - prev.end > 6) return false;
    const gap = norm.slice(prev.end, p.start);
    const joined = LIST_GAP.test(gap) || (/^(?:'s)?\s+$/.test(gap) && prev.codes.some((c) => within(p.codes[0] ?? null, c)));
    return joined && ORG_BEFORE_EN.test(norm.slice(Math.max(0, prev.start - 30), prev.start));
  }

  /** The region a subject place stands for: null for a group, a place not of the region, or a list of places. */
  function asCode(p: Place, k: number): string | null {
    const c = single(p);
    if (!c) return null;
    // "景县和阜城县 … 8平方公里", "Renqiu and Huanghua share …": a shared figure is no single unit's.
    // A neighbour with another role is no list member ("firms from Tianjin, and Gaoyi County's makers"),
    // nor is a place after ", and" that follows "A and B" ("Handan and Baoding grew 5.5%, and Hengshui 6%").
    const mine = factsOf(k) & (SRC | OBJ);
    const next = places[k + 1];
    if (
      next &&
      next.start > p.end &&
      next.start - p.end <= 6 &&
      LIST_GAP.test(norm.slice(p.end, next.start)) &&
      (factsOf(k + 1) & (SRC | OBJ)) === mine &&
      !(factsOf(k + 1) & REL) &&
      !afterAndList(k + 1)
    )
      return null;
    const prev = places[k - 1];
    if (
      prev &&
      prev.end < p.start &&
      p.start - prev.end <= 6 &&
      LIST_GAP.test(norm.slice(prev.end, p.start)) &&
      (factsOf(k - 1) & (SRC | OBJ)) === mine &&
      !afterAndList(k)
    )
      return null;
    return c;
  }

  /** Place k is a later member of a list whose first member is a source ("from Beijing and Tianjin"). */
  function afterSource(k: number): boolean {
    let j = k;
    while (j > 0 && places[j - 1].end < places[j].start && LIST_GAP.test(norm.slice(places[j - 1].end, places[j].start))) {
      j--;
      if (factsOf(j) & SRC) return true;
    }
    return false;
  }

  /** Place k follows ", and" after a pair already joined by "and": a new clause, not the list's last member. */
  function afterAndList(k: number): boolean {
    if (k < 2 || !/^\s*,\s*and\s*$/.test(norm.slice(places[k - 1].end, places[k].start))) return false;
    const gap = norm.slice(places[k - 2].end, places[k - 1].start);
    return places[k - 1].start - places[k - 2].end <= 6 && /^\s*(?:and|和|及|与)\s*$/.test(gap);
  }

  /**
   * English place k is the later member of a list with the place before it ("with Beijing and Tianjin
   * partners", "Beijing, Tianjin and Hebei"): joined by and/or, or by a comma when the list goes on
   * with and/or after k.
   */
  function pairedWith(k: number): boolean {
    const prev = places[k - 1];
    const p = places[k];
    if (prev.end >= p.start || p.start - prev.end > 20) return false;
    const gap = norm.slice(prev.end, p.start);
    if (PAIR_GAP_EN.test(gap)) return true;
    const next = places[k + 1];
    return LIST_COMMA_EN.test(gap) && next !== undefined && next.start > p.end && LIST_END_EN.test(norm.slice(p.end, next.start));
  }

  /**
   * 去年，该县获得北京生态补偿资金…: a level word opening a Chinese clause, before any place, is its
   * subject — the place after it only qualifies what is received. Undefined when there is none.
   */
  function openingAnaphor(from: number, to: number): string | null | undefined {
    if (lang !== 'zh') return undefined;
    const k = firstAt(from);
    const end = Math.min(to, k < places.length ? places[k].start : to);
    const m = ZH_OPENING_ANAPHOR.exec(norm.slice(from, end));
    return m ? anaphor(from + m.index, from + m[0].length, from) : undefined;
  }

  /**
   * The place a level word ("the city", 该区), 当地 or "there" in `norm[from, to)` stands for (the
   * last one written); undefined when there is none. `thereOnly`: only "there"/"here"/当地 count —
   * after a figure "the city's" is the whole a share is of ("38% of the city's branches").
   */
  function anaphor(
    from: number,
    to: number,
    at: number,
    thereOnly = false,
    not: readonly string[] = NONE
  ): string | null | undefined {
    const re = lang === 'en' ? ANAPHOR_EN : ANAPHOR_ZH;
    re.lastIndex = 0;
    const seg = norm.slice(from, to);
    let level: string | null = null;
    let pointing = false; // 该市, "this county" point back; 全市, "the city" name the article's unit
    let own = false; // 我县, 本市, "our county": the unit the article speaks for
    let whole = false;
    let where = at;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      // "from the capital", 从当地: a source; "better than the city's average", 占全市的: the whole a
      // figure is compared with or a share of. Neither is the place the figure is about.
      const pre = norm.slice(Math.max(0, from + m.index - 8), from + m.index);
      if (
        (lang === 'en' ? ANAPHOR_NOT_EN : ANAPHOR_NOT_ZH).test(pre) &&
        !(
          lang === 'en' &&
          /\bof\s+$/.test(pre) &&
          !SHARE_OF_EN.test(norm.slice(Math.max(0, from + m.index - 30), from + m.index))
        )
      )
        continue;
      // ("our county" names the speaker's unit wherever it stands.)
      if (thereOnly && m[1] !== undefined && !(lang === 'en' && m[0].startsWith('our '))) continue;
      // "local" locates only what it counts ("hire 200 local people"); before the figure it is any
      // adjective ("a local retailer has taken 3,000 square metres in Botou").
      if (m[2] === 'local' && !thereOnly) continue;
      // 涿州本地企业: the place is written, 本地 only qualifies it.
      if (m[2] !== undefined && lang === 'zh' && places[firstAt(from + m.index) - 1]?.end === from + m.index) continue;
      level = m[1] ?? m[2] ?? m[3];
      where = from + m.index;
      pointing = /^(?:该|此|这|this|that)/.test(m[0]);
      own = /^(?:我|本|our)/.test(m[0]);
      whole = /^全/.test(m[0]);
    }
    if (!level) return undefined;
    // 新区: the new area the article is about, else the nearest one named before; none, no antecedent.
    if (level === '新区') {
      if (topic && fits(topic, 'new area')) return topic;
      for (let k = firstAt(where) - 1; k >= 0 && places[k].start >= where - 4 * WINDOW; k--) {
        const c = single(places[k]);
        if (c && fits(c, 'new area')) return c;
      }
      return undefined;
    }
    // "has given us 130 million yuan", "We signed 22 projects": in an interview or a report the first
    // person is the speaker's unit, the one the article is about; "here" is where the report is from.
    if (level === 'us' || level === 'we') return titleTopic ?? undefined;
    // "Here", "local", 当地 are the place the paragraph speaks about ("I'm standing in Quzhou County. Here,
    // …"), else the article's unit ("A: Scenic spots here received 1.3 million visits"; in an interview
    // the question's places are not the answer's).
    if (lang === 'en' ? level === 'here' || level === 'local' : level === '当地' || level === '本地') {
      const [ps] = idx.paragraph(where);
      for (let k = firstAt(where) - 1; k >= 0 && places[k].start >= Math.max(ps, where - 4 * WINDOW); k--) {
        const c = single(places[k]);
        if (c && !(factsOf(k) & (SRC | NAME | REL | OBJ | SENDER)) && !isOrgModifier(places[k])) return c;
      }
      if (titleTopic) return titleTopic;
    }
    // 当地 "the place", "there": the nearest earlier place of any level that the text speaks about
    // (not a source, a name or an organisation's origin: "Two Beijing hospitals opened centres there").
    if (level === '当地' || level === '本地' || level === '该地' || level === 'there' || level === 'here' || level === 'local') {
      // "The county also opened a park, and villagers hold 2,600 jobs there": a level word of the
      // sentence written after its last place is what "there" points back to.
      if (lang === 'en') {
        const [s0] = idx.sentence(where);
        const k = firstAt(where) - 1;
        const from = Math.max(s0, k >= 0 ? places[k].end : 0, where - WINDOW);
        const lw =
          /\b(?:the|this|our) (?:county-level city|city|county|district|new area)\b(?![^.]*\b(?:the|this|our) (?:city|county|district)\b)/.exec(
            norm.slice(from, where)
          );
        if (lw) {
          const a = anaphor(from + lw.index, from + lw.index + lw[0].length, at);
          if (a) return a;
        }
      }
      const [s0] = idx.sentence(where);
      for (let k = firstAt(where) - 1; k >= 0 && places[k].start >= where - 4 * WINDOW; k--) {
        const c = single(places[k]);
        // "build its plant in Hefei, Anhui, investing 1.5 billion yuan there": "there" is the place of
        // its sentence outside the region; no unit of the region is.
        if (!places[k].codes.length && places[k].start >= s0 && factsOf(k) & LOC) return undefined;
        // Nor a sender: 丰台区派出教师60名，培训本地教师1200名 — the local teachers are the receiver's.
        if (c && !(factsOf(k) & (SRC | NAME | REL | OBJ | SENDER)) && !isOrgModifier(places[k])) return c;
      }
      return titleTopic;
    }
    if (level === 'capital') return '110000';
    // "Our county", 我县, 本县 in a county's own report are that county, whatever else the sentence names.
    if (own && topic && fits(topic, level)) return topic;
    // A unit of that level named earlier in the same sentence ("Huailai County …, the county grew"), or
    // for 该市/"this county" in the paragraph (黄骅市也不甘落后。该市…), else the topic.
    // In English "the city" points back like "this city" ("Zhuozhou … took in 64 firms. According to
    // the city, …"); 全市 names the article's unit.
    // Bounded like every look-back here: a text without breaks is one long paragraph.
    const ws = Math.max((pointing || lang === 'en' ? idx.paragraph(where) : idx.sentence(where))[0], where - 4 * WINDOW);
    const [ss] = idx.sentence(where);
    // "The district signed 46 projects with Beijing partners", "The city expects …" after "a hub in
    // Huanghua": a level word that is its clause's subject stands for the article's unit of that level
    // rather than for a place the sentences before name only as a partner, a locative or a destination.
    const subject =
      lang === 'en' &&
      titleTopic !== null &&
      fits(titleTopic, level) &&
      SUBJECT_LEAD_EN.test(norm.slice(Math.max(idx.clauseOf(where)[0], where - 60), where));
    for (let k = firstAt(where) - 1; k >= 0 && places[k].start >= ws; k--) {
      const c = single(places[k]);
      if (subject && places[k].start < ss && (factsOf(k) & (LOC | OBJ | PARTNER | DEST | SENDER) || isOrgModifier(places[k])))
        continue;
      // A sender in the level word's own sentence sends to it ("Tongzhou District sent 23 doctors to the
      // district hospital"): it is no antecedent.
      if (places[k].start >= ss && factsOf(k) & SENDER) continue;
      // Beyond its own sentence a list member or an organisation's origin is no antecedent; nor is the
      // last member of a list of sources ("from Beijing and Tianjin …, the GDP of the city").
      if (c && fits(c, level) && !(factsOf(k) & (SRC | NAME | REL)) && !afterSource(k) && !not.includes(c)) {
        // 全市 in a prefecture's article is the prefecture, not a county-level city of it named before.
        if (whole && topic && topic !== c && !topic.endsWith('0000') && fits(topic, level) && within(c, topic)) return topic;
        if (places[k].start >= ss || (asCode(places[k], k) !== null && !isOrgModifier(places[k]))) return c;
      }
    }
    if (topic && fits(topic, level)) return topic;
    // The nearest earlier place of that level.
    for (let k = firstAt(where) - 1; k >= 0 && places[k].start >= where - 4 * WINDOW; k--) {
      const c = single(places[k]);
      if (c && fits(c, level)) return c;
    }
    return null;
  }

  /**
   * "Daming and Guantao signed 18 and 9 projects respectively", 曲周县和鸡泽县分别引进天津企业7家和5家:
   * the places of a list of exactly `n` members before the figures, in order, when the sentence says
   * respectively/分别. Null when there is no such list, when a member is a source, or when a locative
   * between the list and the figures says where all of them are (门头沟区、延庆区分别在涿鹿县建成项目3个和2个).
   */
  function respectively(first: number, last: number, n: number): string[] | null {
    const [ss, se] = idx.sentence(first);
    const cue =
      lang === 'en'
        ? /\brespectively\b/.test(norm.slice(Math.max(ss, first - 200), Math.min(se, last + 120)))
        : norm.slice(Math.max(ss, first - 60), first).includes('分别');
    if (!cue) return null;
    // "Beichen and Baodi put 600 million and 450 million yuan respectively into Sanhe": the senders are
    // the list; where the money goes, written right after the figures, is every figure's region.
    if (lang === 'en') {
      const k = firstAt(last);
      if (
        k < places.length &&
        places[k].start - last <= 40 &&
        INTO_AFTER_EN.test(norm.slice(last, places[k].start)) &&
        single(places[k]) &&
        !isOrgModifier(places[k])
      )
        return Array<string>(n).fill(asCode(places[k], k) ?? single(places[k])!);
    }
    const end = firstAt(first);
    let runEnd = -1;
    const from = Math.max(ss, first - WINDOW);
    for (let k = end - 1; k >= 0 && places[k].start >= from; k--) {
      // 迁西县、遵化市分别与天津市和平区结对: the partner of each member is no member.
      if (factsOf(k) & PARTNER) continue;
      if (single(places[k]) && !(factsOf(k) & (SRC | NAME | REL)) && !isOrgModifier(places[k])) {
        runEnd = k;
        break;
      }
      // A locative of the region between the list and the figures says where they all are.
      if (factsOf(k) & AT && single(places[k])) return null;
    }
    if (runEnd < 0) return null;
    let runStart = runEnd;
    while (
      runStart > 0 &&
      places[runStart - 1].start >= from &&
      single(places[runStart - 1]) &&
      places[runStart].start > places[runStart - 1].end &&
      LIST_GAP.test(norm.slice(places[runStart - 1].end, places[runStart].start))
    )
      runStart--;
    // A level word may be a member too: 霸州市、大城县和我县分别引进…14家、9家和6家, "Bazhou and our county … respectively".
    const head = (lang === 'zh' ? MEMBER_BEFORE_ZH : MEMBER_BEFORE_EN).exec(
      norm.slice(Math.max(from, places[runStart].start - 12), places[runStart].start)
    );
    const tail = (lang === 'zh' ? MEMBER_AFTER_ZH : MEMBER_AFTER_EN).exec(
      norm.slice(places[runEnd].end, places[runEnd].end + 16)
    );
    const memberCode = (m: RegExpExecArray | null, at: number) =>
      m ? (anaphor(at, at + m[0].length, at) ?? undefined) : undefined;
    const before = memberCode(head, places[runStart].start - (head ? head[0].length : 0));
    const after = memberCode(tail, places[runEnd].end);
    if ((head && !before) || (tail && !after)) return null;
    if (runEnd - runStart + 1 + (before ? 1 : 0) + (after ? 1 : 0) !== n) return null;
    const codes: string[] = before ? [before] : [];
    for (let k = runStart; k <= runEnd; k++) {
      if (factsOf(k) & SRC) return null;
      codes.push(single(places[k])!);
    }
    if (after) codes.push(after);
    return new Set(codes).size === n ? codes : null;
  }

  // A title that names one unit below a province says what the whole article is about ("Laishui County
  // Government Work Report", "Huailai's wine valley draws crowds from Beijing", 沧州市承接…): its other
  // places are sources, groups, origins of firms ("takes in Beijing firms"), or the unit's own province or units.
  {
    const inTitle: string[] = [];
    // A partner in the title ("Gucheng County Deepens Cooperation With Jinnan District of Tianjin", "the
    // Shunyi District partnership", 丰台区帮扶魏县, 与东城区签约) is not what the article is about, nor is the
    // province that only qualifies it.
    const partners: string[] = [];
    for (let k = 0; k < places.length && places[k].start < titleEnd; k++) {
      if (!places[k].codes.length || places[k].group || factsOf(k) & SRC || isOrgModifier(places[k])) continue;
      // "Beijing-Tianjin cooperation", "Beijing and Tianjin firms": the run's last member says what it modifies.
      let last = k;
      while (
        last + 1 < places.length &&
        places[last + 1].start < titleEnd &&
        /^(?:-|\s*(?:and|&|、|和|与)\s*)$/.test(norm.slice(places[last].end, places[last + 1].start))
      )
        last++;
      const after = norm.slice(places[last].end, places[last].end + 24);
      if (
        // (In Chinese only a partner after 与/同/跟: a place after any verb is an object there, 访鹿泉区.)
        factsOf(k) & (lang === 'en' ? OBJ | PARTNER : PARTNER) ||
        (lang === 'en' ? TITLE_PARTNER_AFTER_EN : TITLE_HELPER_AFTER_ZH).test(after) ||
        factsOf(k) & SENDER
      )
        partners.push(places[k].codes[0]);
      else inTitle.push(places[k].codes[0]);
    }
    if (partners.length)
      for (let i = inTitle.length - 1; i >= 0; i--)
        if (inTitle[i].endsWith('0000') && partners.some((c) => within(c, inTitle[i]))) inTitle.splice(i, 1);
    // A province or municipality beside the one unit below a province ("Beijing, Gu'an sign health pact",
    // "… Weichang County: Tianjin's Hexi helps us") is its partner or backdrop: the unit is the topic.
    const t = inTitle.find((c) => !c.endsWith('0000'));
    titleTopic = t && inTitle.every((c) => c === t || c.endsWith('0000') || within(c, t)) ? t : null;
    // A title that names no place leaves the article's unit to its dateline ("LONGHUA, Hebei --",
    // 新华社承德4月3日电) and then to its lead sentence, when that names one unit below a province
    // (plus sources, organisations' origins and the unit's own province or units).
    // So does a title whose only places are provinces or municipalities (专访｜“我们把北京的医院‘搬’到了家门口”,
    // "Beijing firms keep coming"): a whole province is rarely what a report with figures is about, and
    // its lead then says which unit speaks; that unit is also who 我市 and "our county" are.
    if (!titleTopic && inTitle.every((c) => c.endsWith('0000'))) titleTopic = datelineUnit() ?? leadUnit();
    // The unit the article is about is also the topic that "the city", 我市 and received things fall
    // back to: not the first place of the title when that is a source or partner ("Tianjin investors
    // flock to Huanghua … The city expects 2 billion yuan").
    if (titleTopic) topic = titleTopic;
  }

  /** The unit the first paragraph after the title is filed from: a place opening it before a dateline. */
  function datelineUnit(): string | null {
    const k = firstAt(titleEnd);
    const p = places[k];
    if (!p || p.group || p.codes.length !== 1 || p.codes[0].endsWith('0000')) return null;
    const [ps] = idx.paragraph(p.start);
    const before = norm.slice(ps, p.start);
    // 新华社承德4月3日电, "(Xinhua) LONGHUA", or the place first on its line.
    const opens = lang === 'zh' ? /^\s*(?:[^，。\n]{0,8}社)?$/.test(before) : before.trim() === '';
    const after = norm.slice(p.end, p.end + 40);
    const dated = (lang === 'zh' ? DATELINE_ZH : DATELINE_EN).test(after);
    return opens && dated ? p.codes[0] : null;
  }

  /** The one unit below a province that the lead sentence names (none when it names two). */
  function leadUnit(): string | null {
    const k0 = firstAt(titleEnd);
    if (k0 >= places.length) return null;
    // The lead sentence of the first paragraph that names a place, when that paragraph opens the text.
    const [ps] = idx.paragraph(places[k0].start);
    // Only short lines that are no sentences (a date, a source, a byline) may stand between it and the title.
    if (
      text
        .slice(titleEnd, ps)
        .split('\n')
        .some((l) => l.trim().length > 80 || /[.。!?！？]\s*$/.test(l))
    )
      return null;
    const [, se] = idx.sentence(places[k0].start);
    const inLead: string[] = [];
    for (let k = k0; k < places.length && places[k].start < se; k++) {
      // A group names the lead's subject only when it stands on its own: written right after a unit
      // (永清县京津产业招商推介周), or as a source or firms' origin, it only modifies.
      if (places[k].group) {
        if ((k > k0 && places[k - 1].end === places[k].start) || factsOf(k) & SRC || isOrgModifier(places[k])) continue;
        return null;
      }
      if (factsOf(k) & (SRC | NAME | REL) || isOrgModifier(places[k])) continue;
      if (places[k].codes.length === 1) inLead.push(places[k].codes[0]);
    }
    // A province or municipality beside it (三河市，是北京医疗资源外溢的承接地) is a partner, source or
    // backdrop of the one unit below a province that the lead names; two such units name no single one.
    const t = inLead.find((c) => !c.endsWith('0000'));
    return t && inLead.every((c) => c === t || c.endsWith('0000') || within(c, t)) ? t : null;
  }

  return Object.assign(attribute, { respectively });

  function attribute(fig: FigureSite): Attribution {
    // A "sentence" longer than a few hundred characters is a text without punctuation: look no
    // further than WINDOW either side, so the work per figure stays bounded.
    let [ss, se] = idx.sentence(fig.start);
    ss = Math.max(ss, fig.phraseStart - WINDOW);
    se = Math.min(se, fig.end + WINDOW);
    const cs = Math.max(idx.clauseOf(fig.phraseStart)[0], ss);
    const ce = Math.min(idx.clauseOf(Math.max(fig.start, fig.end - 1))[1], se);
    const k0 = firstAt(ss);
    const k1 = firstAt(se);
    const roles: Role[] = [];
    for (let k = k0; k < k1; k++) roles.push(places[k].group ? 'name' : role(k, fig));
    // A list shares its last member's role: "承接北京、天津紧固件项目", "from Beijing and Tianjin".
    for (let k = k1 - 2; k >= k0; k--) {
      const next = roles[k + 1 - k0];
      if (
        (next === 'figmod' || next === 'src') &&
        places[k + 1].start > places[k].end &&
        LIST_GAP.test(norm.slice(places[k].end, places[k + 1].start))
      )
        roles[k - k0] = next;
    }
    for (let k = k0 + 1; k < k1; k++) {
      const prev = roles[k - 1 - k0];
      // "from Tianjin's Jinnan and Dongli districts": a possessive chain or a list shares the source role.
      const gap = norm.slice(places[k - 1].end, places[k].start);
      if (prev === 'src' && (LIST_GAP.test(gap) || /^'s?\s+$/.test(gap))) roles[k - k0] = prev;
    }

    // from: where the counted things came from, in the figure's clause.
    const fromSet: string[] = [];
    for (let k = k0; k < k1; k++) {
      const p = places[k];
      if (p.end <= cs || p.start >= ce) continue;
      const r = roles[k - k0];
      let origin =
        r === 'src' ||
        r === 'figmod' ||
        (p.group &&
          (SOURCE_BEFORE_ZH.test(norm.slice(Math.max(0, p.start - 3), p.start)) ||
            (p.start >= fig.phraseStart && p.end <= fig.end) ||
            (lang === 'zh' &&
              p.end <= fig.phraseStart &&
              fig.phraseStart - p.end <= 8 &&
              !ZH_NOT_NP.test(norm.slice(p.end, fig.phraseStart)))));
      // "天津一家家具企业在故城县投资5亿元", "Beijing firms put 3 billion yuan in Tianjin".
      if (!origin && p.end <= fig.start && isOrgModifier(p)) origin = true;
      if (origin) for (const c of p.codes) if (!fromSet.includes(c)) fromSet.push(c);
    }

    // Several places together ("the two sides will run 3 centres", 两地…规划面积约10平方公里,
    // 平谷区与蓟州区共同举办…): the figure is shared, no single unit's — unless a place of its own
    // clause after the cue says otherwise.
    // After the figure only a reporting clause counts: "Fifteen quarries will be replanted, both sides said."
    const reported = (lang === 'en' ? REPORTED_EN : REPORTED_ZH).exec(norm.slice(ce, se));
    const cue = collectiveCue(ss, reported ? ce + reported.index + reported[0].length : ce, k0, fig);
    if (cue >= 0) {
      let own = false;
      // 双方将在涿州东部共建一座产业园，规划面积约3.6平方公里: where the shared thing is, is its region.
      // A locative of the cue's own clause counts before the cue too (将在满城区共建产业园).
      const cueClause = Math.max(idx.clauseOf(cue)[0], ss);
      for (let k = firstAt(cueClause); k < k1 && places[k].end <= fig.start; k++)
        if (
          (roles[k - k0] === 'subject' &&
            places[k].start >= cs &&
            places[k].start >= cue &&
            // "The three counties and Tongzhou jointly built …": a place joined to the cue is one of the group.
            !(lang === 'en' && /^[a-z0-9 ]{0,40}? and (?:the )?$/.test(norm.slice(cue, places[k].start))) &&
            // "the two Beijing districts": a place inside the cue says whose the group is.
            !(lang === 'en' && /^(?:the|both|all) [a-z0-9]+ $/.test(norm.slice(cue, places[k].start)))) ||
          (roles[k - k0] === 'loc' && single(places[k]) && (places[k].start >= cue || factsOf(k) & AT))
        )
          own = true;
      if (!own) return finish(fromSet, null);
    }

    // 1. "4,959 projects in Tianjin", "a 1,200-bed branch in the city".
    if (lang === 'en') {
      // ("14 projects to be built in Cangzhou", "9 plants being set up in the park of Xianghe".)
      const gapRe =
        /^\s+(?:[a-z-]+\s+){0,2}?(?:(?:to be|being|that will be|which will be|that are|which are)\s+(?:built|located|sited|set up|based|housed|constructed|developed)\s+)?(?:in|at)\s+(?:the\s+)?$/;
      const k = firstAt(fig.end);
      if (
        k < places.length &&
        places[k].start - fig.end <= 24 &&
        places[k].end <= se &&
        (gapRe.test(norm.slice(fig.end, places[k].start)) ||
          // "Hedong earmarked 25 million yuan for Xinglong's rural roads": what is given for a place is its.
          (/^\s+(?:[a-z-]+\s+){0,2}?for\s+(?:the\s+)?$/.test(norm.slice(fig.end, places[k].start)) &&
            GIVE_BEFORE_EN.test(norm.slice(cs, fig.start)))) &&
        inRegion(k)
      )
        return finish(fromSet, asCode(places[k], k));
      const m =
        /^\s+(?:[a-z-]+\s+){0,3}?(?:in|at|into|to|towards?) (?:the|this|our) (county-level city|city|county|district|province|new area)\b/.exec(
          norm.slice(fig.end, fig.end + 40)
        );
      if (m && !TO_GUARD_EN.test(m[0].slice(0, m[0].lastIndexOf(m[1])).replace(/(?:the|this) $/, ''))) {
        const a = anaphor(fig.end, fig.end + m[0].length, fig.start);
        if (a !== undefined) return finish(fromSet, a);
      }
      // Counted things moved to a place: "will transfer 12 enterprises of the cultural creative to Dongli
      // District", "sent 150 graduates to the enterprises of Hexi".
      // Sent to a place of its clause, whatever the verb: "donated 30 million yuan to Zhuolu County".
      if (k < places.length && places[k].end <= ce && factsOf(k) & DEST && inRegion(k)) {
        const gap = norm.slice(fig.end, places[k].start);
        if (gap.length <= 60 && !/\bfrom\b/.test(gap)) return finish(fromSet, asCode(places[k], k));
      }
      if (fig.counted && MOVE_EN.test(norm.slice(cs, fig.start)) && THERE_AFTER_EN.test(norm.slice(fig.end, ce))) {
        // "A Beijing steelmaker that moved to Caofeidian District now employs 10,000 people there": where
        // the clause itself says something moved to is "there".
        for (let j = firstAt(fig.start) - 1; j >= 0 && places[j].start >= cs; j--)
          if (factsOf(j) & DEST && inRegion(j) && single(places[j]))
            return finish(fromSet, asCode(places[j], j) ?? single(places[j]));
        // The place the text spoke of before this clause (not the sender, which is in it).
        for (let j = firstAt(cs) - 1; j >= 0 && places[j].start >= cs - 4 * WINDOW; j--) {
          const c = single(places[j]);
          if (c && !(factsOf(j) & (SRC | NAME | REL | OBJ)) && !isOrgModifier(places[j])) return finish(fromSet, c, 'context');
        }
      }
      if (fig.counted && k < places.length && places[k].end <= ce && MOVE_EN.test(norm.slice(cs, fig.start))) {
        const gap = norm.slice(fig.end, places[k].start);
        if (gap.length <= 60 && /\b(?:to|into)\b/.test(gap) && !/\bfrom\s+(?:the\s+)?$/.test(gap))
          return finish(fromSet, asCode(places[k], k));
      }
    }
    // Things sent or moved to a level word after them: "340 Beijing merchants were relocated to the new
    // market of our county", 选派医生12名、教师25名到我县挂职, 340名商户迁入我县.
    if (fig.counted) {
      const tail = norm.slice(fig.end, ce);
      const own = lang === 'zh' ? DEST_OWN_INSTITUTION_ZH.exec(tail) : null;
      if (own && titleTopic && fits(titleTopic, own[1])) return finish(fromSet, titleTopic);
      const m = (lang === 'en' ? DEST_ANAPHOR_AFTER_EN : DEST_ANAPHOR_AFTER_ZH).exec(tail);
      if (m && (lang === 'zh' || MOVE_EN.test(norm.slice(cs, ce)))) {
        // (The level word ends the match: it is the last one anaphor() reads there.)
        // "the teachers of Fengtai 18 persons were sent to teach in the district": the things' origin is
        // not where they go.
        const a = anaphor(fig.end, fig.end + m[0].length, fig.start, false, fromSet);
        if (a) return finish(fromSet, a);
      }
    }
    if (lang === 'zh') {
      const k = firstAt(fig.end);
      if (
        k < places.length &&
        places[k].start - fig.end <= 7 &&
        DESTINATION_AFTER_ZH.test(norm.slice(fig.end, places[k].start)) &&
        inRegion(k)
      )
        return finish(fromSet, destination(k));
      // 从北京整体搬迁而来的企业有5家，全部落户曹妃甸区: the clause after says where they all went.
      if (
        fig.counted &&
        k < places.length &&
        places[k].end <= se &&
        SETTLED_AFTER_ZH.test(norm.slice(fig.end, places[k].start)) &&
        inRegion(k)
      )
        return finish(fromSet, destination(k));
      // 两家滑雪装备企业也计划将生产线迁至宣化: moved to a place later in the clause.
      if (fig.counted)
        for (let j = k; j < k1 && places[j].start < ce; j++)
          if (MOVED_TO_ZH.test(norm.slice(Math.max(0, places[j].start - 4), places[j].start)) && inRegion(j))
            return finish(fromSet, destination(j));
    }
    // 2. A locative in the figure's clause (在故城县投资5亿元); being somewhere before a direction.
    {
      let to = -1;
      for (let k = firstAt(fig.start) - 1; k >= k0 && places[k].start >= cs; k--)
        if (roles[k - k0] === 'loc' && inRegion(k)) {
          if (factsOf(k) & AT || lang === 'en') return finish(fromSet, asCode(places[k], k));
          if (to < 0) to = k;
        }
      if (to >= 0) return finish(fromSet, asCode(places[to], to));
      // "has helped the county to attract seven enterprises", "put money into the county", 在该县投资:
      // a level word where a locative place would stand.
      const lead = norm.slice(cs, fig.start);
      const m = (lang === 'en' ? LOCATIVE_ANAPHOR_EN : LOCATIVE_ANAPHOR_ZH).exec(lead);
      if (
        m &&
        !(lang === 'en' && TO_GUARD_EN.test(lead.slice(0, m.index + m[0].length - m[1].length).replace(/(?:the|this) $/, '')))
      ) {
        const a = anaphor(cs + m.index, cs + m.index + m[0].length, fig.start);
        if (a) return finish(fromSet, a);
      }
    }
    // An organisation of the region that invests outside it (丰宁一家乳制品企业在内蒙古呼和浩特投资1.5亿元,
    // 两家保定企业在西安市长安区投资建厂): with no receiver of the region, the figure is its own place's, in any
    // article. (The firms' place may stand inside the count's phrase.)
    {
      // The first locative of the clause outside the region, before the figure or, for a count, after it.
      let out = -1;
      for (let k = firstAt(cs); k < k1 && places[k].start < (fig.counted ? ce : fig.start); k++)
        if (roles[k - k0] === 'loc' && !places[k].group) {
          if (!inRegion(k)) out = k;
          break;
        }
      if (out >= 0)
        for (let j = firstAt(cs); j < out; j++)
          if ((roles[j - k0] === 'subject' || roles[j - k0] === 'figmod') && single(places[j]) && isOrgModifier(places[j]))
            return finish(fromSet, asCode(places[j], j) ?? single(places[j]));
    }
    // 3. The subject of the figure's clause; an organisation's origin ("A Beijing dairy group will
    // invest … there") only when nothing else in the clause says where.
    {
      const a = openingAnaphor(cs, fig.start);
      const sent = sentByLevelWord(a, cs, fig, fromSet);
      if (sent) return sent;
      if (a) {
        // The places it receives from are the things' origin (该县获得北京帮扶资金).
        for (let k = firstAt(cs); k < k1 && places[k].end <= fig.start; k++)
          if (
            roles[k - k0] === 'subject' &&
            !(lang === 'zh' ? RECEIVE_ZH : RECEIVE_EN).test(norm.slice(places[k].end, fig.start))
          )
            for (const c of places[k].codes) if (c !== a && !fromSet.includes(c)) fromSet.push(c);
        return finish(fromSet, a);
      }
    }
    let org = -1;
    let partner = -1;
    // 东城区的5所学校和阜平县的5所学校: the owner right before its count, in a conjunct of its own.
    {
      const k = firstAt(fig.start) - 1;
      if (
        lang === 'zh' &&
        k >= k0 &&
        places[k].start >= cs &&
        roles[k - k0] === 'subject' &&
        /^的?$/.test(norm.slice(places[k].end, fig.start)) &&
        /[和及、]/.test(norm[places[k].start - 1] ?? '')
      )
        return finish(fromSet, asCode(places[k], k));
    }
    // 门头沟区已与涿鹿县的两家医院建立托管关系: the partner's own things, counted right after 的, are the partner's.
    {
      const k = firstAt(fig.phraseStart) - 1;
      if (
        lang === 'zh' &&
        fig.counted &&
        k >= k0 &&
        places[k].start >= cs &&
        norm.slice(places[k].end, fig.phraseStart) === '的' &&
        /[与同跟]$/.test(norm.slice(Math.max(0, places[k].start - 1), places[k].start)) &&
        roles[k - k0] !== 'src' &&
        inRegion(k) &&
        single(places[k])
      )
        return finish(fromSet, asCode(places[k], k) ?? single(places[k]));
    }
    let sender = -1;
    for (let k = firstAt(cs); k < k1 && places[k].end <= fig.start; k++)
      if (roles[k - k0] === 'subject' && factsOf(k) & SENDER) {
        // What a place sends is where it goes: the receiver named before (in the sentence, the
        // paragraph); the sender only when none is.
        if (sender < 0) sender = k;
        for (const c of places[k].codes) if (!fromSet.includes(c)) fromSet.push(c);
      } else if (roles[k - k0] === 'subject') {
        if (!isOrgModifier(places[k])) return finish(fromSet, asCode(places[k], k));
        if (org < 0) org = k;
      } else if (roles[k - k0] === 'obj' && factsOf(k) & PARTNER && partner < 0 && !isOrgModifier(places[k])) partner = k;
    // 4. "the city", 该区, 当地, "there" in the clause.
    {
      // (From the number: "will hire about 200 local people".)
      const after = anaphor(fig.start, ce, fig.start, true);
      const a = after !== undefined ? after : anaphor(cs, fig.start, fig.start);
      // "The district has also sent 40 teachers", 该区选派教师25名: a level word that sends is the
      // sender; what it sends is counted where the article's unit receives it.
      const sent = after === undefined ? sentByLevelWord(a, cs, fig, fromSet) : null;
      if (sent) return sent;
      if (a !== undefined) return finish(fromSet, a);
    }
    // With no subject, the clause's partner before the figure (X与三河市签约，投资…).
    if (partner >= 0) return finish(fromSet, asCode(places[partner], partner));
    const sendsWithoutSubject = (lang === 'zh' ? SENDS_LEAD_ZH : SENDS_LEAD_EN).test(norm.slice(cs, fig.start));
    // 5. The clauses before it in its sentence, nearest first (东光县、南皮县发展…，吴桥县打造…，接待游客86万人次):
    // in each, a locative, then a subject that is not an organisation's origin; then an
    // organisation's origin anywhere before.
    for (let c = cs; c > ss;) {
      const [c0] = idx.clauseOf(c - 1);
      const from = Math.max(c0, ss);
      // "Cheng'an County, next to the city, signed 9 projects": an aside says nothing of the figure.
      if (from === c0 && isAside(c0)) {
        c = from;
        continue;
      }
      let plain = -1;
      let loc = -1;
      let partner = -1;
      for (let k = firstAt(from); k < k1 && places[k].start < c; k++) {
        const r = roles[k - k0];
        const orgOrigin = isOrgModifier(places[k]);
        // 东城区累计投入帮扶资金2.6亿元，实施项目48个: the sender of an earlier clause sends this one's too.
        if (factsOf(k) & SENDER && r === 'subject') {
          if (sender < 0) {
            sender = k;
            for (const c of places[k].codes) if (!fromSet.includes(c)) fromSet.push(c);
          }
          continue;
        }
        if (r === 'loc' && (factsOf(k) & AT || lang === 'en' || fig.counted)) {
          if (inRegion(k)) loc = k;
        } else if (r === 'subject' && plain < 0 && !orgOrigin) plain = k;
        else if (r === 'subject' && org < 0) org = k;
        // 天津一家服装集团与南宫签约，将投资5.5亿元: the partner of a firm is where it invests.
        else if (r === 'obj' && factsOf(k) & PARTNER && partner < 0 && !orgOrigin) partner = k;
      }
      const opening = loc < 0 ? openingAnaphor(from, c) : undefined;
      if (opening) return finish(fromSet, opening, 'sentence');
      // "helped our county to build 2 schools, and dispatched 30 teachers", 帮扶我县，选派教师20名.
      if (loc < 0) {
        const m = (lang === 'en' ? LOCATIVE_ANAPHOR_EN : LOCATIVE_ANAPHOR_ZH).exec(norm.slice(from, c));
        const a = m ? anaphor(from + m.index, from + m.index + m[0].length, from) : undefined;
        if (a) return finish(fromSet, a, 'sentence');
      }
      const pick = loc >= 0 ? loc : plain >= 0 ? plain : partner;
      // 东城区还组织…结对，累计派出医务人员180名: a clause that sends with no subject of its own sends from
      // the earlier clause's subject; its things go to the article's unit.
      if (pick >= 0 && pick === plain && sendsWithoutSubject && titleTopic && !places[pick].codes.includes(titleTopic)) {
        for (const c of places[pick].codes) if (!fromSet.includes(c)) fromSet.push(c);
        return finish(fromSet, titleTopic, 'sentence');
      }
      if (pick >= 0) return finish(fromSet, asCode(places[pick], pick), 'sentence');
      // "the district has sent teachers to the schools of Gu'an, totally 25 persons": what an earlier clause
      // sends goes where it says, not to the sender its level word names.
      if (lang === 'en' && MOVE_EN.test(norm.slice(from, c)))
        for (let k = firstAt(from); k < k1 && places[k].start < c; k++)
          if (
            inRegion(k) &&
            single(places[k]) &&
            /\b(?:to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:of\s+|in\s+)?$/.test(
              norm.slice(Math.max(from, places[k].start - 40), places[k].start)
            )
          )
            return finish(fromSet, asCode(places[k], k) ?? single(places[k]), 'sentence');
      const a = anaphor(from, c, from);
      if (a !== undefined) return finish(fromSet, a, 'sentence');
      c = from;
    }
    const pronounLead = lang === 'en' && PRONOUN_LEAD_EN.test(norm.slice(ss, ss + 30));
    if (org >= 0 && !pronounLead && !foreign(org))
      return finish(fromSet, asCode(places[org], org), places[org].start >= cs ? 'clause' : 'sentence');
    // 6. A place after the figure ("436 buildings in the old quarter of Heping District"): in its
    // clause in Chinese (a clause after it, 其中…迁往X, speaks of a part), in its sentence in English.
    for (let k = firstAt(fig.end); k < k1 && (lang === 'en' || places[k].start < ce); k++) {
      // "reached 34, of which Lingshou 19": past a part cue the places are the parts'.
      if (lang === 'en' && PART_AFTER_EN.test(norm.slice(fig.end, places[k].start))) break;
      // "The wing has 300 beds, and Fengtai sent 15 doctors": a clause of its own has its own subject.
      if (lang === 'en' && /(?:;|,\s*(?:and|but|while|whereas)\s)/.test(norm.slice(fig.end, places[k].start))) break;
      const r = roles[k - k0];
      // "… and a Beijing clinic group opened 2 clinics there": an organisation's origin later on is no subject.
      // ("the schools of Zhangbei" says where they are: that place stands.)
      if (
        r === 'subject' &&
        (lang === 'en' ? ORG_EN.test(norm.slice(places[k].end, places[k].end + 40)) : isOrgModifier(places[k]))
      )
        continue;
      // In its own clause ("Another 46 were received by Wen'an and Dacheng counties") it is the clause's
      // answer, even a list's null: a continued figure does not take the region of the one before.
      if (r === 'subject' || r === 'loc')
        return finish(fromSet, asCode(places[k], k), places[k].start < ce ? 'clause' : 'sentence');
    }
    // 7. The nearest earlier sentence of the paragraph that names a subject (or "the district"):
    // a place things go to or are in (在雄安, "in Langfang") first, then one that is neither a
    // source nor the origin of an organisation (北京企业向沧州集聚 is about 沧州), else an organisation's.
    const ownPs = idx.paragraph(fig.start)[0];
    let ps = Math.max(ownPs, fig.start - 4 * WINDOW);
    // "The plant employs 1,100 workers." opening a paragraph speaks of the place of the one before.
    if (pronounLead && norm.slice(ps, ss).trim() === '') {
      let q = ps - 1;
      while (q > 0 && q > fig.start - 4 * WINDOW && norm.slice(idx.paragraph(q - 1)[0], q - 1).trim() === '')
        q = idx.paragraph(q - 1)[0] - 1;
      ps = Math.max(q > 0 ? idx.paragraph(q - 1)[0] : 0, fig.start - 4 * WINDOW);
    }
    let orgBack = -1;
    // A partner of an earlier sentence (东城区与阜平县开展结对帮扶): where a sender's things go when no
    // receiver is named.
    let partnerBack = -1;
    for (let s = ss - 1, n = 0; s > ps && n < MAX_BACK; n++) {
      const [s0] = idx.sentence(s - 1);
      const dummy: FigureSite = { start: s, end: s, phraseStart: s, counted: fig.counted };
      let plain = -1;
      let org = -1;
      let loc = -1;
      for (let k = firstAt(s0); k < places.length && places[k].start < s; k++) {
        const p = places[k];
        if (p.group) continue;
        // 其中北京132家、天津83家: the members of a breakdown are parts of the total, not its subject.
        if (lang === 'zh' && ZH_PART_MEMBER.test(norm.slice(p.end, p.end + 8)) && /其中/.test(norm.slice(s0, p.start))) continue;
        const r = role(k, dummy);
        if (r === 'src' || r === 'name' || r === 'rel') continue;
        if (factsOf(k) & SENDER && r === 'subject') continue;
        // The sender named again is no receiver of what it sends.
        if (sender >= 0 && single(p) !== null && places[sender].codes.includes(single(p)!)) continue;
        if (
          sender >= 0 &&
          partnerBack < 0 &&
          r === 'obj' &&
          factsOf(k) & PARTNER &&
          single(p) &&
          !places[sender].codes.includes(single(p)!) &&
          !isOrgModifier(p)
        )
          partnerBack = k;
        // "came from Haidian and Chaoyang districts": a later member of a list of sources is one too.
        // (Not in Chinese: 由大兴区和永清县共同建设 names the builders.)
        if (lang === 'en' && afterSource(k)) continue;
        if (
          r === 'loc' ||
          (lang === 'en' &&
            LOCATIVE_EN.test(norm.slice(Math.max(0, p.start - 10), p.start)) &&
            !TO_GUARD_EN.test(norm.slice(Math.max(0, p.start - 30), p.start)))
        ) {
          if (loc < 0) loc = k;
        } else if (isOrgModifier(p)) {
          // "the Shijingshan experimental school of Yu County": the place after "of" says where the
          // institution is; the one before its noun is part of its name.
          if (org < 0 || (lang === 'en' && ORG_BEFORE_EN.test(norm.slice(Math.max(0, p.start - 30), p.start)))) org = k;
        } else if (plain < 0 && r !== 'obj') plain = k;
      }
      // "The district introduced 4 schools from Beijing, the teachers of Xicheng …": a level word
      // opening the sentence before any place is its subject.
      const lead = lang === 'zh' ? openingAnaphor(s0, s) : openingAnaphorEn(s0, s);
      if (lead && loc < 0) return finish(fromSet, lead, 'context');
      // 四所北京高校的新校区布局在新区…。项目总投资约380亿元: with only an organisation's origin named, a
      // level word where a locative would stand says where the sentence's things are.
      if (loc < 0 && plain < 0 && org >= 0) {
        const m = (lang === 'en' ? LOCATIVE_ANAPHOR_EN : LOCATIVE_ANAPHOR_ZH).exec(norm.slice(s0, s));
        const a = m ? anaphor(s0 + m.index, s0 + m.index + m[0].length, s0) : undefined;
        if (a) return finish(fromSet, a, 'context');
      }
      // "In Langfang, Dachang County attracted …": a unit inside the locative is the more specific subject.
      if (loc >= 0 && plain >= 0 && within(single(places[plain]), single(places[loc]))) loc = -1;
      // Across a paragraph break only a place the text speaks about counts, not an organisation's origin.
      const pick = loc >= 0 ? loc : plain >= 0 ? plain : s0 < ownPs ? -1 : org;
      // A sentence opened by "It"/"The plant" whose only place is an organisation's origin speaks of
      // the place before it.
      // So does a part's sentence ("Among them, the enterprises of Baodi District 4 have started …"):
      // it speaks of the whole's place.
      if (
        pick >= 0 &&
        pick === org &&
        (foreign(org) ||
          (lang === 'en' && (PRONOUN_LEAD_EN.test(norm.slice(s0, s0 + 30)) || PART_LEAD_EN.test(norm.slice(s0, s0 + 20)))))
      ) {
        // "A Beijing valve maker moved its line here.": where the sentence says it went.
        const there = anaphor(s0, s, s0, true);
        if (there) return finish(fromSet, there, 'context');
        if (orgBack < 0) orgBack = org;
        s = s0;
        continue;
      }
      if (pick >= 0) {
        // 东城区与阜平县开展结对帮扶。东城区累计投入…: paired with the sender, the other one is the receiver.
        const pairedWithSender =
          sender >= 0 &&
          [places[pick - 1], places[pick + 1]].some((q) => q && single(q) !== null && places[sender].codes.includes(single(q)!));
        const c = asCode(places[pick], pick) ?? (pairedWithSender ? single(places[pick]) : null);
        return finish(pairedWithSender ? [...new Set([...fromSet, ...places[sender].codes])] : fromSet, c, 'context');
      }
      const a = anaphor(s0, s, s0);
      if (a !== undefined) return finish(fromSet, a, 'context');
      s = s0;
    }
    // A bare dateline ("HANDAN -- …") is where the paragraph was filed: its figures' place when no
    // sentence of it names one.
    {
      const f = filedIn(ownPs);
      if (f && !fromSet.includes(f)) return finish(fromSet, f, 'context');
    }
    // A heading that is only a place ("Xianghe County", 二、香河县, "Luquan District:") is what the
    // paragraphs under it are about, up to the next heading (a few paragraphs back, bounded).
    {
      const h = headingBefore(ownPs);
      if (h) return finish(fromSet, h, 'context');
    }
    if (org >= 0) return finish(fromSet, foreign(org) ? titleTopic : asCode(places[org], org), 'sentence');
    if (partnerBack >= 0 && sender >= 0 && !(titleTopic && places[sender].codes.includes(titleTopic)))
      return finish([...new Set([...fromSet, ...places[sender].codes])], asCode(places[partnerBack], partnerBack), 'context');
    // What a place sends with no receiver named in the paragraph goes to the unit the article is about
    // ("丰台区先后派出医疗专家35名" under "结对帮扶十年 魏县换新颜").
    if (sender >= 0 && titleTopic && !places[sender].codes.includes(titleTopic)) return finish(fromSet, titleTopic, 'context');
    if (sender >= 0)
      return finish(
        fromSet.filter((c) => !places[sender].codes.includes(c)),
        asCode(places[sender], sender)
      );
    if (orgBack >= 0) return finish(fromSet, foreign(orgBack) ? titleTopic : asCode(places[orgBack], orgBack), 'context');
    // 8. The thing's own place when nothing receives it ("石家庄市企业1700家").
    // (English: the verb may follow the count, "the enterprises of Beijing 37 were introduced".)
    const clause = norm.slice(cs, lang === 'en' ? ce : fig.start);
    if (!(lang === 'zh' ? RECEIVE_ZH : RECEIVE_EN).test(clause))
      for (let k = k0; k < k1; k++)
        if (roles[k - k0] === 'figmod' && places[k].end <= fig.end) {
          // "Beijing projects numbered 28" in a Hebei county's report: English names the things by
          // their origin; they are counted where the article's unit receives them.
          if (lang === 'en' && foreign(k)) return finish([...places[k].codes], titleTopic, 'context');
          return { code: asCode(places[k], k), from: [], how: 'context' };
        }
    // 9. Things received with no receiver named anywhere before (全年承接京津产业转移项目27个 in a
    // county's report): the article's topic, the unit its title is about — unless that is a source here.
    if (topic && !topic.endsWith('0000') && (lang === 'zh' ? RECEIVE_ZH : RECEIVE_EN).test(clause) && !fromSet.includes(topic))
      return finish(fromSet, topic, 'context');
    // 10. Nothing in the sentence, the paragraph or a heading names a place: the unit the title is
    // about ("The tourism received visitors 2.1 million" in "<X County> Government Work Report").
    // Not when the sentence's subject is an institution named after a place (唐山港集团…增长6.9%).
    if (titleTopic && !fromSet.includes(titleTopic) && !blocked(ss, se)) return finish(fromSet, titleTopic, 'context');
    return finish(fromSet, null, 'context');
  }

  /**
   * "The district has also sent 40 teachers", 该区选派教师25名: a pointing level word (resolved to `a`)
   * that sends is the sender; what it sends is counted where the article's unit receives it.
   */
  function sentByLevelWord(a: string | null | undefined, cs: number, fig: FigureSite, fromSet: string[]): Attribution | null {
    if (!a || !fig.counted || !titleTopic || a === titleTopic || within(titleTopic, a)) return null;
    const lw = (lang === 'en' ? SENDING_LEVEL_EN : SENDING_LEVEL_ZH).exec(norm.slice(cs, fig.start));
    if (!lw || !(lang === 'en' ? SEND_EN : SEND_ZH).test(norm.slice(cs + lw.index + lw[0].length, fig.start))) return null;
    return finish([...fromSet, a], titleTopic);
  }

  /** The place of the nearest heading paragraph before the paragraph at `ps`, if one is near. */
  function headingBefore(ps: number): string | null {
    let q = ps - 1;
    for (let n = 0; n < 6 && q > 0 && q > ps - 4 * WINDOW; n++) {
      const [a, b] = idx.paragraph(q - 1);
      const line = norm.slice(a, b).trim();
      if (line !== '') {
        const k = firstAt(a);
        const p = places[k];
        if (!p || p.start >= b) {
          // A paragraph of prose between: headings govern only the paragraphs right under them.
          if (line.length > 40 || /[。.!?]$/.test(line)) return null;
        } else {
          const rest = (norm.slice(a, p.start) + ' ' + norm.slice(p.end, b)).trim();
          if (HEADING_REST.test(rest) && (k + 1 >= places.length || places[k + 1].start >= b)) return single(p);
          if (line.length > 40 || /[。.!?]$/.test(line)) return null;
        }
      }
      q = a - 1;
    }
    return null;
  }

  /** An English sentence opened by "the district", "this county" (after a time phrase), before any place. */
  function openingAnaphorEn(from: number, to: number): string | null | undefined {
    const k = firstAt(from);
    const end = Math.min(to, k < places.length ? places[k].start : to);
    const m = OPENING_ANAPHOR_EN.exec(norm.slice(from, end));
    return m ? anaphor(from + m.index, from + m[0].length, from) : undefined;
  }

  /**
   * A place of the region. Money a firm spends outside it ("invested 1.5 billion yuan in Guangzhou",
   * 在景德镇收购) is still the figure of the firm's place, so an outside locative says nothing.
   */
  function inRegion(k: number): boolean {
    return places[k].codes.length > 0;
  }

  /** The most specific of adjacent places after a destination word: 到沧州黄骅市 → 黄骅市. */
  function destination(k: number): string | null {
    let j = k;
    while (j + 1 < places.length && places[j + 1].start === places[j].end && single(places[j + 1])) j++;
    return asCode(places[j], j);
  }

  /** Offset of a cue that the figure belongs to several places together, or -1. */
  function collectiveCue(ss: number, ce: number, k0: number, fig: FigureSite): number {
    const seg = norm.slice(ss, ce);
    const re = lang === 'en' ? COLLECTIVE_EN : COLLECTIVE_ZH;
    re.lastIndex = 0;
    let at = -1;
    for (let m = re.exec(seg); m; m = re.exec(seg)) {
      // 京津两地 names the places themselves (a source here), not places acting together.
      const k = firstAt(ss + m.index) - 1;
      if (lang === 'zh' && k >= 0 && places[k].end === ss + m.index) continue;
      // "140 enterprises from the two cities": the places they came from, not places acting together.
      if (lang === 'en' && /\bfrom\s+$/.test(norm.slice(Math.max(0, ss + m.index - 6), ss + m.index))) continue;
      // 组织15家企业赴两县考察, "took 20 firms to visit both counties": the places visited are no actors.
      if (
        lang === 'zh'
          ? /(?:赴|前往|到|来到)$/.test(norm.slice(Math.max(0, ss + m.index - 2), ss + m.index)) &&
            VISIT_ZH.test(norm.slice(ss + m.index + m[0].length, ss + m.index + m[0].length + 6))
          : /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?)\s+$/.test(norm.slice(Math.max(0, ss + m.index - 10), ss + m.index))
      )
        continue;
      // "Tangshan, the prefecture that includes both cities, says …": a cue inside an aside describes the
      // place the aside is about; the sentence's act is that place's alone.
      const cc = idx.clauseOf(ss + m.index)[0];
      if (cc > ss && cc <= fig.phraseStart && isAside(cc) && idx.clauseOf(ss + m.index)[1] < fig.phraseStart) continue;
      at = ss + m.index;
    }
    if (at >= 0 || lang === 'en') return at;
    // A joint verb counts when the sentence names two places before it (平谷区与蓟州区共同举办).
    JOINT_ZH.lastIndex = 0;
    for (let m = JOINT_ZH.exec(seg); m; m = JOINT_ZH.exec(seg)) {
      const where = ss + m.index;
      // 任丘市与西青区共建的产业园区，入驻企业23家: an attribute (共建的X) names what the figure is of;
      // the act of the sentence is the subject's.
      if (norm[where + m[0].length] === '的') continue;
      const named = new Set<string>();
      for (let k = k0; k < places.length && places[k].end <= where; k++) {
        const c = single(places[k]);
        if (c && !(factsOf(k) & SRC)) named.add(c);
      }
      // 该县还与房山区共同打造…: a level word pointing back names a place too.
      const pointed = /(?:该|此)[市区县]/.test(norm.slice(ss, where)) ? 1 : 0;
      if (named.size + pointed >= 2 && where < fig.end + 40) at = where;
    }
    return at;
  }
}

/** `inner` is a unit inside `outer` (a county of a prefecture, a district of a province-level city). */
function within(inner: string | null, outer: string | null): boolean {
  if (!inner || !outer || inner === outer) return false;
  if (outer.endsWith('0000')) return inner.startsWith(outer.slice(0, 2));
  return outer.endsWith('00') && inner.startsWith(outer.slice(0, 4));
}
