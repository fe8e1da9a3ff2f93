import { createAttributor, type Place } from './attribution';
import { labelLineUnit } from './figures/label-line';
import type { Lang } from './lang';
import type { Mention } from './matcher';
import { parseNumberAt, readChineseNumeral, readDigits, type NumberRead } from './numerals';
import type { Hit } from './rules';
import {
  isListedEnglishUnit,
  nearestCountedNounBefore,
  peopleRoleBefore,
  readChineseUnit,
  readEnglishUnit,
  readEnglishUnitBefore
} from './units';

/** A quantity stated in an article. No words around it are kept, only the number as printed. */
export interface Figure {
  value: number;
  unit: string;
  /** The region the figure is about, or null when its sentence and paragraph name none. */
  code: string | null;
  /** Where the counted things came from, when the text says (引进北京项目62个 → ['110000']). Omitted when none. */
  from?: string[];
  /** "more than", "nearly", 余, 多, 超, 以上… */
  approx: boolean;
  /** Reasons to doubt the value as printed; the value itself is never corrected. */
  flags: string[];
  /** The number as printed ("4,959", "278.7", "二十", "twenty-one"), without scale words after digits or units. */
  raw: string;
  /** UTF-16 offset of the number in the decoded text. */
  offset: number;
}

/** A figure with the extent of its whole phrase, for evidence snippets at run time. */
export interface FigureSpan extends Figure {
  start: number;
  end: number;
}

const EN_APPROX_BEFORE =
  /(?:more than|over|nearly|almost|about|around|roughly|approximately|close to|at least|not less than|no less than|no fewer than|upwards of|in excess of|exceeding|exceeded|exceed|exceeds|above|some|up to|under|less than|fewer than)\s+$/;
const ZH_APPROX_BEFORE = /(?:近|约|大约|将近|接近|超过|超|逾|突破|不少于|不低于|至少|多达|上)$/;
const ZH_APPROX_AFTER = /^(?:以上|左右|多|上下|余)/;

const INVESTMENT_EN =
  /^[\s,;]*(?:and\s+)?(?:with\s+|bringing\s+|involving\s+)?(?:a\s+|the\s+|their\s+|its\s+)?(?:total\s+|combined\s+|planned\s+|pledged\s+|contracted\s+|agreed\s+)?(?:investment|capital|funds|funding)(?:\s+amount)?(?:\s+of)?(?:\s+(?:reached|reaching|was|is|of|amounted to|amounting to|totalled|totaled|totaling|totalling|hit|stood at))?\s+(?:(?:more than|about|nearly|over|around|roughly|some|close to)\s+)?$/;
const INVESTMENT_ZH = /^[，,、]?(?:计划|协议|累计|合计)?总?投资(?:额|总额)?(?:约|达到?|超过?|逾|近|共|为)*$/;

const GROWTH_EN = /\b(?:growth|grew|grow|increase[ds]?|rise|rose|up by)\b/;
const GROWTH_ZH = /增长|增速|增幅|同比|提高|上升/;

// , ， ; ； 。 ! ? ！ ？ and a line break, by code unit: a string search per character was the loop's cost.
const isClauseEnd = (c: number) =>
  c === 0x2c ||
  c === 0xff0c ||
  c === 0x3b ||
  c === 0xff1b ||
  c === 0x3002 ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0xff01 ||
  c === 0xff1f ||
  c === 0x0a;
function clauseBefore(norm: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && i > at - 120 && !isClauseEnd(norm.charCodeAt(i))) i--;
  return norm.slice(i + 1, at);
}

function plausibility(value: number, unit: string, norm: string, at: number, lang: Lang): string[] {
  const f = { value, unit };
  const flags: string[] = [];
  if (f.unit === 'percent') {
    const clause = clauseBefore(norm, at);
    const growth = lang === 'zh' ? GROWTH_ZH.test(clause) : GROWTH_EN.test(clause);
    // A district's annual growth of 20% or more is almost always a lost decimal point (4.5 → 45).
    // "rose from 50.8% to 60.03%" states two levels, not a growth rate.
    const range =
      /from\s+(?:[\d.,]+\s*%?\s+to\s+)?$/.test(clause) || /^%?\s*to\s/.test(norm.slice(at, at + 20).replace(/^[\d.,]+/, ''));
    if (growth && !range && f.value >= 20) flags.push('implausible_growth');
    if (!growth && f.value > 100) flags.push('share_over_100');
  }
  if (f.value < 0 && f.unit !== 'percent') flags.push('negative');
  if (f.unit === 'yuan' && f.value >= 1e13) flags.push('implausible_magnitude');
  if ((f.unit === 'km2' && f.value > 250_000) || (f.unit === 'mu' && f.value > 400_000_000)) flags.push('larger_than_region');
  return flags;
}

