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
  EN_NOUN_THEN_COUNT.lastIndex = 0;
  for (let m = EN_NOUN_THEN_COUNT.exec(norm); m; m = EN_NOUN_THEN_COUNT.exec(norm)) {
    const raw = m[4];
    const value = Number(raw.replace(/,/g, ''));
    if (!raw.includes(',') && value >= 1900 && value <= 2100) continue;
    if (value === 0) continue;
    const offset = m.index + m[0].length - raw.length;
    if (figures.some((f) => f.offset <= offset && offset < f.end)) continue;
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
