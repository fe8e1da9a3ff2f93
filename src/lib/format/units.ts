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
