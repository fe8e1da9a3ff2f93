/**
 * Numbers as articles write them: digits with scale words (`3.2万`, `1.5 billion`), Chinese numerals
 * (`一百二十`, `二十余`, `两`), and English number words (`twenty-one`, `two hundred`, `a dozen`).
 *
 * Every reader works at a position of a string without slicing it and returns where the number ends,
 * so callers scan a whole text in one pass. English readers expect lower-case input (the `norm` of
 * view.ts); Chinese readers take any text.
 *
 * Vague quantities (`数十`, `几百`, `hundreds of`, `dozens of`, `scores of`) are numbers without a
 * value: `value` is null and `approx` true. A caller that needs a value (a figure) skips them.
 * Lower bounds written as "N and some" (`十几`, `二十余`, `30多`) keep the round part and set
 * `approx`: `十几` → 10, like `十余`. A pair of adjacent digits (`三四家`, "three or four") keeps
 * the lower one and sets `approx`.
 */
export interface NumberRead {
  /** The value with scale words applied, or null for a vague quantity (数十, hundreds of). */
  value: number | null;
  /** Offset just past the number, its scale word and any 余/多/几 that qualify it. */
  end: number;
  /** The number as printed, without scale words after digits and without 余/多 ("3.2", "二十", "twenty-one"). */
  raw: string;
  /** Stated as a bound or approximately by the number itself (余, 多, 几, 三四, "dozens of"). */
  approx: boolean;
}

export type NumeralLang = 'en' | 'zh';

// ---------------------------------------------------------------------------------------------
// Chinese

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9
};
const ZH_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Characters that can start a Chinese numeral (for a scanning regex). */
export const ZH_NUMERAL_START = '零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億几数上';

const isZhNumeralChar = (c: string) => c in ZH_DIGIT || c in ZH_SMALL || c in ZH_BIG;

/** Scale words written after digits: 3.2万, 1.5亿, 5千万, 2万亿. Longest first. */
const ZH_SCALE_AFTER_DIGITS: [string, number][] = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3]
];

/** 余/多 (and 几 after a unit) after a number: "and some". */
function zhMore(s: string, i: number): number {
  return s[i] === '余' || s[i] === '多' ? i + 1 : i;
}

/**
 * A Chinese numeral at `i`: positional (一百二十, 三千五百万, 一万二, 两亿), digit by digit
 * (二〇二四), vague (数十, 几百, 上千 → value null), or with an "and some" (二十余, 十几 → approx).
 * Returns null when no numeral starts at `i`.
 */
