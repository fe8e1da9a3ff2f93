import type { Lang } from '../domain';

/**
 * Every unit the ingest, the flows and the metrics use, named in both languages: English as
 * singular/plural (chosen by Intl.PluralRules), Chinese as the measure word written after the
 * number (47个项目, 951万千瓦) and as a bare name for headings (项目, 千瓦).
 */
interface UnitNames {
  one: string;
  other: string;
  /** Written right after the number in Chinese. */
  zh: string;
  /** The unit on its own, in Chinese (legend, table header). */
  zhName: string;
  /** No space between number and unit in English (%, km²). */
  tight?: boolean;
}

const U = (one: string, other: string, zh: string, zhName: string, tight = false): UnitNames => ({
  one,
  other,
  zh,
  zhName,
  tight
});

export const UNITS: Record<string, UnitNames> = {
  yuan: U('yuan', 'yuan', '元', '元'),
  usd: U('US dollar', 'US dollars', '美元', '美元'),
  percent: U('%', '%', '%', '%', true),
  km2: U('km²', 'km²', '平方公里', '平方公里'),
  m2: U('m²', 'm²', '平方米', '平方米'),
  km: U('km', 'km', '公里', '公里'),
  m: U('m', 'm', '米', '米'),
  mu: U('mu', 'mu', '亩', '亩'),
  kw: U('kW', 'kW', '千瓦', '千瓦'),
  t: U('tonne', 'tonnes', '吨', '吨'),
  projects: U('project', 'projects', '个项目', '项目'),
  enterprises: U('enterprise', 'enterprises', '家企业', '企业'),
  institutions: U('institution', 'institutions', '家机构', '机构'),
  institutes: U('institute', 'institutes', '家院所', '院所'),
  items: U('item', 'items', '项', '项'),
  service_items: U('service item', 'service items', '项服务事项', '服务事项'),
  beds: U('bed', 'beds', '张床位', '床位'),
  buildings: U('building', 'buildings', '栋建筑', '建筑'),
  communities: U('community', 'communities', '个社区', '社区'),
  species: U('species', 'species', '种', '物种'),
  vehicles: U('vehicle', 'vehicles', '辆', '车辆'),
  schools: U('school', 'schools', '所学校', '学校'),
  hospitals: U('hospital', 'hospitals', '家医院', '医院'),
  merchants: U('merchant', 'merchants', '家商户', '商户'),
  relics: U('relic', 'relics', '件文物', '文物'),
  people: U('person', 'people', '人', '人'),
  households: U('household', 'households', '户', '户'),
  firms: U('firm', 'firms', '家', '企业'),
  companies: U('company', 'companies', '家公司', '公司'),
  // Counted nouns the ingest keeps from articles (src/lib/ingest/units.ts), so a Chinese page
  // never reads "23 countries".
  universities: U('university', 'universities', '所高校', '高校'),
  kindergartens: U('kindergarten', 'kindergartens', '所幼儿园', '幼儿园'),
  students: U('student', 'students', '名学生', '学生'),
  teachers: U('teacher', 'teachers', '名教师', '教师'),
  doctors: U('doctor', 'doctors', '名医生', '医生'),
  experts: U('expert', 'experts', '名专家', '专家'),
  employees: U('employee', 'employees', '名员工', '员工'),
  talents: U('talent', 'talents', '名人才', '人才'),
  residents: U('resident', 'residents', '名居民', '居民'),
  visitors: U('visitor', 'visitors', '名游客', '游客'),
  tourists: U('tourist', 'tourists', '名游客', '游客'),
  visits: U('visit', 'visits', '人次', '人次'),
  jobs: U('job', 'jobs', '个岗位', '岗位'),
  seats: U('seat', 'seats', '个座位', '座位'),
  stores: U('store', 'stores', '家门店', '门店'),
  branches: U('branch', 'branches', '家分支机构', '分支机构'),
  classes: U('class', 'classes', '个班', '班级'),
  villages: U('village', 'villages', '个村', '村'),
  countries: U('country', 'countries', '个国家', '国家'),
  farms: U('farm', 'farms', '家农场', '农场'),
  cooperatives: U('cooperative', 'cooperatives', '家合作社', '合作社'),
  guesthouses: U('guesthouse', 'guesthouses', '家民宿', '民宿'),
  hotels: U('hotel', 'hotels', '家酒店', '酒店'),
  parks: U('park', 'parks', '个园区', '园区'),
  platforms: U('platform', 'platforms', '个平台', '平台'),
  laboratories: U('laboratory', 'laboratories', '个实验室', '实验室'),
  centres: U('centre', 'centres', '个中心', '中心'),
  studios: U('studio', 'studios', '个工作室', '工作室'),
  'scenic areas': U('scenic area', 'scenic areas', '个景区', '景区'),
  routes: U('route', 'routes', '条线路', '线路'),
  roads: U('road', 'roads', '条道路', '道路'),
  highways: U('highway', 'highways', '条公路', '公路'),
  bridges: U('bridge', 'bridges', '座桥梁', '桥梁'),
  berths: U('berth', 'berths', '个泊位', '泊位'),
  'parking spaces': U('parking space', 'parking spaces', '个车位', '车位'),
  'charging piles': U('charging pile', 'charging piles', '个充电桩', '充电桩'),
  'base stations': U('base station', 'base stations', '座基站', '基站'),
  servers: U('server', 'servers', '台服务器', '服务器'),
  elevators: U('elevator', 'elevators', '部电梯', '电梯'),
  containers: U('TEU', 'TEU', '标箱', '标箱'),
  orders: U('order', 'orders', '笔订单', '订单'),
  patents: U('patent', 'patents', '项专利', '专利'),
  events: U('event', 'events', '场活动', '活动'),
  delegations: U('delegation', 'delegations', '个考察团', '考察团'),
  funds: U('fund', 'funds', '支基金', '基金'),
  ha: U('ha', 'ha', '公顷', '公顷'),
  clinics: U('clinic', 'clinics', '家诊所', '诊所'),
  agreements: U('agreement', 'agreements', '份协议', '协议'),
  cases: U('case', 'cases', '箱', '箱'),
  graduates: U('graduate', 'graduates', '名毕业生', '毕业生'),
  workers: U('worker', 'workers', '名工人', '工人'),
  mentions: U('mention', 'mentions', '次', '提及次数'),
  articles: U('article', 'articles', '篇', '文章数'),
  regions: U('region', 'regions', '个地区', '地区'),
  flows: U('flow', 'flows', '条', '流向'),
  sources: U('source', 'sources', '个来源', '来源'),
  'mentions per article': U('mention per article', 'mentions per article', '次/篇', '每篇提及次数')
};