// Where a number may start: digits always; Chinese numerals (and 百分之) in Chinese; number words in English.
const START_ZH = /\d|百分之|[零〇一二两三四五六七八九十数几上]|[百千](?=[万亿])|(?<=[超逾近破过])[百千](?![万亿])/g;
const START_EN =
  /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a (?:dozen|score|hundred|thousand|million|billion)|half a dozen|hundreds|thousands|millions|billions|dozens|scores|tens)\b/g;

const QUOTE = /["“”‘’'「」《》]/;
function isSloganOrSet(text: string, norm: string, start: number, end: number): boolean {
  if (QUOTE.test(text[start - 1] ?? '') || QUOTE.test(text[end] ?? '')) return true;
  if (/\b(?:the|these|those|its|their|our|his|her)\s+$/.test(norm.slice(Math.max(0, start - 8), start))) return true;
  const c = text.charCodeAt(start);
  if (c >= 0x41 && c <= 0x5a) {
    const before = text.slice(Math.max(0, start - 4), start).trimEnd();
    return before.length > 0 && !/[.!?"“”\n:]$/.test(before);
  }
  return false;
}

// 一 and "one" alone are mostly articles ("一家企业", "one of the"); 零 alone is a word part (零部件).
const isBareOne = (r: NumberRead) =>
  (r.value === 1 && (r.raw === '一' || r.raw === 'one')) || (r.value === 0 && r.raw.length === 1 && !/\d/.test(r.raw));

/** Places as attribution sees them: mentions (groups merged per span), places not of the region, "the capital". */
function placesFor(norm: string, lang: Lang, mentions: Mention[], hits: Hit[] | undefined): Place[] {
  const places: Place[] = [];
  for (const m of mentions) {
    const last = places[places.length - 1];
    if (m.via === 'group' && last && last.group && last.start === m.start && last.end === m.end) last.codes.push(m.code);
    else places.push({ start: m.start, end: m.end, codes: [m.code], group: m.via === 'group' });
  }
  // A name the matcher found but judged not the region's (a same-named unit elsewhere, a place
  // qualified by an out-of-region city) still names the subject of its sentence: it blocks, with no code.
  if (hits)
    for (const h of hits)
      if (h.dropped && /outside|elsewhere|region|foreign/i.test(h.dropped))
        places.push({ start: h.start, end: h.end, codes: [], group: false });
  const capital = lang === 'en' ? /\bthe capital\b/g : /(?<!非)首都/g;
  for (let m = capital.exec(norm); m; m = capital.exec(norm))
    places.push({ start: m.index, end: m.index + m[0].length, codes: ['110000'], group: false });
  places.sort((a, b) => a.start - b.start || a.end - b.end);
  return places;
}

/**
 * Every quantity with a unit, in text order. `norm` is the matching view of `text` (view.ts);
 * `hits` (MatchResult.hits), when given, lets places judged not the region's block attribution.
 */
export function extractFigures(text: string, norm: string, lang: Lang, mentions: Mention[], hits?: Hit[]): FigureSpan[] {
  const out: FigureSpan[] = [];
  const phraseStarts: number[] = [];
  const counted: boolean[] = [];
  const continued: number[] = [];
  // Numbers inside place names (三河市, 二七) are not quantities: one pointer over the sorted mentions.
  let mi = 0;
  const START = lang === 'zh' ? START_ZH : START_EN;
  START.lastIndex = 0;
  for (let m = START.exec(norm); m; m = START.exec(norm)) {
    const start = m.index;
    while (mi < mentions.length && mentions[mi].end <= start) mi++;
    if (mi < mentions.length && mentions[mi].start <= start) {
      START.lastIndex = mentions[mi].end;
      continue;
    }
    const prev = norm[start - 1] ?? ' ';
    const isDigit = m[0].charCodeAt(0) <= 0x39;
    let percentWord = false;
    let r: NumberRead | null;
    if (m[0] === '百分之') {
      r = readChineseNumeral(norm, start + 3) ?? readDigits(norm, start + 3, 'zh');
      percentWord = true;
    } else r = parseNumberAt(norm, start, lang);
    if (!r) continue;
    START.lastIndex = Math.max(r.end, start + 1);
    if (r.value === null || isBareOne(r)) continue;
    if (isDigit) {
      // Part of a code or token (PM2.5, 5G, No.3, "3255" after a letter), not a quantity — unless
      // it is an amount of money that machine translation glued to the word before ("in place1.2 billion yuan").
      const gluedMoney = () =>
        /^[\d,.]*\s+(?:hundred million|billion|million|trillion)\s+yuan\b/.test(norm.slice(start, start + 40));
      if (/[a-z_.]/.test(prev) && !(/[a-z]/.test(prev) && gluedMoney())) continue;
      // Clock times and dates: 14:00, 2023-03-15.
      if ((prev === ':' || prev === '-') && /\d/.test(norm[start - 2] ?? '')) continue;
    } else if (lang === 'zh' && /[零〇一二两三四五六七八九十百千万亿]/.test(prev)) continue;
    // Ordinals: 第500个, 第三家.
    if (prev === '第') continue;
    const negative = isDigit && prev === '-' && !/[\da-z]/.test(norm[start - 2] ?? ' ');
    let value = r.value * (negative ? -1 : 1);
    let approx = r.approx;
    let unit: string | null = null;
    let pos = r.end;
    let phraseStart = start;
    // The figure this one continues ("and a further six", 总投资 after a count): its region when its own clause names none.
    let continues = -1;
    if (percentWord) unit = 'percent';
    else if (lang === 'en' || (isDigit && /^\s*[a-z%]/.test(norm.slice(r.end, r.end + 2)))) {
      // "two sides" is no figure; "fifteen quarries", "seven stations" are, whatever the noun.
      let u =
        readEnglishUnit(norm, r.end, !isDigit && r.value < 3) ??
        (isDigit
          ? (labelLineUnit(text, norm, start, r.end) ?? readEnglishUnitBefore(norm, start, r.end))
          : numberWordAfterNoun(norm, start, r.end, r.value));
      // "the projects 6 and 4": the second number of a pair counts what the first did.
      const before = out[out.length - 1];
      if (!u && before && /^\s+(?:and|or)\s+$/.test(norm.slice(before.offset + before.raw.length, start)))
        u = { unit: before.unit, end: r.end };
      // "18 and 9 projects", "6 or 7 stores": the first number counts the noun of the second.
      if (!u) {
        const and = /^\s+(?:and|or)\s+/.exec(norm.slice(r.end, r.end + 6));
        const second = and ? parseNumberAt(norm, r.end + and[0].length, lang) : null;
        if (second && second.value !== null) {
          // "took 9 and 7 of the projects": the pair counts the whole's noun.
          const ofThe = /^\s+of\s+(?:the|these|those)(?=\s)/.exec(norm.slice(second.end, second.end + 12));
          const u2 = readEnglishUnit(
            norm,
            second.end + (ofThe ? ofThe[0].length : 0),
            !/\d/.test(second.raw) && second.value < 3
          );
          if (u2 && isListedEnglishUnit(u2.unit)) u = { unit: u2.unit, end: r.end };
        }
      }
      // A number word before a noun of no listed kind counts only as a plain count: not a slogan in quotes
      // ("four consciousnesses"), a set already named ("the three areas of …"), or a capitalised name ("Five avenues").
      if (u && !isDigit && !isListedEnglishUnit(u.unit) && isSloganOrSet(text, norm, start, u.end)) continue;
      if (u) {
        unit = u.unit;
        pos = u.end;
        if (u.phraseStart !== undefined) phraseStart = u.phraseStart;
        // "the famous teachers of Beijing 26 persons": a generic count of people counts the role named.
        if (unit === 'people' && /^\s+person/.test(norm.slice(r.end, r.end + 8))) {
          const role = peopleRoleBefore(norm, start);
          // The place inside the phrase ("of Fengtai") says where they came from, not where they are.
          if (role) ((unit = role.unit), (phraseStart = Math.min(phraseStart, role.at)));
        }
      }
      // "58 firms came in: 41 from Beijing and 17 from Tianjin", "Wuqiao undertook 5, Dongguang 4
      // respectively", "up from 385 the year before": a bare count in a part, a respectively-list or
      // a comparison counts what the figure just before counted.
      // ("Of these, 11 came from Beijing; nine have started construction and four are in operation":
      // number words too.)
      // ("signed 46 projects …, up 15 percent. 29 were from Beijing": past a measure to the count.)
      if (!unit && (isDigit || r.value >= 2)) unit = ellipticalUnit(text, norm, start, r.end, lastCounted(out, start));
      // "…; another 8 were paired with Longhua County": a further count continues the one before.
      if (
        unit &&
        /\b(?:a further|another|an additional|the other|the remaining)\s+$/.test(norm.slice(Math.max(0, start - 16), start))
      )
        continues = out.length - 1;
      // "nine of them", "a further six": the count of things just counted takes their unit.
      if (!unit) {
        const of = /^\s+of (?:them|these|those|which|whom)\b/.exec(norm.slice(r.end, r.end + 16));
        // "Among them, nine settled in Funing", "of which 22": a part of the things just counted.
        // "Of the 23 projects, 14 came from …": a count after the whole it is part of.
        const among =
          !of &&
          (/\b(?:among them|among which|of them|of which|of these|including)\s*,?\s*$/.test(
            norm.slice(Math.max(0, start - 20), start)
          ) ||
            PART_OF_WHOLE_EN.test(norm.slice(Math.max(0, start - 60), start)) ||
            PART_OF_NAMED_EN.test(norm.slice(Math.max(0, start - 60), start)));
        const further =
          !of &&
          !among &&
          /\b(?:a further|another|an additional|the other|the remaining)\s+$/.test(norm.slice(Math.max(0, start - 16), start));
        // "nine of the 23 firms": the part counts what the whole counts.
        const ofThe = !of && /^\s+of\s+(?:the|these|those|its|their|our|your)\s+/.exec(norm.slice(r.end, r.end + 20));
        if (ofThe) {
          let at = r.end + ofThe[0].length;
          const whole = parseNumberAt(norm, at, lang);
          // The unit reader starts at the space before its noun ("nine of the firms").
          at = whole && whole.value !== null ? whole.end : at - 1;
          const u2 = readEnglishUnit(norm, at, false);
          if (u2 && isListedEnglishUnit(u2.unit)) unit = u2.unit;
        }
        const last = out[out.length - 1];
        // "… put 2.6 billion yuan into new berths, and four of them will open": the plural noun that ends
        // the clause just before "N of them" is what they are, listed or not.
        const lastFig = out[out.length - 1];
        if (!unit && of && (!lastFig || MEASURES.has(lastFig.unit) || start - lastFig.end > 300)) {
          const coord = COORDINATED_PLURAL.exec(norm.slice(Math.max(0, start - 60), start));
          const u2 = coord ? readEnglishUnit(norm, start - coord[0].length - 1, false) : null;
          if (u2) ((unit = u2.unit), (pos = r.end + of[0].length));
        }
        if (!unit && (of || further || among)) {
          // "them" is the plural noun just written ("signed up firms. Seven of them…"), else the
          // things the figure before counted.
          // (Past the money of the count: "signed 58 projects …, with a total value of 31 billion yuan. Of these, 34 …")
          const countedFig = lastCounted(out, start) ?? last;
          const near = countedFig && !MEASURES.has(countedFig.unit) && start - countedFig.end <= 300;
          // ("Cangzhou signed 58 projects with Beijing firms. Of these, 34 …": the things counted just
          // before, not a noun of that figure's own sentence; a noun written after that sentence wins.)
          const after = near ? sentenceAfter(norm, countedFig.end, start) : -1;
          unit = nearestCountedNounBefore(norm, after >= 0 ? after : Math.max(0, start - 240), start);
          if (!unit && near && after >= 0 && PART_OF_NAMED_EN.test(norm.slice(Math.max(0, start - 60), start)))
            unit = nearestCountedNounBefore(norm, Math.max(0, start - 60), start);
          if (!unit && near) unit = countedFig.unit;
          if (further && near && last === countedFig && last.unit === unit) continues = out.length - 1;
          if (unit && of) pos = r.end + of[0].length;
        }
      }
      if (unit)
        approx ||=
          EN_APPROX_BEFORE.test(norm.slice(Math.max(0, start - 30), start)) ||
          /^\s+(?:or more|and more|and above|or so)\b/.test(norm.slice(pos, pos + 14));
    }
    if (!unit && (lang === 'zh' || isDigit)) {
      // Reread digits the Chinese way: an English-looking number may carry 万/亿 ("3.2万").
      if (isDigit && lang === 'en') {
        const z = readDigits(norm, start, 'zh');
        if (z && z.value !== null) ((value = z.value * (negative ? -1 : 1)), (pos = z.end), (approx = z.approx));
      }
      if (norm[pos] === '成' && value <= 10) {
        // 四成 = 40 %.
        unit = 'percent';
        value *= 10;
        pos++;
      } else {
        // 三河市签约项目57个，大厂回族自治县49个: a count right after a place (a list member) counts
        // what the list counted.
        const afterPlace = mi > 0 && mentions[mi - 1].end === start;
        const u = readChineseUnit(norm, start, pos, !isDigit, afterPlace);
        if (u) {
          unit = u.unit;
          pos = u.end;
          if (u.phraseStart !== undefined) phraseStart = u.phraseStart;
        }
      }
      // 签约北京项目12个和9个: the second count of a pair counts what the first did.
      const prevFig = out[out.length - 1];
      if (
        unit &&
        prevFig &&
        lang === 'zh' &&
        /^(?:和|及|与|、|或)$/.test(norm.slice(prevFig.end, start)) &&
        norm[prevFig.end - 1] === norm[pos - 1] &&
        ZH_GENERIC_UNIT.has(unit)
      )
        unit = prevFig.unit;
      if (!unit) continue;
      if (ZH_APPROX_BEFORE.test(norm.slice(Math.max(0, start - 3), start)) || ZH_APPROX_AFTER.test(norm.slice(pos, pos + 2)))
        approx = true;
    }
    if (!unit) continue;
    // "…26 enterprises, total investment 7.8 billion yuan", 引进项目12个，总投资9.8亿元: the money of the count before.
    const last = out[out.length - 1];
    if (continues < 0 && unit === 'yuan' && last && !MEASURES.has(last.unit) && start - last.end <= 60) {
      // The money opens the clause right after the count's ("11家企业到黄骅市投资建厂，总投资约34亿元").
      const gap = norm.slice(last.end, start);
      const cut = Math.max(gap.lastIndexOf(','), gap.lastIndexOf('，'));
      const lastClause = cut < 0 ? gap : gap.slice(cut);
      if (!/[。.!?;；]/.test(gap) && (lang === 'zh' ? INVESTMENT_ZH : INVESTMENT_EN).test(lastClause)) continues = out.length - 1;
    }
    // One fixed object shape: spreads here made every later property access slow.
    // Rounding to 15 digits only changes values that are not small integers (toPrecision per figure was a hot spot).
    const rounded =
      Number.isInteger(value) && Math.abs(value) < 1e15 && !Object.is(value, -0) ? value : Number(value.toPrecision(15));
    out.push({
      value: rounded,
      unit,
      code: null,
      from: undefined,
      approx,
      flags: plausibility(rounded, unit, norm, start, lang),
      raw: r.raw,
      offset: start,
      start: start - (negative ? 1 : 0),
      end: pos
    });
    phraseStarts.push(phraseStart);
    continued.push(continues);
    counted.push(!MEASURES.has(unit));
    START.lastIndex = Math.max(START.lastIndex, pos);
  }
  if (!out.length) return out;
  const places = placesFor(norm, lang, mentions, hits);
  // Institutions named after a place (唐山港集团, "Bank of Tianjin"): a sentence about one is not the title's unit's.
  const institutions = hits
    ? hits
        .filter((h) => h.dropped === 'institution')
        .map((h) => h.start)
        .sort((x, y) => x - y)
    : [];
  const attribute = createAttributor(text, norm, lang, places, institutions);
  const ownClause: boolean[] = [];
  out.forEach((f, i) => {
    const a = attribute({ start: f.offset, end: f.end, phraseStart: Math.min(phraseStarts[i], f.offset), counted: counted[i] });
    // A continuation whose own clause names no place is about the place of the figure it continues.
    f.code = continued[i] >= 0 && a.how !== 'clause' ? out[continued[i]].code : a.code;
    ownClause[i] = a.how === 'clause';
    if (a.from.length) f.from = a.from;
  });
  // "18 and 9 projects … respectively", 分别…12个和9个: a run of counts of one unit, one per listed place.
  const settled = new Set<number>();
  for (let i = 0; i < out.length;) {
    let j = i;
    while (j + 1 < out.length && out[j + 1].unit === out[i].unit && PAIR_GAP.test(norm.slice(out[j].end, out[j + 1].start))) j++;
    if (j > i) {
      const codes = attribute.respectively(out[i].offset, out[j].end, j - i + 1);
      if (codes) for (let k = i; k <= j; k++) ((out[k].code = codes[k - i]), settled.add(k));
    }
    i = j + 1;
  }
  settleParts(out, norm, lang, places, counted, settled, ownClause);
  return out;
}

// 天津项目26个，分别来自河西区11个、武清区8个: the senders' shares are parts too.
const PART_CUE_ZH = /其中|分别来自/;
// A part moved on: 21家迁往…, 5家搬迁至….
const ZH_PART_MOVED = /^[^，。；,;]{0,2}?(?:迁往|迁至|迁到|迁入|转移至|转移到|搬迁至|搬迁到|搬到|搬至)/;
// "Of the Beijing projects, eight …": the whole named by its noun without a number.
const PART_OF_NAMED_EN = /\bof\s+(?:the|these|those)\s+(?:[a-z-]+\s+){0,3}?[a-z]+s\s*,\s*$/;

/**
 * Where the sentence after the one holding `from` starts, if it starts before `to`; else -1 (the
 * same sentence, or more than one sentence end between).
 */
function sentenceAfter(norm: string, from: number, to: number): number {
  const gap = norm.slice(from, to);
  const m = /[.!?](?=\s)/.exec(gap);
  if (!m) return -1;
  return from + m.index + 1;
}
// "Of the 23 projects, 14 …", "Of these 40 firms, six …": the whole, counted, opens the sentence of its parts.
const PART_OF_WHOLE_EN = /\bof\s+(?:the|these|those|its|their|our|this year's|last year's)\s+[\d,.]+(?:\s+[a-z-]+){1,3}\s*,\s*$/;
const PART_CUE_EN = /\b(?:of which|among which|among them|among these|of them|of these|of those|including)\b|^[^.;]*?:\s/;
const PART_CUE_ZH_G = new RegExp(PART_CUE_ZH.source, 'g');
const PART_CUE_EN_G = new RegExp(PART_CUE_EN.source, 'g');
const SENTENCE_END_G = /[。!?]|\.(?=\s)/g;

/** Whether region `c` lies inside region `whole` (a province's, a prefecture's units, or itself). */
function within(c: string, whole: string): boolean {
  if (whole.endsWith('0000')) return c.slice(0, 2) === whole.slice(0, 2);
  if (whole.endsWith('00')) return c.slice(0, 4) === whole.slice(0, 4);
  return c === whole;
}

/**
 * Parts of a total ("58 firms came in: 41 from Beijing and 17 from Tianjin", 其中固安县31家、北京132家,
 * "Twelve of them are from Daxing District") divide the total's things. A part named by a place
 * inside the total's region is that place's; one named by a place outside it (or by none) is the
 * total's, and the outside place is where its things came from.
 */
function settleParts(
  out: FigureSpan[],
  norm: string,
  lang: Lang,
  places: Place[],
  counted: boolean[],
  settled: Set<number>,
  ownClause: boolean[]
) {
  const totalOf = new Int32Array(out.length).fill(-1);
  const cue = lang === 'zh' ? PART_CUE_ZH : PART_CUE_EN;
  for (let i = 1; i < out.length; i++) {
    if (!counted[i]) continue;
    for (let j = i - 1; j >= 0 && out[j].end >= out[i].start - 240; j--) {
      if (out[j].unit !== out[i].unit) continue;
      const gap = norm.slice(out[j].end, out[i].start);
      if (/\n/.test(gap)) break;
      // The part's cue stands in its own sentence, at most one sentence after the total.
      // Counted up to two (more stops the walk like two), without an array of matches per pair.
      let ends = 0;
      let lastEnd = -1;
      SENTENCE_END_G.lastIndex = 0;
      for (let m = SENTENCE_END_G.exec(gap); m && ends < 2; m = SENTENCE_END_G.exec(gap)) {
        ends++;
        lastEnd = m.index;
      }
      const tail = ends ? gap.slice(lastEnd + 1) : gap;
      if (ends > 1) break;
      // A part's list goes on to the next count in its clause, not past a ；-clause of its own
      // (其中北京转移1700余家、天津转移600余家；雄安新区…新增注册企业1.2万家 is no part).
      if (totalOf[j] >= 0 && !ends && !/[;；]/.test(gap)) totalOf[i] = totalOf[j];
      else if (
        cue.test(tail) ||
        (lang === 'en' && /^\s+of (?:them|these|those)\b/.test(norm.slice(out[i].end, out[i].end + 16))) ||
        (lang === 'en' && !ends && PART_OF_WHOLE_EN.test(norm.slice(Math.max(0, out[i].start - 60), out[i].start)))
      )
        totalOf[i] = totalOf[j] >= 0 ? totalOf[j] : j;
      break;
    }
  }
  let pk = 0;
  for (let i = 0; i < out.length; i++) {
    const t = totalOf[i];
    if (t < 0 || settled.has(i)) continue;
    const whole = out[t].code;
    if (whole === null) continue;
    // The part's own stretch: from the figure before it (or the total) to the next figure.
    // (After the part cue: "came in to Cangzhou: 41 from Beijing" — Cangzhou is the total's.)
    let segStart = out[i - 1].end;
    const lead = norm.slice(segStart, out[i].start);
    const c = lang === 'zh' ? PART_CUE_ZH_G : PART_CUE_EN_G;
    c.lastIndex = 0;
    for (let m = c.exec(lead); m; m = c.exec(lead)) segStart = out[i - 1].end + m.index + m[0].length;
    const segEnd = i + 1 < out.length ? out[i + 1].start : Math.min(norm.length, out[i].end + 60);
    while (pk < places.length && places[pk].end <= out[i - 1].end) pk++;
    let own: Place | null = null;
    for (let k = pk; k < places.length && places[k].start < segEnd; k++) {
      const p = places[k];
      if (p.start < segStart) continue;
      if (p.end <= out[i].start) own = p;
      // "41 from Beijing and 17 from Tianjin": English names a part's origin after it, and the
      // place before it is then the previous part's.
      else if (lang === 'en' && /^\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$/.test(norm.slice(out[i].end, p.start))) {
        own = p;
        break;
      }
    }
    const fig = out[i];
    if (own && own.codes.length === 1 && !own.group && within(own.codes[0], whole)) {
      fig.code = own.codes[0];
      continue;
    }
    // A unit of the total's region already read from the part's own clause stands ("Among them,
    // Zaoqiang County introduced the projects of Tianjin 31").
    if (ownClause[i] && fig.code !== null && fig.code !== whole && within(fig.code, whole)) continue;
    // 其中21家迁往沧州市、唐山市: a part that says where it went is the receivers' (a list of them: no
    // single unit's), sent from the whole's place.
    if (!own && lang === 'zh' && ZH_PART_MOVED.test(norm.slice(fig.end, fig.end + 8))) {
      const ce = fig.end + norm.slice(fig.end, segEnd).search(/[，。；,;]|$/);
      const to = new Set<string>();
      for (let k = pk; k < places.length && places[k].start < ce; k++)
        if (places[k].start >= fig.end) for (const c of places[k].codes) if (!places[k].group) to.add(c);
      // (A province folded into its city by the matcher is no second receiver.)
      const dest = [...to].filter((c) => ![...to].some((d) => d !== c && within(d, c)));
      if (dest.length && !dest.includes(whole)) {
        fig.code = dest.length === 1 ? dest[0] : null;
        fig.from = [whole];
        continue;
      }
    }
    if (!own || !own.codes.length) {
      if (!own) fig.code = whole;
      continue;
    }
    // The part's own place says where its things came from (not the whole clause's list).
    fig.code = whole;
    fig.from = own.codes.filter((c) => c !== whole).sort();
  }
}

/** The last counted figure (no measure) at most 200 characters before `start`, with at most one measure between. */
function lastCounted(out: FigureSpan[], start: number): FigureSpan | undefined {
  for (let i = out.length - 1; i >= 0 && i >= out.length - 2 && start - out[i].end <= 200; i--)
    if (!MEASURES.has(out[i].unit)) return out[i];
  return out[out.length - 1];
}

const COORDINATED_PLURAL = /\b[a-z]{3,}(?:[^s\s',]s|ies)\s*,?\s+(?:and|but|while)\s+$/;
const ELLIPSIS_CUE = /\b(?:of which|among which|among them|among these|of these|of them|including|respectively)\b|:\s/;
const ELLIPSIS_LEAD = /(?:\b(?:and|from|up from|down from|compared with|against|versus)|[,:;])\s+(?:[a-z][a-z' -]{0,30}\s)?$/;
/**
 * The unit of a bare count that leaves its noun to the figure before it in the same sentence: a part
 * of it, a member of a respectively-list or a figure it is compared with. The count ends its phrase.
 */
function ellipticalUnit(text: string, norm: string, start: number, end: number, last: FigureSpan | undefined): string | null {
  if (!last || start - last.end > 200 || MEASURES.has(last.unit)) return null;
  // A year is no count ("in 2023", "since 2014"); a paragraph break ends the ellipsis.
  if (/^(?:19|20)\d\d$/.test(norm.slice(start, end)) || text.slice(last.end, start).includes('\n')) return null;
  if (
    !/^\s*(?:[,.;:!?)]|$|(?:and|in|from|respectively|were|are|was|is|have|has|the|this|last)\b)/.test(norm.slice(end, end + 14))
  )
    return null;
  const gap = norm.slice(last.end, start);
  const ends = gap.split(/[.!?](?=\s)/);
  // At most one sentence end between: the count's own sentence follows the figure's.
  if (ends.length > 2) return null;
  const tail = ends[ends.length - 1];
  const sentence = tail + norm.slice(start, Math.min(norm.length, end + 120)).split(/[.!?](?=\s)/)[0];
  if (ELLIPSIS_CUE.test(tail) || /\brespectively\b/.test(sentence)) return last.unit;
  // "… came from Tianjin. Nine have started construction": a count opening its sentence as the subject
  // of a verb (no noun of its own) counts the things of the sentence before.
  if (
    ends.length === 2 &&
    tail.trim() === '' &&
    /^\s+(?:have|has|had|are|were|will|remain)\s+[a-z]/.test(norm.slice(end, end + 20))
  )
    return last.unit;
  // "Langfang took in 230 projects. Gu'an County led with 64, and …", "Jinzhou City, its neighbour,
  // received 11.": a short sentence whose verb takes the count as its object, with no noun after it,
  // counts what the sentence before counted.
  if (
    ends.length === 2 &&
    tail.length <= 70 &&
    ELLIPSIS_OBJECT.test(tail) &&
    /^\s*(?:[,.;]|and\b)/.test(norm.slice(end, end + 5))
  )
    return last.unit;
  if (ends.length > 1) return null;
  return ELLIPSIS_LEAD.test(gap.slice(-40)) ? last.unit : null;
}
const ELLIPSIS_OBJECT =
  /\b(?:received|got|took(?: in)?|signed|attracted|drew|added|introduced|landed|enrolled|opened|led with|followed with|share was|accounted for)\s+(?:another\s+|a further\s+|only\s+|about\s+|nearly\s+|more than\s+|over\s+)?$/;

/** "The teachers which are dispatched … are twelve.": a number word ending its clause after its noun. */
function numberWordAfterNoun(norm: string, start: number, end: number, value: number) {
  if (value < 3 || !/^\s*[,.;:]/.test(norm.slice(end, end + 2))) return null;
  // Like a number word before a noun: from three up, any plural noun ("the doctors … are twelve").
  return readEnglishUnitBefore(norm, start, end);
}

const PAIR_GAP = /^\s*(?:,|，|、|和|及|与|或|and|or|,\s*and)\s*$/;
// Units a Chinese measure word gives without a noun: a pair's second count may say more by its first.
const ZH_GENERIC_UNIT = new Set(['items', 'enterprises', 'people', 'institutions']);
const MEASURES = new Set(['percent', 'yuan', 'usd', 'km2', 'm2', 'mu', 'ha', 'km', 'm', 'kw', 't']);
