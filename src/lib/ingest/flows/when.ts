import type { FlowStatus } from '../../flows/types';
import type { Lang } from '../lang';

export interface Period {
  start: number | null;
  end: number | null;
}

const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const FYP_START: Record<string, number> = {
  '11': 2006,
  '12': 2011,
  '13': 2016,
  '14': 2021,
  '15': 2026,
  十一: 2006,
  十二: 2011,
  十三: 2016,
  十四: 2021,
  十五: 2026
};

/**
 * The period a piece of text states, or undefined when it states none. `year` is the article's
 * year (null when undated): "since 2017" runs to it, "this year" is it, "in recent years" ends in it.
 */
// One test rules out the text that states no period at all (most clauses), before the dozen below.
const ANY_ZH = /\d{4}|[今去上本]年|年内|五[”"]?(?:规划)?[以期末时]|近|累计|截至|目前|至今|迄今|先后|共计/;
const ANY_EN = /\d{4}|\byear|\bsince\b|so far|up to now|to date|until now|total|cumulativ|recent|as of now|five-year/;

export function periodOf(s: string, lang: Lang, year: number | null): Period | undefined {
  let m: RegExpExecArray | null;
  if (!(lang === 'zh' ? ANY_ZH : ANY_EN).test(s)) return undefined;
  if (lang === 'zh') {
    if ((m = /(\d{4})年?(?:至|到|-|—|–|~)(\d{4})年/.exec(s))) return { start: +m[1], end: +m[2] };
    if ((m = /[“"]?(十[一二三四五])五[”"]?(?:规划)?(?:以来|期间)/.exec(s)))
      return { start: FYP_START[m[1]], end: s.includes('期间') ? FYP_START[m[1]] + 4 : year };
    if ((m = /[“"]?(十[一二三四五])五[”"]?(?:末|时期末|规划末)/.exec(s))) return { start: null, end: FYP_START[m[1]] + 4 };
    if ((m = /(\d{4})年(?:以来|来)/.exec(s))) return { start: +m[1], end: year };
    if ((m = /(\d{4})年/.exec(s))) return { start: +m[1], end: +m[1] };
    if (/今年|本年|年内/.test(s) && year) return { start: year, end: year };
    if (/去年|上年/.test(s) && year) return { start: year - 1, end: year - 1 };
    if (/近年来|近年|近几年|累计|截至目前|截至|至今|目前|迄今|先后|共计/.test(s)) return { start: null, end: year };
    return undefined;
  }
  if ((m = /\bfrom (\d{4}) to (\d{4})\b/.exec(s)) || (m = /\b(\d{4}) ?- ?(\d{4})\b/.exec(s))) return { start: +m[1], end: +m[2] };
  if ((m = /\bsince (?:the (?:start|beginning) of |the launch of )?(?:the )?["“]?(1[1-5])th five-year plan/.exec(s)))
    return { start: FYP_START[m[1]], end: year };
  if ((m = /\bby the end of (?:the )?["“]?(1[1-5])th five-year plan/.exec(s))) return { start: null, end: FYP_START[m[1]] + 4 };
  if ((m = /\bsince (?:the (?:start|beginning|end) of )?(?:\w+ )?(\d{4})\b/.exec(s))) return { start: +m[1], end: year };
  if (
    (m =
      /\b(?:in|during|by|for|throughout|of) (?:the )?(?:first|second|third|fourth|last) (?:half|quarter)(?: of)? (\d{4})\b/.exec(
        s
      ))
  )
    return { start: +m[1], end: +m[1] };
  if (
    (m = /\b(?:in|during|throughout|for|by the end of|as of the end of|at the end of|by) (?:\w+ )?(\d{4})\b/.exec(s)) ||
    (m = /^\s*(\d{4}),/.exec(s))
  )
    return { start: +m[1], end: +m[1] };
  if (/\b(?:this year|throughout the year|so far this year|the whole year|the year)\b/.test(s) && year)
    return { start: year, end: year };
  if (/\blast year\b/.test(s) && year) return { start: year - 1, end: year - 1 };
  if ((m = /\b(?:in|over) the (?:past|last) (\d+|two|three|four|five|six|seven|eight|nine|ten) years\b/.exec(s)) && year)
    return { start: year - (WORD_NUMBERS[m[1]] ?? Number(m[1])) + 1, end: year };
  if (
    /\b(?:in recent years|recent years|up to now|so far|to date|until now|a total of|in total|cumulative(?:ly)?|as of now|over the years)\b/.test(
      s
    )
  )
    return { start: null, end: year };
  return undefined;
}

const PLANNED_EN =
  /\b(?:will|would|shall|plans?|planned|planning|aims?|aiming|targets?|strives?|striving|expects?|expected|intends?|intended|going to|is to|are to|seeks? to|hopes? to|proposed|pledg(?:e|es|ed|ing)|to be (?:built|set up|completed|introduced|relocated|moved))\b/;
const UNDERWAY_EN =
  /\b(?:is being|are being|under construction|is building|are building|is (?:now )?moving|are (?:now )?moving|accelerat(?:e|es|ed|ing)|speed(?:ing)? up|promot(?:e|es|ing)|support(?:s|ing)?|advanc(?:e|es|ing)|ongoing|currently|underway|is helping|are helping)\b/;
const DONE_EN = /\b(?:has|have|had|was|were|so far|up to now|to date|already|completed|a total of|cumulative(?:ly)?)\b|\b\w+ed\b/;
const PLANNED_ZH = /将|计划|拟|承诺|力争|预计|目标|争取|规划|有望|打算|准备|谋划/;
const UNDERWAY_ZH = /正在|在建|推进|加快|加速|建设中|持续|推动|支持/;
const DONE_ZH = /已|累计|共计|截至|以来|了|完成|实现|建成|先后|达到|达/;

/**
 * Status from the words of the clause before the evidence (and, failing that, its sentence). A
 * period that ended before the article's year is done whatever the tense ("In 2023 the district
 * will…" in an article of 2024 reports what happened).
 */
export function statusOf(
  clause: string,
  sentence: string,
  lang: Lang,
  period: Period | undefined,
  year: number | null,
  numbered: boolean
): FlowStatus {
  if (period && period.end !== null && year !== null && period.end < year) return 'done';
  const [planned, underway, done] = lang === 'zh' ? [PLANNED_ZH, UNDERWAY_ZH, DONE_ZH] : [PLANNED_EN, UNDERWAY_EN, DONE_EN];
  for (const s of [clause, sentence]) {
    if (planned.test(s)) return 'planned';
    if (done.test(s) && !underway.test(s)) return 'done';
    if (underway.test(s)) return numbered && done.test(s) ? 'done' : 'underway';
  }
  return numbered ? 'done' : 'underway';
}