const plurals = new Map<Lang, Intl.PluralRules>();
function pluralRule(lang: Lang): Intl.PluralRules {
  let p = plurals.get(lang);
  if (!p) plurals.set(lang, (p = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-US')));
  return p;
}

/** Unknown units read as words, never as codes: "service_items" → "service items". */
const humane = (unit: string) => unit.replace(/_/g, ' ');

/**
 * Rates per area, as the metric catalogue names them ("projects per 1,000 km²"): the count's unit
 * over a denominator, each said in the reader's language. Chinese writes the denominator after a
 * slash behind a figure (12个项目/千平方公里) and as 每… before a name (每千平方公里项目).
 */
const PER: Record<string, { zh: string }> = { '1,000 km²': { zh: '千平方公里' } };
function rateOf(unit: string): { base: string; per: string; zh: string } | null {
  const m = UNITS[unit] ? null : /^(.+) per (.+)$/.exec(unit);
  const per = m ? PER[m[2]] : undefined;
  return m && per ? { base: m[1], per: m[2], zh: per.zh } : null;
}

/** The unit on its own, in the reader's language (legend subtitle, table header). */
export function unitLabel(unit: string, lang: Lang): string {
  const rate = rateOf(unit);
  if (rate) return lang === 'zh' ? `每${rate.zh}${unitLabel(rate.base, lang)}` : `${unitLabel(rate.base, lang)} per ${rate.per}`;
  const u = UNITS[unit];
  if (lang === 'zh') return u?.zhName ?? humane(unit);
  return u ? u.other : humane(unit);
}

/** `printed` (the formatted number) joined to its unit: "1 project", "2 projects", "47个项目". */
export function unitPhrase(printed: string, value: number, unit: string, lang: Lang): string {
  const rate = rateOf(unit);
  if (rate) {
    const counted = unitPhrase(printed, value, rate.base, lang);
    return lang === 'zh' ? `${counted}/${rate.zh}` : `${counted} per ${rate.per}`;
  }
  const u = UNITS[unit];
  // A noun kept as an English article wrote it has no Chinese form: it is at least set apart ("347 units").
  if (lang === 'zh')
    return u ? `${printed}${u.zh}` : /^[a-z]/i.test(unit) ? `${printed} ${humane(unit)}` : `${printed}${humane(unit)}`;
  if (!u) return `${printed} ${humane(unit)}`;
  // A compact figure ("1.2 million") is plural whatever its first digit.
  const form = /[a-z]/i.test(printed) ? 'other' : pluralRule(lang).select(value);
  const name = form === 'one' ? u.one : u.other;
  return u.tight ? `${printed}${name}` : `${printed} ${name}`;
}

/** "1 mention", "2 articles", "3个来源": a count of things, in the language's plural. */
export function countOf(n: number, unit: string, lang: Lang): string {
  const printed = Number.isFinite(n) ? new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US').format(n) : '—';
  return Number.isFinite(n) ? unitPhrase(printed, n, unit, lang) : printed;
}
