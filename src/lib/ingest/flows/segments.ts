import type { Lang } from '../lang';

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of the matching view, in order and covering it. A sentence ends at 。！？!?；; or a line
 * break, and in English at a full stop before a space or the end (a decimal point has a digit
 * after it).
 */
export function sentences(text: string, norm: string, lang: Lang): Span[] {
  // Regex scans and indexOf run in native code; a loop over charCodeAt was the slowest part of
  // the flow extraction.
  const ends: number[] = [];
  // A full stop before a space ends a sentence (after a digit too: "reached 800,000. Next…"); at
  // the very end only after a non-digit. Written without a lookbehind on the common case, this
  // matches the same stops four times faster.
  const re = lang === 'en' ? /[。!?;]|\.(?= )|(?<!\d)\.$/g : /[。!?;]/g;
  for (let m = re.exec(norm); m; m = re.exec(norm)) ends.push(m.index + 1);
  // The view folds line breaks to spaces; the text keeps them.
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i + 1);
  const out: Span[] = [];
  let s = 0;
  let a = 0;
  let b = 0;
  while (a < ends.length || b < breaks.length) {
    const e = b >= breaks.length || (a < ends.length && ends[a] <= breaks[b]) ? ends[a++] : breaks[b++];
    if (e > s) out.push({ start: s, end: e });
    if (e > s) s = e;
  }
  if (s < norm.length) out.push({ start: s, end: norm.length });
  return out;
}

// "Yanqing District, Beijing": a comma before the unit a place lies in qualifies the name and
// ends no clause.
const QUALIFIER_COMMA =
  /,\s*(?:beijing|tianjin|hebei|shijiazhuang|tangshan|qinhuangdao|handan|xingtai|baoding|zhangjiakou|chengde|cangzhou|langfang|hengshui)(?: city| province| municipality)?\b(?!'s|’s| and\b)/y;
const UNIT_BEFORE = /(?:district|county|city|area|zone)$/;

function qualifierComma(norm: string, i: number): boolean {
  if (!UNIT_BEFORE.test(norm.slice(Math.max(0, i - 8), i))) return false;
  QUALIFIER_COMMA.lastIndex = i;
  return QUALIFIER_COMMA.test(norm);
}

// "Projects signed: 186": an English label's colon joins it to its number, one clause.
const LABEL_COLON = /[a-z]:\s*\d/y;
function labelColon(norm: string, i: number): boolean {
  LABEL_COLON.lastIndex = i - 1;
  return i > 0 && LABEL_COLON.test(norm);
}

/** Start of the clause containing `at` (after the last , : ; in its sentence, which bounds it). */
export function clauseStart(norm: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = norm[i];
    if ((c === ',' && !qualifierComma(norm, i)) || (c === ':' && !labelColon(norm, i)) || c === ';' || c === '。') return i + 1;
  }
  return floor;
}

/** End of the clause containing `at`. */
export function clauseEnd(norm: string, at: number, ceil: number): number {
  for (let i = at; i < ceil; i++) {
    const c = norm[i];
    if ((c === ',' && !qualifierComma(norm, i)) || (c === ':' && !labelColon(norm, i)) || c === ';' || c === '。') return i;
  }
  return ceil;
}

/** Index of the span containing `at` in sorted, non-overlapping spans (binary search), or -1. */
export function spanIndex(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else if (spans[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}
const LIST_ITEM = /^[ \t]*[-•*·▪]\s/;

/**
 * Start of the paragraph before the one starting at `start` (blank lines skipped); 0 at the top. A
 * list's items are one paragraph: the list's first item.
 */
export function paragraphBefore(text: string, start: number): number {
  let at = start;
  for (;;) {
    let e = at - 1;
    while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
    if (e <= 0) return 0;
    const p = text.lastIndexOf('\n', e - 1) + 1;
    if (!LIST_ITEM.test(text.slice(p, p + 4))) return p;
    at = p;
    // Go on over the list while the paragraph before is an item too.
    let e2 = p - 1;
    while (e2 > 0 && (text[e2 - 1] === '\n' || text[e2 - 1] === '\r')) e2--;
    const q = e2 > 0 ? text.lastIndexOf('\n', e2 - 1) + 1 : 0;
    if (e2 <= 0 || !LIST_ITEM.test(text.slice(q, q + 4))) return p;
  }
}