export function readChineseNumeral(s: string, i = 0): NumberRead | null {
  const c0 = s[i];
  // Vague orders of magnitude: 数十, 数百万, 几十, 几千, 上百, 上千, 上万.
  if ((c0 === '数' || c0 === '几' || c0 === '上') && (s[i + 1] in ZH_SMALL || s[i + 1] in ZH_BIG)) {
    if (c0 === '上' && (s[i + 1] === '十' || s[i + 1] === '拾')) return null; // 上十 is not said
    let j = i + 2;
    while (j < s.length && (s[j] in ZH_SMALL || s[j] in ZH_BIG)) j++;
    j = zhMore(s, j);
    return { value: null, end: j, raw: s.slice(i, j), approx: true };
  }
  // 千亿元, 百万吨: a bare 百/千 before 万/亿 is one of it (规模突破千亿元 = 100 billion yuan).
  if ((c0 === '百' || c0 === '千') && s[i + 1] in ZH_BIG && !(s[i + 2] in ZH_DIGIT) && !isUnitChar(s[i + 2])) {
    const end = zhMore(s, i + 2);
    return { value: ZH_SMALL[c0] * ZH_BIG[s[i + 1]], end, raw: s.slice(i, i + 2), approx: end > i + 2 };
  }
  // 超千个, 逾百家, 近千名: after a bound word a bare 百/千 is one hundred / thousand (the bound sets approx).
  if ((c0 === '百' || c0 === '千') && /[超逾近破过]/.test(s[i - 1] ?? '') && !isZhNumeralChar(s[i + 1] ?? '')) {
    const end = zhMore(s, i + 1);
    return { value: ZH_SMALL[c0], end, raw: c0, approx: true };
  }
  // A numeral starts with a digit or 十. A bare 百/千/万 starts idioms, not counts (百家, 千家万户, 万家).
  if (!(c0 in ZH_DIGIT) && c0 !== '十' && c0 !== '拾') return null;

  let j = i;
  while (j < s.length && isZhNumeralChar(s[j])) j++;
  let hasUnit = false;
  for (let k = i; k < j; k++) if (!(s[k] in ZH_DIGIT)) hasUnit = true;
  let value: number;
  let approx = false;
  if (!hasUnit) {
    // Digit by digit (二〇二四), or two neighbours meaning "three or four" (三四家).
    // (One unit per character here: every numeral character is in the BMP.)
    const d0 = ZH_DIGIT[s[i]];
    if (j - i === 2 && ZH_DIGIT[s[i + 1]] === d0 + 1 && d0 > 0) {
      value = d0;
      approx = true;
    } else {
      value = 0;
      for (let k = i; k < j; k++) value = value * 10 + ZH_DIGIT[s[k]];
    }
  } else {
    let total = 0; // closed parts of 亿
    let wan = 0; // the count of 万 within the current 亿
    let section = 0; // below 万
    let digit = -1; // a digit not yet multiplied
    let place = 1; // the place a trailing digit stands for: 一百二 = 120, 三千五 = 3500, 一万五 = 15000
    let k = i;
    for (; k < j; k++) {
      const c = s[k];
      if (c in ZH_DIGIT) {
        // Two digits in a row end a positional numeral (十四五 is 十四 then 五), except after 零.
        if (digit >= 0 && s[k - 1] !== '零' && s[k - 1] !== '〇') break;
        digit = ZH_DIGIT[c];
      } else if (c in ZH_SMALL) {
        section += (digit < 0 ? 1 : digit) * ZH_SMALL[c];
        place = ZH_SMALL[c] / 10;
        digit = -1;
      } else {
        const part = section + Math.max(digit, 0) || (wan === 0 && total === 0 ? 1 : 0);
        if (ZH_BIG[c] === 1e4) wan = part;
        else {
          total = (total + wan * 1e4 + part) * 1e8;
          wan = 0;
        }
        section = 0;
        digit = -1;
        place = ZH_BIG[c] / 10;
      }
    }
    j = k;
    // A trailing digit right after 百/千/万/亿 stands for the next lower place; after 十 it is units.
    const prev = s[j - 2];
    if (digit > 0 && j - i >= 2 && isUnitChar(prev) && prev !== '十' && prev !== '拾') {
      section += digit * place;
      digit = -1;
    }
    value = total + wan * 1e4 + section + Math.max(digit, 0);
  }
  let end = j;
  const raw = s.slice(i, end);
  // 十几, 二十几, 一百几十: "and some" after a unit.
  if (s[end] === '几' && hasUnit) {
    end++;
    approx = true;
    if (s[end] in ZH_SMALL) end++;
  }
  const more = zhMore(s, end);
  if (more > end) ((approx = true), (end = more));
  // 二十余万, 十几万: a big unit after the "and some" scales the whole.
  if (approx && end > j && s[end] in ZH_BIG) {
    value *= ZH_BIG[s[end]];
    end++;
  }
  return { value, end, raw, approx };
}

const isUnitChar = (c: string) => c in ZH_SMALL || c in ZH_BIG;

// ---------------------------------------------------------------------------------------------
// English

const EN_ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD = /[a-z]+/y;
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

function wordAt(s: string, i: number): string | null {
  if (i > 0 && isLetter(s.charCodeAt(i - 1))) return null;
  WORD.lastIndex = i;
  const m = WORD.exec(s);
  return m ? m[0] : null;
}

/** Offset after spaces (and at most one hyphen or "and") between number words. */
function skipJoin(s: string, i: number, allowAnd: boolean): number {
  let j = i;
  while (s[j] === ' ') j++;
  if (s[j] === '-' && j === i) {
    j++;
    while (s[j] === ' ') j++;
    return j;
  }
  if (allowAnd && s.startsWith('and ', j)) return j + 4;
  return j;
}

// Vague: "hundreds of", "tens of thousands of", "dozens of", "scores of" (the "of" is part of the
// number, so the counted noun follows `end` as it does after digits).
const EN_VAGUE =
  /(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|hundreds|thousands|millions|billions|dozens|scores) of\b/y;
// Idioms with a value: "a dozen", "a score of", "half a dozen", "a hundred", "a thousand", "a million".
const EN_IDIOM = /(?:half a dozen|a dozen|a score of\b|a (?=(?:hundred|thousand|million|billion)\b))/y;

/**
 * English number words at `i` (lower-case text): "four", "twenty-one", "two hundred and five",
 * "fifteen thousand", "a dozen" (12), "a score of" (20), "a hundred", vague "hundreds of" (null).
 * `end` includes the "of" of "a score of" and "hundreds of".
 * Returns null unless a number word starts at `i` on a word boundary.
 */
