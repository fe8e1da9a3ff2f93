import type { Lang } from '../lang';

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of the matching view, in order and covering it. A sentence ends at 。！？!?；; or a line
 * break, and in English at a full stop before a space that does not end a number.
 */
export function sentences(text: string, norm: string, lang: Lang): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    // The view folds line breaks to spaces; the text keeps them.
    let end = c === 0x3002 || c === 0x21 || c === 0x3f || c === 0x3b || text.charCodeAt(i) === 0x0a;
    if (!end && c === 0x2e && lang === 'en') {
      const next = norm.charCodeAt(i + 1);
      const prev = norm.charCodeAt(i - 1);
      end = (i + 1 >= norm.length || next === 0x20) && !(prev >= 0x30 && prev <= 0x39 && next !== 0x20);
    }
    if (end) {
      if (i + 1 > s) out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (s < norm.length) out.push({ start: s, end: norm.length });
  return out;
}

/** Start of the clause containing `at` (after the last , : ; in its sentence, which bounds it). */
export function clauseStart(norm: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = norm[i];
    if (c === ',' || c === ':' || c === ';' || c === '。') return i + 1;
  }
  return floor;
}

/** End of the clause containing `at`. */
export function clauseEnd(norm: string, at: number, ceil: number): number {
  for (let i = at; i < ceil; i++) {
    const c = norm[i];
    if (c === ',' || c === ':' || c === ';' || c === '。') return i;
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
