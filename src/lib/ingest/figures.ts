import type { Lang } from './lang';
import type { Mention } from './matcher';

/** A quantity stated in an article. No words around it are kept, only the number as printed. */
export interface Figure {
  value: number;
  unit: string;
  /** The region the figure is about, or null when its sentence and paragraph name none. */
  code: string | null;
  /** "more than", "nearly", 余, 多, 超, 以上… */
  approx: boolean;
  /** Reasons to doubt the value as printed; the value itself is never corrected. */
  flags: string[];
  /** The digits as printed ("4,959", "278.7"), without scale words or units. */
  raw: string;
  /** UTF-16 offset of the number in the decoded text. */
  offset: number;
}

/** A figure with the extent of its whole phrase, for evidence snippets at run time. */
export interface FigureSpan extends Figure {
  start: number;
  end: number;
}

// Sticky (y) patterns are tried at a position in the text without slicing it.
const EN_SCALE = /\s*(hundred million|trillion|billion|million|thousand)\b/y;
const EN_SCALE_VALUE: Record<string, number> = { 'hundred million': 1e8, trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

const EN_UNITS: [RegExp, string][] = [
  [/\s*(?:%|percent\b|per cent\b)/y, 'percent'],
  [/\s*(?:yuan\b|rmb\b)/y, 'yuan'],
  [/\s*(?:us dollars\b|dollars\b|usd\b)/y, 'usd'],
  [/\s*(?:square kilomet(?:er|re)s?\b|sq\.? ?km\b|km2\b|km²)/y, 'km2'],
  [/\s*(?:square met(?:er|re)s?\b|sq\.? ?m\b|m2\b|m²)/y, 'm2'],
  [/\s*mu\b/y, 'mu'],
  [/\s*(?:kilomet(?:er|re)s?\b|km\b)/y, 'km'],
  [/\s*(?:kilowatts?\b|kw\b)/y, 'kw'],
  [/\s*(?:tons?\b|tonnes?\b)/y, 't']
];

// Counted things; up to five modifier words may stand between number and noun ("120 new
// cross-border logistics projects").
const EN_COUNT = /((?:\s+[a-z][a-z'-]*){0,5}?)\s+(projects?|enterprises?|companies|company|firms?|institutions?|institutes?|vehicles?|items?|species|buildings?|schools?|hospitals?|merchants?|beds?|services|service items|branches|cultural relics protection units|relics)\b/y;
const EN_COUNT_NORM: Record<string, string> = {
  project: 'projects', enterprise: 'enterprises', companies: 'enterprises', company: 'enterprises',
  firm: 'enterprises', firms: 'enterprises', institution: 'institutions', institute: 'institutions', institutes: 'institutions', vehicle: 'vehicles', item: 'items',
  building: 'buildings', school: 'schools', hospital: 'hospitals', merchant: 'merchants', bed: 'beds',
  services: 'items', 'service items': 'items', branches: 'branches',
  'cultural relics protection units': 'relics', relics: 'relics'
};
const EN_APPROX_BEFORE = /(?:more than|over|nearly|almost|about|around|approximately|close to|at least|exceeding|above|some|up to)\s+$/;

const ZH_SCALE: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['万', 1e4],
  ['千', 1e3]
];
const ZH_UNITS: [string, string][] = [
  ['%', 'percent'],
  ['元', 'yuan'],
  ['美元', 'usd'],
  ['平方公里', 'km2'],
  ['平方千米', 'km2'],
  ['平方米', 'm2'],
  ['亩', 'mu'],
  ['公里', 'km'],
  ['千瓦', 'kw'],
  ['吨', 't'],
  ['米', 'm']
];
const ZH_CLASSIFIERS: Record<string, string> = { 家: 'enterprises', 项: 'items', 个: 'items', 座: 'items', 张: 'items', 栋: 'buildings', 处: 'items' };
const ZH_NOUNS: [string, string][] = [
  ['床位', 'beds'],
  ['项目', 'projects'],
  ['企业', 'enterprises'],
  ['机构', 'institutions'],
  ['小区', 'communities'],
  ['楼宇', 'buildings']
];
const ZH_APPROX_BEFORE = /(?:近|约|超过|超|逾|突破)$/;
const ZH_APPROX_AFTER = /^(?:以上|左右|多)/;

const GROWTH_EN = /\b(?:growth|grew|grow|increase[ds]?|rise|rose|up by)\b/;
const GROWTH_ZH = /增长|增速|增幅|同比|提高|上升/;

function clauseBefore(norm: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && i > at - 120 && !',，;；。!?！？\n'.includes(norm[i])) i--;
  return norm.slice(i + 1, at);
}

interface Bounds {
  start: number;
  end: number;
}

function sentenceAround(norm: string, at: number, lang: Lang): Bounds {
  const isEnd = (i: number) => {
    const ch = norm[i];
    if ('。！？!?；\n'.includes(ch)) return true;
    return lang === 'en' && ch === '.' && (i + 1 >= norm.length || norm[i + 1] === ' ') && !/\d/.test(norm[i - 1] ?? '');
  };
  let s = at;
  while (s > 0 && !isEnd(s - 1)) s--;
  let e = at;
  while (e < norm.length && !isEnd(e)) e++;
  return { start: s, end: e };
}

function paragraphAround(text: string, at: number): Bounds {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return { start: s, end: e < 0 ? text.length : e };
}

/**
 * The region a figure is about, in order: a place right after it ("4,959 projects in Tianjin"); the
 * nearest place before it in its sentence ("Heping District has 76% of…"); the first place its
 * paragraph names before it; the first after it in its sentence, then paragraph; else null. Places inside a
 * figure phrase ("672 Beijing-Tianjin projects") say where things come from, not where the figure
 * belongs, and a group names no single unit, so neither is used.
 */
function attribute(fig: Bounds, usable: Mention[], text: string, norm: string, lang: Lang): string | null {
  // usable is sorted by start and its spans do not overlap: binary search for the first at/after fig.
  let lo = 0;
  let hi = usable.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (usable[mid].start < fig.end) lo = mid + 1;
    else hi = mid;
  }
  const after = usable[lo];
  if (after && after.start - fig.end <= 12 && /^\s+(?:in|of|at)\s+(?:the\s+)?$/.test(norm.slice(fig.end, after.start)))
    return after.code;
  const sent = sentenceAround(norm, fig.start, lang);
  const para = paragraphAround(text, fig.start);
  let b = lo - 1;
  while (b >= 0 && usable[b].end > fig.start) b--;
  const last = b >= 0 ? usable[b] : undefined;
  if (last && last.start >= sent.start) return last.code;
  // Beyond the sentence, the paragraph's topic: the first place it names.
  if (last && last.start >= para.start) {
    let f = b;
    while (f > 0 && usable[f - 1].start >= para.start) f--;
    return usable[f].code;
  }
  if (after && after.end <= sent.end) return after.code;
  if (after && after.end <= para.end) return after.code;
  return null;
}

function plausibility(value: number, unit: string, norm: string, at: number, lang: Lang): string[] {
  const f = { value, unit };
  const flags: string[] = [];
  if (f.unit === 'percent') {
    const clause = clauseBefore(norm, at);
    const growth = lang === 'zh' ? GROWTH_ZH.test(clause) : GROWTH_EN.test(clause);
    // A district's annual growth of 20% or more is almost always a lost decimal point (4.5 → 45).
    // "rose from 50.8% to 60.03%" states two levels, not a growth rate.
    const range = /from\s+(?:[\d.,]+\s*%?\s+to\s+)?$/.test(clause) || /^%?\s*to\s/.test(norm.slice(at, at + 20).replace(/^[\d.,]+/, ''));
    if (growth && !range && f.value >= 20) flags.push('implausible_growth');
    if (!growth && f.value > 100) flags.push('share_over_100');
  }
  if (f.value < 0 && f.unit !== 'percent') flags.push('negative');
  if (f.unit === 'yuan' && f.value >= 1e13) flags.push('implausible_magnitude');
  if ((f.unit === 'km2' && f.value > 250_000) || (f.unit === 'mu' && f.value > 400_000_000)) flags.push('larger_than_region');
  return flags;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Every quantity with a unit, in text order. `norm` is the matching view of `text` (view.ts). */
export function extractFigures(text: string, norm: string, lang: Lang, mentions: Mention[]): FigureSpan[] {
  const out: FigureSpan[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(norm); m; m = NUMBER.exec(norm)) {
    let raw = m[0].replace(/,+$/, '');
    const start = m.index;
    const prev = norm[start - 1] ?? ' ';
    // Part of a code or token (PM2.5, 5G, No.3, "3255" after a letter), not a quantity — unless
    // it is an amount of money that machine translation glued to the word before ("in place1.2 billion yuan").
    const gluedMoney = /^[\d,.]*\s+(?:hundred million|billion|million|trillion)\s+yuan\b/.test(norm.slice(start, start + 40));
    if (/[a-z_.]/.test(prev) && !(/[a-z]/.test(prev) && gluedMoney)) continue;
    if (raw.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) raw = raw.split(',')[0];
    let pos = start + raw.length;
    let value = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (prev === '-' && !/[\da-z]/.test(norm[start - 2] ?? ' ')) value = -value;
    let approx = false;
    let unit: string | null = null;

    if (lang === 'en' || /^\s*[a-z%]/.test(norm.slice(pos, pos + 2))) {
      EN_SCALE.lastIndex = pos;
      const sc = EN_SCALE.exec(norm);
      if (sc) (value *= EN_SCALE_VALUE[sc[1]]), (pos += sc[0].length);
      for (const [re, u] of EN_UNITS) {
        re.lastIndex = pos;
        const s = re.exec(norm);
        if (s) {
          unit = u;
          pos += s[0].length;
          break;
        }
      }
      if (!unit) {
        EN_COUNT.lastIndex = pos;
        const s = EN_COUNT.exec(norm);
        if (s && !/[.,;:]/.test(s[1]) && !raw.includes('.')) {
          unit = EN_COUNT_NORM[s[2]] ?? s[2];
          pos += s[0].length;
        }
      }
      if (unit) approx = EN_APPROX_BEFORE.test(norm.slice(Math.max(0, start - 30), start));
    }
    if (!unit) {
      pos = start + raw.length;
      value = (prev === '-' ? -1 : 1) * Number(raw.replace(/,/g, ''));
      if (norm[pos] === '余' || norm[pos] === '多') (approx = true), pos++;
      for (const [s, k] of ZH_SCALE)
        if (norm.startsWith(s, pos)) {
          value *= k;
          pos += s.length;
          break;
        }
      if (norm[pos] === '余' || norm[pos] === '多') (approx = true), pos++;
      for (const [s, u] of ZH_UNITS)
        if (norm.startsWith(s, pos)) {
          unit = u;
          pos += s.length;
          break;
        }
      if (!unit && ZH_CLASSIFIERS[norm[pos]]) {
        unit = ZH_CLASSIFIERS[norm[pos]];
        pos++;
        const around = norm.slice(Math.max(0, start - 8), start) + '|' + norm.slice(pos, pos + 8);
        const noun = ZH_NOUNS.find(([n]) => around.includes(n));
        if (noun) unit = noun[1];
      }
      if (!unit) continue;
    }
    if (lang === 'zh' && (ZH_APPROX_BEFORE.test(norm.slice(Math.max(0, start - 2), start)) || ZH_APPROX_AFTER.test(norm.slice(pos, pos + 2))))
      approx = true;
    // Round numbers in the thousands right before 年 are years, already skipped by having no unit.
    // One fixed object shape: spreads here made every later property access slow.
    const rounded = Number(value.toPrecision(15));
    out.push({
      value: rounded,
      unit,
      code: null,
      approx,
      flags: plausibility(rounded, unit, norm, start, lang),
      raw,
      offset: start,
      start: start - (value < 0 ? 1 : 0),
      end: pos
    });
    NUMBER.lastIndex = pos;
  }
  // Mentions and figures are both in text order: one sweep drops mentions inside figure phrases.
  const usable: Mention[] = [];
  let fi = 0;
  for (const m of mentions) {
    if (m.via === 'group') continue;
    while (fi < out.length && out[fi].end <= m.start) fi++;
    if (fi < out.length && out[fi].start < m.end && out[fi].end > m.start) continue;
    usable.push(m);
  }
  for (const f of out) f.code = attribute(f, usable, text, norm, lang);
  return out;
}