export function readEnglishNumberWords(s: string, i = 0): NumberRead | null {
  if (i > 0 && isLetter(s.charCodeAt(i - 1))) return null;
  EN_VAGUE.lastIndex = i;
  const vague = EN_VAGUE.exec(s);
  if (vague) return { value: null, end: i + vague[0].length, raw: vague[0], approx: true };
  EN_IDIOM.lastIndex = i;
  const idiom = EN_IDIOM.exec(s);
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let end = i;
  if (idiom) {
    const t = idiom[0];
    if (t === 'a dozen') return { value: 12, end: i + t.length, raw: t, approx: false };
    if (t === 'half a dozen') return { value: 6, end: i + t.length, raw: t, approx: false };
    if (t === 'a score of') return { value: 20, end: i + t.length, raw: t, approx: false };
    // "a hundred", "a thousand": continue as if "one" was written.
    current = 1;
    j = i + t.length;
  }
  for (;;) {
    const w = wordAt(s, j);
    if (!w) break;
    const after = j + w.length;
    if (after < s.length && isLetter(s.charCodeAt(after))) break;
    if (w in EN_ONES || w in EN_TENS) {
      // Only a one after a ten ("twenty-one") or anything after a scale continues a number:
      // "two three" and "ten five" are two numbers.
      const tensThenOne = current % 10 === 0 && current % 100 >= 20 && w in EN_ONES && EN_ONES[w] > 0 && EN_ONES[w] < 10;
      if (any && current % 100 !== 0 && !tensThenOne) break;
      current += w in EN_ONES ? EN_ONES[w] : EN_TENS[w];
    } else if (w in EN_SCALES && (any || idiom)) {
      const sc = EN_SCALES[w];
      if (sc === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * sc;
        current = 0;
      }
    } else break;
    any = true;
    end = after;
    j = skipJoin(s, after, true);
    // "and" only joins a scale to what follows ("two hundred and five"); otherwise it ends the number.
    if (s.startsWith('and ', skipJoin(s, after, false)) && !(w in EN_SCALES)) break;
  }
  if (!any) return null;
  const raw = s.slice(i, end);
  return { value: total + current, end, raw, approx: false };
}

// ---------------------------------------------------------------------------------------------
// Digits

const DIGITS = /\d[\d,]*(?:\.\d+)?/y;
// "1.2 billion", and hyphenated before a unit: "a 90-million-yuan loan".
const EN_SCALE_AFTER = /(?:\s*|-)(hundred million|trillion|billion|million|thousand)\b/y;
const EN_SCALE_AFTER_VALUE: Record<string, number> = {
  'hundred million': 1e8,
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  thousand: 1e3
};

/**
 * Digits at `i` with thousands separators ("4,959"; a comma not grouping three digits ends the
 * number), and the scale word after them: English (`1.2 billion`) when `lang` is 'en' or a Latin word
 * follows, Chinese (`3.2万`, `1700余万`, `5千万`) otherwise.
 */
export function readDigits(s: string, i: number, lang: NumeralLang): NumberRead | null {
  DIGITS.lastIndex = i;
  const m = DIGITS.exec(s);
  if (!m) return null;
  let raw = m[0];
  const comma = raw.includes(',');
  if (comma) {
    raw = raw.replace(/,+$/, '');
    if (raw.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) raw = raw.split(',')[0];
  }
  let value = Number(comma ? raw.replace(/,/g, '') : raw);
  if (!Number.isFinite(value)) return null;
  let end = i + raw.length;
  let approx = false;
  const next = s.charCodeAt(end) === 0x20 ? s.charCodeAt(end + 1) : s.charCodeAt(end);
  const latinNext = next >= 0x61 && next <= 0x7a;
  EN_SCALE_AFTER.lastIndex = end;
  const en = (lang === 'en' || latinNext) && (latinNext || next === 0x20 || next === 0x2d) ? EN_SCALE_AFTER.exec(s) : null;
  if (en) {
    value *= EN_SCALE_AFTER_VALUE[en[1]];
    end += en[0].length;
  } else {
    // 余/多 may stand before the scale (1700余万) or after it (3万余).
    const before = zhMore(s, end);
    let k = before;
    for (const [w, x] of ZH_SCALE_AFTER_DIGITS)
      if (s.startsWith(w, before)) {
        value *= x;
        k = before + w.length;
        break;
      }
    if (k > before) {
      const after = zhMore(s, k);
      approx = before > end || after > k;
      end = after;
    } else if (before > end) {
      approx = true;
      end = before;
    }
  }
  return { value: end === i + raw.length ? value : round15(value), end, raw, approx };
}

/**
 * The number at `i`, however written: digits (with scale words), Chinese numerals, or English number
 * words. `s` should be lower-case for English (view.ts `norm`). Null when no number starts at `i`.
 */
export function parseNumberAt(s: string, i: number, lang: NumeralLang): NumberRead | null {
  const c = s.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return readDigits(s, i, lang);
  if (c >= 0x61 && c <= 0x7a) return readEnglishNumberWords(s, i);
  const zh = readChineseNumeral(s, i);
  if (!zh) return null;
  if (zh.value !== null) zh.value = round15(zh.value);
  return zh;
}

/** Number(x.toPrecision(15)), without the string round trip for integers it leaves unchanged (toPrecision was a hot spot). */
function round15(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 1e15 && !Object.is(x, -0) ? x : Number(x.toPrecision(15));
}
