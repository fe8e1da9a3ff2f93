/**
 * Words that make a sentence about places a flow, per language. Patterns run on the matching view
 * (view.ts: lower-case, full-width punctuation folded), so they are lower-case ASCII or Han.
 *
 * A trigger's `role` says which side its grammatical agent is:
 * - `receive` (undertake, attract, introduce, 承接, 引进): the agent receives ("Cangzhou has
 *   undertaken 672 projects"), the things' modifiers or a from-phrase name the sender;
 * - `send` (invest, transfer, relocate, 投资, 转移): the agent — a place, or firms of a place —
 *   sends; the receiver is marked (in/to/into, 在/到/向X);
 * - `settle` (settle, set up in, 落户, 入驻): the things are the agent, their modifier names the
 *   sender ("Beijing firms settled in…"); a place as the agent is the receiver (X新落户北京企业13家);
 * - `joint` (jointly build, co-found, cooperate, 共建, 合作): two-way, partners marked by with/与.
 */
export type Role = 'receive' | 'send' | 'settle' | 'joint';

export interface Trigger {
  re: RegExp;
  role: Role;
}

export const EN_TRIGGERS: Trigger[] = [
  {
    re: /\b(?:undert(?:ake|akes|aken|ook|aking)|receiv(?:e|es|ed|ing)|sign(?:s|ed|ing)?|dr[ae]w(?:s|n|ing)?|secur(?:e|es|ed|ing)|won|win(?:s|ning)?|gain(?:s|ed)?|obtain(?:s|ed)?|pull(?:s|ed)? in|recruit(?:s|ed)?|court(?:s|ed)?|attract(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|brought in|bring(?:s|ing)? in|lur(?:e|es|ed|ing)|absorb(?:s|ed|ing)?|took in|taken in|welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|(?:is|are|was|were|been|become|became) home to|got|gets|accept(?:s|ed|ing)?|land(?:s|ed)?(?! in\b))\b/g,
    role: 'receive'
  },
  {
    re: /\b(?:invest(?:s|ed|ing)?|transferr?(?:ed|ing|s)?|relocat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)(?! in\b)|shift(?:s|ed|ing)?(?= [^.;,]{0,40}?\bto\b)|brought(?! in\b)|bring(?:s|ing)?(?! in\b)|donat(?:e|es|ed|ing)|dispatch(?:es|ed|ing)?|sent|send(?:s|ing)?|poured|help(?:s|ed|ing)?|assist(?:s|ed|ing)?|support(?:s|ed|ing)?|aid(?:s|ed|ing)?|set(?:s|ting)? up|establish(?:es|ed|ing)?|open(?:s|ed|ing)?|built|build(?:s|ing)?|run(?:s|ning)?|ran|allocat(?:e|es|ed|ing)|allott?(?:s|ed|ing)?|earmark(?:s|ed|ing)?|disburs(?:e|es|ed|ing)|inject(?:s|ed|ing)?|channell?(?:s|ed|ing)?|funnell?(?:s|ed|ing)?|put(?:s|ting)?(?= [^.;,]{0,64}? into\b)|pa(?:y|ys|id|ying)|grant(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|second(?:ed|ing)|deploy(?:s|ed|ing)?|assign(?:s|ed|ing)?|gave|giv(?:e|es|ing)|(?:select(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|pick(?:s|ed)?|chose|choos(?:e|es))(?= [^.;,]{0,30}?\b(?:teachers|doctors|nurses|experts|cadres|officials|technicians|engineers|specialists|agronomists|physicians|volunteers|researchers|scientists|professionals|staff)\b))\b/g,
    role: 'send'
  },
  {
    re: /\b(?:settl(?:e|es|ed|ing)|c(?:a|o)mes? in(?:to)?|land(?:s|ed)? in|locat(?:e|es|ed|ing) in|register(?:s|ed)? in|mov(?:e|es|ed|ing) in|went to|go(?:es)? to)\b/g,
    role: 'settle'
  },
  {
    re: /\b(?:joint(?:ly)?|co-(?:build|built|found|founded|establish|established|operate|operated|run|develop|developed|developing|manage|managed|host|hosted)|join(?:s|ed)? hands|together with|pair(?:s|ed|ing)?|twinn?(?:ed|ing))\b/g,
    role: 'joint'
  }
];

// 投资 is also the noun "investment" (总投资, 投资额, 固定资产投资, 招商引资): only the verb sends.
export const ZH_TRIGGERS: Trigger[] = [
  // 争取 is also "strive to" (争取年内开工): a receiving verb only before what it wins.
  {
    re: /承接|引进|引入|吸引|招引|接收|接纳|迎来|签约|签下|获得|争取到|争取(?=[\u4e00-\u9fff]{0,8}?(?:资金|项目|投资|企业))|接受/g,
    role: 'receive'
  },
  {
    re: /(?<!总|固定资产|招商引|引|完成)投资(?!额|促进|强度|环境|服务|主体|机构|总额|规模|增速|增长)|转移|疏解|搬迁|迁往|迁至|迁到|搬到|搬至|外迁|援建|派出|输出|派驻|选派|设立|开设|新设|布局|建成|开办|办医|办学|帮扶|支援|援助|捐建|拨付|下拨|捐赠|捐助|捐资|资助|注资|出资|委派|输送|迁出|新建|兴建|投建|建设|投入(?!使用|运营|运行|试运行|生产|营运)|组织(?=[^，。；,;]{1,16}?(?:到|赴|前往))/g,
    role: 'send'
  },
  { re: /落户|入驻|落地|迁入|进驻|注册(?!资本|资金)|集聚|聚集|入园|转入|搬入|迁来/g, role: 'settle' },
  {
    re: /共建|合建|联合建|共同建|共同组建|联合组建|合作组建|携手|合作共建|联办|合办|结对|结成(?:帮扶)?对子|结为(?:帮扶)?对子|托管/g,
    role: 'joint'
  }
];

/** Verbs whose object is money moved: the yuan after them is a flow's money, not a price. */
export const MONEY_VERB =
  /^(?:invest|put|allocat|allot|earmark|disburs|inject|channel|funnel|pa(?:y|id)|grant|pledg|donat|contribut|gav|giv|投资|投入|拨付|下拨|捐|资助|注资|出资|援助)/;

/** What a counted figure measures in a flow, from the figure's unit (figures.ts vocabulary). */
export function measureOf(unit: string, phrase: string): string | null {
  switch (unit) {
    case 'projects':
    case 'yuan':
    case 'enterprises':
    case 'merchants':
    case 'schools':
    case 'hospitals':
      return unit;
    // A university's campus is a school moved, as flows.csv counts it.
    case 'universities':
      return 'schools';
    case 'institutions':
    case 'institutes':
      // Research institutes are their own measure; other bodies (设计机构, branches) are firms.
      return /research|r&d|institute|laborator|研究|科研|研发|实验室/.test(phrase) ? 'institutes' : 'enterprises';
    case 'branches':
      // A firm's branch offices (分支机构) are firms that moved; a school's branch is a school.
      return /school|college|校/.test(phrase)
        ? 'schools'
        : /hospital|医院/.test(phrase)
          ? 'hospitals'
          : /机构|公司|企业|compan|firm|office/.test(phrase)
            ? 'enterprises'
            : null;
    case 'items':
      return /service|服务|事项/.test(phrase) ? 'service_items' : /项目/.test(phrase) ? 'projects' : null;
    default:
      return null;
  }
}

/** Kind of a numbered flow from its measure (money takes the kind of the count it belongs to). */
export function kindOfMeasure(measure: string, role: Role, investVerb: boolean): import('../../flows/types').FlowKind {
  switch (measure) {
    case 'projects':
      return investVerb ? 'investment' : 'projects';
    case 'yuan':
      return 'investment';
    case 'enterprises':
      return 'enterprises';
    case 'merchants':
      return 'relocation';
    case 'schools':
      return 'education';
    case 'hospitals':
      return 'health';
    case 'institutes':
      return 'research';
    case 'service_items':
      return 'cooperation';
    default:
      return role === 'joint' ? 'cooperation' : 'projects';
  }
}

// Plans that no longer hold are not flows.
export const CANCELLED_EN =
  /\b(?:suspend(?:s|ed|ing)?|cancel(?:s|led|ed|ling|ing)?|call(?:ed)? off|halt(?:s|ed)?|shelv(?:e|ed|es)|terminat(?:e|ed|es)|withdr(?:aw|awn|ew)|scrapp?(?:ed)?|abandon(?:ed|s)?|postpon(?:e|ed|es)|put on hold|fell through|no longer|stopped)\b/;
export const CANCELLED_ZH = /暂停|暂缓|取消|叫停|终止|搁置|中止|撤销|撤回|作废|流产|未能落地|停止/;

// Negated statements ("no project has moved") carry no flow.
// A bound ("not less than 20", "no fewer than") states a number, not a negation.
export const NEGATED_EN = /\b(?:no|not|never|none|neither|nor)\b(?! (?:less|fewer|more|later|earlier) than\b)/;
export const NEGATED_ZH = /没有|并未|尚未|未曾|未(?=承接|引进|落户|转移|投资)|不再/;

/**
 * China's provincial-level units outside the region and their capitals and largest cities: a side
 * of a flow filled by one of these is outside the region, so the flow is not recorded (and the
 * receiver is never guessed from context instead).
 */
export const OUTSIDE_EN =
  /^(?:shanghai|chongqing|guangdong|guangzhou|shenzhen|jiangsu|nanjing|suzhou|zhejiang|hangzhou|ningbo|shandong|jinan|qingdao|henan|zhengzhou|hubei|wuhan|hunan|changsha|sichuan|chengdu|shaanxi|xi'an|xian|shanxi|taiyuan|liaoning|shenyang|dalian|jilin|changchun|heilongjiang|harbin|inner mongolia|hohhot|anhui|hefei|fujian|fuzhou|xiamen|jiangxi|nanchang|guangxi|nanning|hainan|haikou|guizhou|guiyang|yunnan|kunming|gansu|lanzhou|qinghai|xining|ningxia|yinchuan|xinjiang|urumqi|tibet|xizang|lhasa|hong kong|macao|macau|taiwan)\b/;
export const OUTSIDE_ZH =
  /^(?:上海|重庆|广东|广州|深圳|江苏|南京|苏州|浙江|杭州|宁波|山东|济南|青岛|河南|郑州|湖北|武汉|湖南|长沙|四川|成都|陕西|西安|山西|太原|辽宁|沈阳|大连|吉林|长春|黑龙江|哈尔滨|内蒙古|呼和浩特|安徽|合肥|福建|福州|厦门|江西|南昌|广西|南宁|海南|海口|贵州|贵阳|云南|昆明|甘肃|兰州|青海|西宁|宁夏|银川|新疆|乌鲁木齐|西藏|拉萨|香港|澳门|台湾)/;

/**
 * What moves in a flow stated without a number, from the nouns of the predicate's clause. Order
 * matters: a "Zhongguancun science park" is a park before it is a set of firms. Schools and
 * hospitals of one package are two flows.
 */
const EN_KINDS: [import('../../flows/types').FlowKind, RegExp][] = [
  [
    'science_park',
    /\b(?:science (?:and technology )?(?:park|city)|sci-tech (?:park|city)|technology park|tech park|(?:science and )?innovation (?:center|centre|park|base|hub)|incubators?|zhongguancun)\b/
  ],
  // A park one place builds in another is a park the origin builds there (data/README.md kinds); built
  // together it stays a cooperation (INDUSTRIAL_PARK, extract.ts).
  ['science_park', /\bindustr(?:ial|y) parks?\b/],
  [
    'research',
    /\b(?:research (?:institutes?|centers?|centres?)|institutes?|r&d (?:centers?|centres?|bases?)|laborator(?:y|ies)|workstations?)\b/
  ],
  ['education', /\b(?:schools?|colleges?|universit(?:y|ies)|campus(?:es)?|kindergartens?|vocational|teachers)\b/],
  // A maker of medical equipment is a firm, not a health service.
  [
    'health',
    /\b(?:hospitals?|medical(?! (?:imaging|devices?|equipment|instruments?|supplies|consumables|materials|technology)\b)|clinics?|elderly[- ]care|health ?care)\b/
  ],
  [
    'relocation',
    /\b(?:headquarters?|head offices?|non-capital functions?|wholesale markets?|logistics (?:centers?|centres?|bases?|hubs?)|merchants|production lines?|assembly lines?|workshops)\b/
  ],
  ['talent', /\b(?:talents?|experts?|cadres)\b/],
  ['enterprises', /\b(?:enterprises?|companies|company|firms?|plants?|factor(?:y|ies))\b/],
  ['projects', /\bprojects?\b/]
];
const ZH_KINDS: [import('../../flows/types').FlowKind, RegExp][] = [
  ['science_park', /科技园|科技城|创新中心|科创中心|科创园|创新园|创新基地|中关村|孵化/],
  ['science_park', /产业园|工业园/],
  ['research', /研究院|研究所|实验室|工作站|科研机构|研发中心|研发基地/],
  ['education', /学校|分校|小学|中学|幼儿园|高校|大学|学院|院校|校区|办学|教师|师资/],
  ['health', /医院|医疗(?!器械|设备|装备|用品|耗材|影像|科技|机械)|诊疗|卫生院|养老|院区/],
  ['relocation', /总部|非首都功能|批发市场|物流基地|商户|生产线|分拨中心/],
  ['talent', /人才|专家/],
  ['enterprises', /企业|公司|工厂/],
  ['projects', /项目/]
];

/** Concrete two-way instances (data/README.md: a mechanism, an agreement, a zone), not intentions. */
const EN_RESEARCH_BODY = /\b(?:institutes?|laborator(?:y|ies)|labs?|research cent(?:er|re)s?)\b/;
const EN_SCHOOL_THINGS = /\b(?:schools?|colleges?|universit(?:y|ies)|campus(?:es)?|kindergartens?|vocational)\b/;
export const EN_CONCRETE =
  /\b(?:(?:has been|have been|is|are|became|become) (?:[a-z-]+(?:'s|’s) |our |the |a )(?:[a-z-]+ ){0,2}?partners?|mechanisms?|agreements?|alliances?|(?:demonstration|cooperation|economic) zones?|industr(?:ial|y) parks?|corridor|partnerships?|pairing|twinning|paired|twinned)\b/;
// A standing relation set up between two places (建立对口帮扶关系, 结成帮扶对子) is an instance, like an agreement.
export const ZH_CONCRETE =
  /机制|协议|联盟|示范区|合作区|经济区|产业园|走廊|结对|托管|对子|对口(?:帮扶|支援|协作|合作)|(?:帮扶|协作|合作|结对|友好)关系/;
/** Words of intention without an instance: "strengthen cooperation with…", 深化合作. */
export const EN_INTENT = /\b(?:strengthen|deepen|enhanc|expand|explor|improv|further|promot|intensif)\w*/;
export const ZH_INTENT = /加强|深化|强化|拓展|探索|进一步/;

// A headquarters or market is a relocation only when it moves; one set up is a firm's.
const MOVING = /转移|疏解|搬迁|迁|relocat|mov|transfer|shift/;

// People sent (teachers, doctors dispatched) are talent, whatever service they staff.
const SENDING_PEOPLE = /dispatch|^sen[dt]|^second|^assign|^deploy|^select|^organi[sz]|^pick|^cho|派|^组织/;
export const PEOPLE =
  /\b(?:teachers|doctors|nurses|experts|cadres|talents?|(?:medical )?staff|(?:medical|expert) teams?|personnel|officials|technicians|engineers|specialists|agronomists|physicians|volunteers|researchers|scientists|professionals)\b|教师|医生|医护|专家|干部|人才|技术人员|农技|骨干|工程师|志愿者|特派员|医疗队/;

/** A park named only as an industrial park (产业园): a park of one sender, not a joint service. */
export function onlyIndustrialPark(clause: string, lang: 'en' | 'zh'): boolean {
  const parks = (lang === 'zh' ? ZH_KINDS : EN_KINDS).filter(([k]) => k === 'science_park');
  return parks[1][1].test(clause) && !parks[0][1].test(clause);
}

// An industrial park is a flow's park only as the object of a verb that builds it ("built an
// industrial park in X", 在X建设产业园); a park a place already has (大厂的影视产业园, "X Industrial Park
// will host…", 产业园由…投资建设) moves nothing.
const BUILD_VERB = /^(?:buil|set|establish|open|设立|开设|新设|建成|新建|兴建|投建|建设|援建|捐建)/;
function builtPark(clause: string, lang: 'en' | 'zh', verb: string): boolean {
  if (!BUILD_VERB.test(verb)) return false;
  const park = (lang === 'zh' ? ZH_KINDS : EN_KINDS).filter(([k]) => k === 'science_park')[1][1];
  const at = clause.indexOf(verb);
  return at >= 0 && park.test(clause.slice(at + verb.length));
}

/** The kinds whose nouns a clause names, in the table's order (before any verb is considered). */
export function kindsNamed(clause: string, lang: 'en' | 'zh'): import('../../flows/types').FlowKind[] {
  // A loop, not filter + map + Set per clause; a kind already found skips its second regex.
  const out: import('../../flows/types').FlowKind[] = [];
  for (const [k, re] of lang === 'zh' ? ZH_KINDS : EN_KINDS) if (!out.includes(k) && re.test(clause)) out.push(k);
  return out;
}

export function bareKinds(
  clause: string,
  lang: 'en' | 'zh',
  verb = '',
  named: readonly import('../../flows/types').FlowKind[] = kindsNamed(clause, lang)
): import('../../flows/types').FlowKind[] {
  if (SENDING_PEOPLE.test(verb) && PEOPLE.test(clause)) return ['talent'];
  const found = named.filter(
    (k) =>
      (k !== 'relocation' || !verb || MOVING.test(verb) || /merchants|商户/.test(clause)) &&
      (k !== 'science_park' || !onlyIndustrialPark(clause, lang) || builtPark(clause, lang, verb))
  );
  // A medical institute or laboratory is research, not a hospital.
  if (lang === 'en' && found[0] === 'health' && EN_RESEARCH_BODY.test(clause) && !/\b(?:hospitals?|clinics?)\b/.test(clause))
    return ['research'];
  // Teachers sent beside a hospital opened are people (talent), not a school: the hospital's kind only.
  if (found.includes('education') && found.includes('health'))
    return EN_SCHOOL_THINGS.test(clause) || lang === 'zh' ? ['education', 'health'] : ['health'];
  return found.slice(0, 1);
}

export const EN_JOINT_WORDS =
  /\b(?:cooperat(?:e|es|ed|ing|ion)|agreements?|alliances?|mechanisms?|pair(?:s|ed|ing)?|twinn?(?:ed|ing)|partner(?:s|ed|ing)?)\b/g;
export const ZH_JOINT_WORDS = /建立|签署|签订|成立|结对|合作办学|合作|托管|对接/g;
