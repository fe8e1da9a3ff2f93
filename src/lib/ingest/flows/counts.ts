import type { FigureSpan } from '../figures';
import type { Lang } from '../lang';

// Machine-translated English keeps the Chinese order, noun before number ("newly settled the
// enterprises from Beijing 17", "undertook the supporting enterprises 33"); the figures pass reads
// numbers before their nouns. These are the counts of things that move, in that order only.
const EN_NOUN_THEN_COUNT =
  /\b(enterprises|companies|firms|projects)((?:\s+(?:from|of)\s+(?:the\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,2}?)?)\s+(more than\s+|over\s+|nearly\s+|about\s+)?(\d{1,3}(?:,\d{3})+|\d{1,4})\b(?![.,]\d)(?!\s*(?:%|percent|yuan|mu|km|square|billion|million|thousand|tons?|years?|months?|days?|m2|st|nd|rd|th)\b)/g;

/**
 * Counts written noun-first that no figure covers, as figure spans for the flow pass only
 * (they are not added to the article's figures). A four-digit number that reads as a year is none.
 */
export function nounFirstCounts(norm: string, lang: Lang, figures: readonly FigureSpan[]): FigureSpan[] {
  if (lang !== 'en') return [];
  const out: FigureSpan[] = [];
  // Where figures lie, marked once (on the first count), not a search of every figure per count.
  let covered: Uint8Array | null = null;
  EN_NOUN_THEN_COUNT.lastIndex = 0;
  for (let m = EN_NOUN_THEN_COUNT.exec(norm); m; m = EN_NOUN_THEN_COUNT.exec(norm)) {
    const raw = m[4];
    const value = Number(raw.replace(/,/g, ''));
    if (!raw.includes(',') && value >= 1900 && value <= 2100) continue;
    if (value === 0) continue;
    const offset = m.index + m[0].length - raw.length;
    if (!covered) {
      covered = new Uint8Array(norm.length);
      for (const f of figures) covered.fill(1, f.offset, f.end);
    }
    if (covered[offset]) continue;
    out.push({
      value,
      unit: m[1] === 'projects' ? 'projects' : 'enterprises',
      code: null,
      approx: !!m[3],
      flags: [],
      raw,
      offset,
      start: m.index,
      end: offset + raw.length
    });
  }
  return out;
}

// A statistics release lists its counts as labelled lines ("- Projects from Beijing signed: 186, of which
// from Beijing 121 and from Tianjin 65"): the label names what is counted, the bare numbers after the
// colon count it.
const EN_LABEL_LINE = /(?:^|\n)[ \t]*(?:[-•*·▪–—]\s*)?([a-z][^:\n]{2,90}?):[ \t]*(?=\d)/gi;
const EN_LABEL_NOUN = /\b(projects|enterprises|companies|firms|hospitals|schools|institutes)\b/;
const EN_BARE_NUMBER = /\d{1,3}(?:,\d{3})+|\d{1,4}(?![\d.,]\d)/g;
const LABEL_UNIT: Record<string, string> = {
  projects: 'projects',
  enterprises: 'enterprises',
  companies: 'enterprises',
  firms: 'enterprises',
  hospitals: 'hospitals',
  schools: 'schools',
  institutes: 'institutes'
};

/**
 * Counts of labelled lines that no figure covers: the first number after the colon and each "from X N"
 * part after it, in the label's unit. Flow pass only. Years and numbers with a unit of their own are none.
 */
export function labelCounts(text: string, norm: string, lang: Lang, figures: readonly FigureSpan[]): FigureSpan[] {
  if (lang !== 'en' || !norm.includes(':')) return [];
  const out: FigureSpan[] = [];
  EN_LABEL_LINE.lastIndex = 0;
  for (let m = EN_LABEL_LINE.exec(text); m; m = EN_LABEL_LINE.exec(text)) {
    const from = m.index + m[0].length;
    const label = norm.slice(from - m[0].length, from);
    const noun = EN_LABEL_NOUN.exec(label);
    if (!noun) continue;
    const eol = text.indexOf('\n', from);
    const line = norm.slice(from, eol < 0 ? norm.length : eol);
    EN_BARE_NUMBER.lastIndex = 0;
    for (let n = EN_BARE_NUMBER.exec(line); n; n = EN_BARE_NUMBER.exec(line)) {
      const offset = from + n.index;
      const end = offset + n[0].length;
      // The head number, or a part introduced by its sender ("from Tianjin 65").
      // …or in a breakdown in brackets ("96 (Beijing 70, Tianjin 26)").
      const lead = line.slice(Math.max(0, n.index - 44), n.index);
      if (n.index > 0 && !/\bfrom [a-z'’ -]{2,40}\s$/.test(lead) && !/\([^()]*[a-z]\s$/.test(lead)) continue;
      const value = Number(n[0].replace(/,/g, ''));
      if (value === 0 || (!n[0].includes(',') && value >= 1900 && value <= 2100)) continue;
      if (
        /^\s*(?:%|percent|yuan|mu|km|square|billion|million|thousand|tons?|years?|months?|days?)\b/.test(
          norm.slice(end, end + 12)
        )
      )
        continue;
      if (figures.some((f) => f.offset <= offset && offset < f.end)) continue;
      out.push({
        value,
        unit: LABEL_UNIT[noun[1]],
        code: null,
        approx: false,
        flags: [],
        raw: n[0],
        offset,
        start: offset,
        end
      });
    }
  }
  return out;
}
