import type { Lang } from '../domain';
import { UNIT_DECLS, type UnitDecl } from '../ingest/figures/unit-names';

/**
 * Every unit the ingest, the flows and the metrics use, named in both languages: English as
 * singular/plural (chosen by Intl.PluralRules), Chinese as the measure word written after the
 * number (47个项目, 951万千瓦) and as a bare name for headings (项目, 千瓦). Declared once with what
 * the ingest reads (src/lib/ingest/figures/unit-names.ts), so the two never drift apart.
 */
export const UNITS: Record<string, UnitDecl> = UNIT_DECLS;

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
