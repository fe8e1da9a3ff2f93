import type { Lang } from '../lang';
import type { Mention } from '../matcher';

/** Places named together ("Beijing and Tianjin", 京津, "Xiong'an, Chengde and Qinglong"): one side of a flow. */
export interface PlaceGroup {
  start: number;
  end: number;
  codes: string[];
  /** How many names the group joins (京津 is one name for two places; "Beijing and Hebei" two). */
  parts: number;
  /** The codes of each name, in the text's order (for "A and B … 18 and 13 respectively"). */
  members: string[][] | undefined;
}

// "Tongzhou, Wuqing and the three northern counties": an article after the last "and" still joins.
const EN_JOIN = /^(?:\s*(?:,|and(?: the)?|&|\/|-|or|as well as)\s*)+$/;
const ZH_JOIN = /^(?:[、和及,]|以及)*$/;
// The matcher absorbs the unit a place lies in ("Xicheng District of Beijing", 天津市西青区) into the
// inner mention, so the qualifier is left in the gap between two listed names: still a list.
const EN_OUTER_NAMES =
  '(?:beijing|tianjin|hebei|shijiazhuang|tangshan|qinhuangdao|handan|xingtai|baoding|zhangjiakou|chengde|cangzhou|langfang|hengshui)(?: city| province| municipality)?';
const EN_QUALIFIED_JOIN = new RegExp(
  `^(?:,?\\s+(?:of|in)\\s+${EN_OUTER_NAMES},?\\s+(?:and|&)\\s+|,?\\s+(?:and|&)\\s+${EN_OUTER_NAMES}(?:'s|’s)\\s+)$`
);
const ZH_QUALIFIED_JOIN =
  /^(?:[、和及,]|以及)(?:北京|天津|河北|石家庄|唐山|秦皇岛|邯郸|邢台|保定|张家口|承德|沧州|廊坊|衡水)[市省]?$/;

/**
 * Live mentions (the matcher has already dropped same-named units elsewhere, institutions and
 * blocks) → groups of places written together. A comma joins English names only in a list that
 * ends with "and" ("Xiong'an, Chengde and Wei County"), since a comma also separates clauses.
 */
export function placeGroups(mentions: readonly Mention[], norm: string, lang: Lang): PlaceGroup[] {
  const spans: PlaceGroup[] = [];
  for (const m of mentions) {
    const last = spans[spans.length - 1];
    if (last && last.start === m.start && last.end === m.end) {
      if (!last.codes.includes(m.code)) last.codes.push(m.code);
    } else spans.push({ start: m.start, end: m.end, codes: [m.code], parts: 1, members: undefined });
  }
  nestNamed(spans, norm, lang);
  const join = lang === 'zh' ? ZH_JOIN : EN_JOIN;
  const out: PlaceGroup[] = [];
  let i = 0;
  while (i < spans.length) {
    let j = i;
    let lastAnd = i;
    while (j + 1 < spans.length) {
      const gap = norm.slice(spans[j].end, spans[j + 1].start);
      const qualified = lang === 'zh' ? ZH_QUALIFIED_JOIN.test(gap) : gap.length < 40 && EN_QUALIFIED_JOIN.test(gap);
      if (!qualified && (gap.length > 16 || !join.test(gap))) break;
      // A dateline's dash ("HANDAN -- Wei County has…") ends the dateline; only a hyphen joins (Beijing-Tianjin).
      if (lang === 'en' && !qualified && /--|\s-|-\s/.test(gap)) break;
      // "A, and B" joins two clauses; only a list of three or more has a comma before its "and".
      if (lang === 'en' && j === i && gap.includes(',') && /\band\b/.test(gap)) break;
      // …and a list has one "and": "A and B, and C and D" are two lists.
      if (
        lang === 'en' &&
        lastAnd > i &&
        /\band\b/.test(gap) &&
        /\band\b/.test(norm.slice(spans[lastAnd - 1].end, spans[lastAnd].start))
      )
        break;
      j++;
      if (lang === 'zh' || gap.trim() !== ',') lastAnd = j;
    }
    // English: a trailing run joined by commas only is not a list.
    const stop = lang === 'en' ? lastAnd : j;
    const codes: string[] = [];
    for (let k = i; k <= stop; k++) for (const c of spans[k].codes) if (!codes.includes(c)) codes.push(c);
    const members = stop > i ? spans.slice(i, stop + 1).map((m) => m.codes) : undefined;
    out.push({ start: spans[i].start, end: spans[stop].end, codes, parts: stop - i + 1, members });
    i = stop + 1;
  }
  return out;
}

// A place named with the unit it lies in ("Tianjin's Beichen District", "Huanghua of Cangzhou",
// 沧州黄骅市, 天津市西青区) is the inner place alone: one side of a flow, never two.
const EN_NEST_OUTER_FIRST = /^(?:'s|’s)\s+$/;
// Wire copy: "Luanping County in north China's Hebei Province".
const EN_NEST_INNER_FIRST =
  /^,?\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|northern|southern|eastern|western)\s+)?(?:china(?:'s|’s)\s+)?$/;
const ZH_NEST = /^(?:的)?$/;

const inside = (inner: readonly string[], outer: readonly string[]) =>
  inner.every((c) => outer.some((o) => ancestorsOf(c).includes(o)));

function nestNamed(spans: PlaceGroup[], norm: string, lang: Lang): void {
  // One pass: a merged span stays current and may absorb the next one too (a splice per merge made
  // a long text quadratic).
  let kept = 0;
  for (let k = 1; k < spans.length; k++) {
    const a = spans[kept];
    const b = spans[k];
    const gap = norm.slice(a.end, b.start);
    const outerFirst = lang === 'zh' ? ZH_NEST.test(gap) : EN_NEST_OUTER_FIRST.test(gap);
    if (outerFirst && inside(b.codes, a.codes))
      spans[kept] = { start: a.start, end: b.end, codes: b.codes, parts: 1, members: undefined };
    else if (lang === 'en' && EN_NEST_INNER_FIRST.test(gap) && inside(a.codes, b.codes))
      spans[kept] = { start: a.start, end: b.end, codes: a.codes, parts: 1, members: undefined };
    else spans[++kept] = b;
  }
  if (spans.length) spans.length = kept + 1;
}

// Xiong'an New Area (133100) took three counties from Baoding: the one place where the code's
// digits do not give the parent.
const XIONGAN = new Set(['130629', '130632', '130638']);

/** Codes containing `code` (GB/T 2260: 2 digits province, 4 digits prefecture). */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  if (XIONGAN.has(code)) out.push('133100');
  const pref = code.slice(0, 4) + '00';
  const prov = code.slice(0, 2) + '0000';
  if (pref !== code && !out.includes(pref) && !XIONGAN.has(code)) out.push(pref);
  if (prov !== code) out.push(prov);
  return out;
}

/** Whether two sides share a place or one lies inside the other (a place's own spending in itself). */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y || ancestorsOf(x).includes(y) || ancestorsOf(y).includes(x)) return true;
  return false;
}
