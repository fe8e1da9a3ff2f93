/**
 * What a number counts or measures, read from the words around it.
 *
 * Measures (yuan, km2, mu, …) follow the number. Counted things are decided by the HEAD noun of the
 * phrase, not by any noun in it: "46 new school and hospital projects" counts projects (English puts
 * the head last and plural: the first plural word of the phrase), "62个北京项目" and
 * "引进京津企业1700余家" count projects and enterprises (Chinese: the noun after the measure word, or
 * the noun written right before the number). Known nouns map to one unit name (firms, companies → enterprises; 企业 →
 * enterprises); an English plural noun not in the table is kept as written ("graduates"), and a
 * Chinese measure word without a known noun gives the measure word's own unit (名 → people, 家 →
 * enterprises, 个 → items).
 */

import { UNIT_DECLS } from './figures/unit-names';

export interface UnitRead {
  unit: string;
  /** Offset just past the unit phrase (for the figure's span). */
  end: number;
  /** Start of the noun phrase when it stands before the number (Chinese 企业1700家, English "projects 48"). */
  phraseStart?: number;
}

// --------------------------------------------------------------------------------------------
// English

const EN_MEASURES: [RegExp, string][] = [
  [/\s*(?:%|percent\b|per cent\b)/y, 'percent'],
  [/\s*(?:yuan\b|rmb\b)/y, 'yuan'],
  [/\s*(?:us dollars\b|dollars\b|usd\b)/y, 'usd'],
  [/\s*(?:square kilomet(?:er|re)s?\b|sq\.? ?km\b|km2\b|km²)/y, 'km2'],
  [/\s*(?:square met(?:er|re)s?\b|sq\.? ?m\b|m2\b|m²)/y, 'm2'],
  [/\s*mu\b/y, 'mu'],
  [/\s*(?:hectares?\b|ha\b)/y, 'ha'],
  [/\s*(?:kilomet(?:er|re)s?\b|km\b)/y, 'km'],
  [/\s*(?:kilowatts?\b|kw\b)/y, 'kw'],
  [/\s*(?:tons?\b|tonnes?\b)/y, 't'],
  [/\s*(?:person-times\b|person times\b|visits\b|trips\b)/y, 'visits']
];

/** Counted nouns (singular and plural) → unit. A plural noun not listed is kept as written. */
// The measures as one sticky alternation tried in the same order (one regex run per number, not
// eleven). Every alternative starts with a non-space, so only the longest run of spaces can match,
// as with the separate expressions.
const EN_MEASURE = new RegExp(`\\s*(?:${EN_MEASURES.map(([re]) => `(${re.source.replace(/^\\s\*/, '')})`).join('|')})`, 'y');
const EN_NOUNS: Record<string, string> = {};
function en(unit: string, ...forms: string[]) {
  for (const f of forms) EN_NOUNS[f] = unit;
}
en('projects', 'project', 'projects');
en('enterprises', 'enterprise', 'enterprises', 'company', 'companies', 'firm', 'firms', 'business', 'businesses');
en('institutions', 'institution', 'institutions', 'institute', 'institutes');
en('hospitals', 'hospital', 'hospitals');
en('schools', 'school', 'schools');
en('universities', 'university', 'universities', 'college', 'colleges');
en('beds', 'bed', 'beds');
en('seats', 'seat', 'seats');
en('stores', 'store', 'stores', 'shop', 'shops', 'outlet', 'outlets');
en('vehicles', 'vehicle', 'vehicles', 'car', 'cars');
en('buildings', 'building', 'buildings');
en('items', 'item', 'items', 'services', 'service items');
en('people', 'people', 'persons', 'person', 'residents', 'resident');
en('households', 'household', 'households', 'family', 'families');
en('merchants', 'merchant', 'merchants');
en('branches', 'branch', 'branches');
en('species', 'species');
en('relics', 'relic', 'relics', 'cultural relics protection units');
en('communities', 'community', 'communities');
en('jobs', 'job', 'jobs');
en('visits', 'visit', 'visits');
en('visitors', 'visitor', 'visitors');
en('tourists', 'tourist', 'tourists');
en('students', 'student', 'students');
en('classes', 'class', 'classes');
en('merchants', 'trader', 'traders', 'vendor', 'vendors');
// Firms named by their trade in a supply chain are enterprises (not the people who run them).
en(
  'enterprises',
  'maker',
  'makers',
  'manufacturer',
  'manufacturers',
  'producer',
  'producers',
  'supplier',
  'suppliers',
  'distributor',
  'distributors',
  'retailer',
  'retailers',
  'wholesaler',
  'wholesalers',
  'dealer',
  'dealers',
  'exporter',
  'exporters',
  'processor',
  'processors'
);
en('clinics', 'clinic', 'clinics');
// Container traffic is counted in twenty-foot equivalent units (标箱).
en('containers', 'teu', 'teus');
en('centres', 'centre', 'centres', 'center', 'centers');
en('agreements', 'agreement', 'agreements');
en('cooperatives', 'cooperative', 'cooperatives', 'co-operative', 'co-operatives');
en('people', 'population');
// "2,600 staff", "35 medical staff": a collective noun that is its own plural.
en('staff', 'staff');
const LISTED_UNITS = new Set([
  ...Object.values(EN_NOUNS),
  'percent',
  'yuan',
  'usd',
  'km2',
  'm2',
  'mu',
  'ha',
  'km',
  'kw',
  't',
  'm'
]);

/** Whether an English unit is one of the table's (not a plural kept as written). */
export function isListedEnglishUnit(unit: string): boolean {
  return LISTED_UNITS.has(unit);
}

/** Words that end a noun phrase after a number. */
const EN_STOP = new Set(
  (
    'of in at from to for with by on into onto over under than as and or but nor that which who whom whose where when while ' +
    'is are was were be been being has have had do does did will would shall should can could may might must ' +
    'the a an this these those its their his her our your it they we he she there here most least ' +
    'per each every all some any no not so such than then also only just about around nearly'
  ).split(' ')
);
// Plural-looking words that are not counted things: time spans, multiples and -s adjectives.
const EN_NOT_COUNTED =
  /^(?:districts|counties|provinces|municipalities|cities|news|years|months|quarters|weeks|days|hours|minutes|seconds|decades|centuries|times|folds?|percentage|points|sides|parties|aspects|ways|kinds|types|levels|rounds|stages|phases|steps|measures|principles|priorities|directions|dimensions|respects|categories|others|ones|thanks|its|this|is|was|has|us|as|yes|thus|plus|perhaps|always|sometimes|besides|across|various|numerous|previous|famous|serious|less|unless|[a-z]*(?:ss|ous|ics))$/;

const EN_SPAN = /^(?:years|months|quarters|weeks|days|hours|minutes|seconds|decades|centuries|times)$/;
const EN_HYPHEN_MEASURE: Record<string, string> = {
  yuan: 'yuan',
  dollar: 'usd',
  mu: 'mu',
  km: 'km',
  kilometre: 'km',
  kilometer: 'km',
  hectare: 'ha',
  ton: 't',
  tonne: 't',
  metre: 'm',
  meter: 'm'
};

const WORD = /\s+([a-z][a-z'-]*)/y;
const HYPHEN_NOUN = /-([a-z]+)\b/y;
// "a 90,000-square-meter warehouse", "a 3.6-square-kilometre park": an area written as one modifier.
const HYPHEN_AREA = /-square-(?:(met(?:er|re)s?)|kilomet(?:er|re)s?)\b/y;

/**
 * The unit after a number in English at `pos` (just past the number and its scale word). `wordsOnly`:
 * the number was written in words, so only listed nouns count ("two sides" is not a figure).
 */
export function readEnglishUnit(norm: string, pos: number, wordsOnly: boolean): UnitRead | null {
  EN_MEASURE.lastIndex = pos;
  const mm = EN_MEASURE.exec(norm);
  if (mm)
    for (let g = 1; g < mm.length; g++) if (mm[g] !== undefined) return { unit: EN_MEASURES[g - 1][1], end: pos + mm[0].length };
  HYPHEN_AREA.lastIndex = pos;
  const area = HYPHEN_AREA.exec(norm);
  if (area) return { unit: area[1] ? 'm2' : 'km2', end: pos + area[0].length };
  // "a 1,200-bed branch": the hyphenated noun is the counted thing.
  HYPHEN_NOUN.lastIndex = pos;
  const h = HYPHEN_NOUN.exec(norm);
  if (h) {
    const u = EN_NOUNS[h[1]] ?? EN_HYPHEN_MEASURE[h[1]];
    return u ? { unit: u, end: pos + h[0].length } : null;
  }
  // Up to six words; the head is the first plural (or listed) noun among them.
  let p = pos;
  for (let k = 0; k < 6; k++) {
    WORD.lastIndex = p;
    const m = WORD.exec(norm);
    if (!m) return null;
    const w = m[1].replace(/'s$|'$/, '');
    const end = p + m[0].length;
    // "a score of growers' cooperatives": a possessive modifies the head that follows.
    if (w !== m[1] && k < 5) {
      p = end;
      continue;
    }
    // "46 new school and hospital projects": a conjunction between modifiers stays inside the phrase.
    if ((w === 'and' || w === 'or') && k > 0) {
      p = end;
      continue;
    }
    if (EN_STOP.has(w)) return null;
    // Two-word listed nouns ("service items").
    WORD.lastIndex = end;
    const next = WORD.exec(norm);
    if (next && EN_NOUNS[`${w} ${next[1]}`]) return { unit: EN_NOUNS[`${w} ${next[1]}`], end: end + next[0].length };
    const listed = EN_NOUNS[w];
    const plural = w.length > 3 && /[^s]s$|ies$|sses$|ches$|shes$|xes$/.test(w) && !EN_NOT_COUNTED.test(w);
    // A listed noun in the plural, or a listed noun that is not a modifier of a later noun.
    const nextEnds = !next || (EN_STOP.has(next[1]) && next[1] !== 'and' && next[1] !== 'or');
    if (
      listed &&
      (plural || w === 'species' || w === 'people' || w === 'staff' || nextEnds || /^[,.;:]/.test(norm.slice(end, end + 1)))
    )
      return { unit: listed, end };
    if (plural) return wordsOnly && !listed ? null : { unit: listed ?? w, end };
    // "four months", "three times": the head is a span or multiple, not a counted thing.
    if (EN_SPAN.test(w)) return null;
    // Punctuation ends the phrase.
    if (/^[,.;:!?)]/.test(norm.slice(end, end + 1))) return null;
    p = end;
  }
  return null;
}

// People named by their role: "the famous teachers of Beijing 26 persons" counts teachers.
const EN_PEOPLE_ROLES =
  /\b(teachers|doctors|experts|students|graduates|workers|employees)\b(?![^,.;:]*\b(?:teachers|doctors|experts|students|graduates|workers|employees)\b)[^,.;:]*$/;
/**
 * The role noun a generic count of people ("26 persons") stands for in its clause, if any, and where
 * that noun starts (the phrase "the teachers of Fengtai 18 persons" starts there).
 */
export function peopleRoleBefore(norm: string, start: number): { unit: string; at: number } | null {
  const lead = clauseLead(norm, start);
  const m = EN_PEOPLE_ROLES.exec(lead);
  return m ? { unit: m[1], at: start - lead.length + m.index } : null;
}

const PLURAL_LISTED = /\b([a-z]+)\b/g;
/**
 * The unit of the nearest listed plural noun written in `norm[from, to)`: what "nine of them" and
 * "a further six" count when no figure just before says it ("signed up firms from Tianjin. Three of
 * them came…"). A bounded scan of the text just before the number.
 */
export function nearestCountedNounBefore(norm: string, from: number, to: number): string | null {
  PLURAL_LISTED.lastIndex = from;
  let unit: string | null = null;
  for (let m = PLURAL_LISTED.exec(norm); m && m.index < to; m = PLURAL_LISTED.exec(norm)) {
    const u = EN_NOUNS[m[1]];
    if (u && (/s$/.test(m[1]) || m[1] === 'people') && m.index + m[0].length <= to) unit = u;
  }
  return unit;
}

/**
 * "introduced Beijing enterprise projects 48," (machine translation puts the count after its noun):
 * a listed plural noun written right before a number that ends its clause.
 */
export function readEnglishUnitBefore(norm: string, start: number, end: number): UnitRead | null {
  // The number ends its phrase: punctuation, the end, or a preposition or time word ("enterprises 33
  // since 2019", "students 3,000 in next year"), never a noun of its own.
  // ("Beijing projects numbered 28 and Tianjin projects 18": a parallel phrase with its own count.)
  if (
    !/^\s*(?:[,.;:!?)]|$)/.test(norm.slice(end, end + 2)) &&
    !AFTER_BARE_NUMBER.test(norm.slice(end, end + 12)) &&
    !/^ and (?:[a-z'-]+ ){1,3}\d/.test(norm.slice(end, end + 40))
  )
    return null;
  // A number right after a noun that numbers things names one of them ("in phase 3", "Line 4",
  // "No. 2"): an identifier, not a count of the noun before it.
  if (LABEL_BEFORE.test(norm.slice(Math.max(0, start - 16), start))) return null;
  // A year after a time word ("projects from Beijing since 2020") dates the phrase; it counts nothing.
  if (/^(?:19|20)\d\d$/.test(norm.slice(start, end)) && YEAR_BEFORE.test(norm.slice(Math.max(0, start - 12), start))) return null;
  // "the number of farm cooperatives linked to Beijing supermarkets reached 35": the noun after
  // "number of" is the head, whatever the phrase adds after it; "…, the number reached 17" counts the
  // plural noun just written in its sentence.
  const lead = norm.slice(Math.max(0, start - 120), start);
  const num = NUMBER_OF.exec(lead);
  if (num) {
    if (num[1] !== undefined) return { unit: EN_NOUNS[num[1]] ?? num[1], end, phraseStart: start - lead.length + num.index };
    const back = norm.slice(Math.max(0, start - 240), start - num[0].length);
    const cut = back.lastIndexOf('. ');
    const from = start - num[0].length - back.length + Math.max(0, cut + 1);
    // ("…, the projects of Tianjin 4 have started. Up to now, the number is 16": with no noun in its own
    // sentence, the number counts the noun of the sentence before.)
    const prev = cut > 0 ? start - num[0].length - back.length + Math.max(0, back.lastIndexOf('. ', cut - 1) + 1) : -1;
    const u =
      nearestCountedNounBefore(norm, from, start - num[0].length) ??
      (prev >= 0 && /^\s*(?:up to now|so far|by now|at present|now|in all|in total)\b/.test(norm.slice(from, from + 14))
        ? nearestCountedNounBefore(norm, prev, from)
        : null);
    if (u) return { unit: u, end, phraseStart: start - num[0].length };
  }
  // "The schools of Shijiazhuang in pairing with … reached 34", "Teachers it sent to Weichang
  // numbered 65", "The kindergartens newly built by … in the mountain area 12,": a plural noun opening
  // its clause is the head when a verb of counting (or, with no verb at all, a participle) leads to
  // the number.
  const cl = clauseLead(norm, start);
  const subj = EN_SUBJECT_COUNT.exec(cl) ?? (EN_PARTICIPLE.test(cl) ? EN_SUBJECT_BARE.exec(cl) : null);
  // ("Beijing projects numbered 28 and Tianjin projects 18": a pair goes on after "and".)
  if (subj && (EN_NOUNS[subj[1]] || !EN_NOT_COUNTED.test(subj[1])) && /^\s*(?:[,.;:!?)]|$|and\s)/.test(norm.slice(end, end + 5)))
    return { unit: EN_NOUNS[subj[1]] ?? subj[1], end, phraseStart: start - cl.length };
  const rel = EN_REL_BEFORE.exec(norm.slice(Math.max(0, start - 90), start)) ?? EN_PARTICIPLE_BE.exec(cl);
  if (rel && (EN_NOUNS[rel[1]] || !EN_NOT_COUNTED.test(rel[1])))
    return { unit: EN_NOUNS[rel[1]] ?? rel[1], end, phraseStart: start - rel[0].length };
  const lead90 = norm.slice(Math.max(0, start - 90), start);
  // "the enterprises of Tianjin Baodi District 17 settled": a longer place after "of" a listed noun.
  // (Tried only when the short form finds no countable noun: it runs for most bare numbers.)
  const short = EN_BEFORE.exec(lead90);
  const countable = (w: string) => EN_NOUNS[w] !== undefined || (/[^s]s$|ies$/.test(w) && !EN_NOT_COUNTED.test(w));
  const long = short && countable(short[1]) ? null : / of /.test(lead90) ? EN_BEFORE_OF.exec(lead90) : null;
  const m = long && EN_NOUNS[long[1]] ? long : short;
  if (!m) return null;
  // A listed noun, or any plural noun when the number ends its sentence or clause ("the tourist routes 5.").
  const plural = /[^s]s$|ies$/.test(m[1]) && m[1].length > 3 && !EN_NOT_COUNTED.test(m[1]);
  // Machine translation also writes a definite plural and its count before a verb or a preposition
  // ("sent the medical experts 8 to the county hospital", "the teachers 26 to its schools").
  const definite =
    plural && /\bthe\s+(?:[a-z-]+\s+)?$/.test(norm.slice(Math.max(0, start - m[0].length - 24), start - m[0].length));
  const ends = /^\s*(?:[,.;:!?)]|$)/.test(norm.slice(end, end + 2));
  const u = EN_NOUNS[m[1]] ?? (plural && (ends || (definite && m[0].length === m[1].length + 1)) ? m[1] : undefined);
  if (!u || !/s$|people|population/.test(m[1])) return null;
  // The phrase reaches back over its modifiers ("Beijing enterprise projects 48"), not over a verb.
  let phraseStart = start - m[0].length;
  for (let k = 0; k < 4; k++) {
    const w = /([a-z][a-z'-]*)\s+$/.exec(norm.slice(Math.max(0, phraseStart - 24), phraseStart));
    if (!w || EN_STOP.has(w[1]) || /(?:ed|ing)$/.test(w[1])) break;
    phraseStart -= w[0].length;
  }
  return { unit: u, end, phraseStart };
}

// Machine translation from Chinese writes the count after its noun: "projects 48", "the projects of
// Beijing 410", "the enterprises more than 160", "the beds reached 2,400", "students 3,000".
const LABEL_BEFORE =
  /\b(?:phase|stage|step|round|batch|no|number|line|gate|zone|block|lot|plot|grade|level|class|section|chapter|item|article|room|route|exit|platform|terminal|hall|unit|page|table|figure)\.?\s+$/;
const YEAR_BEFORE = /\b(?:since|in|by|until|till|before|after|during|from|of|to|through)\s+$/;
const NUMBER_OF =
  /\b(?:the|their|its) (?:total )?(?:number|count)(?: of (?:[a-z'-]+ ){0,3}?([a-z]+(?:[^s\s]s|ies))\b[^,.;:]*?)? (?:has |have |had )?(?:reached|rose to|grew to|increased to|climbed to|fell to|dropped to|declined to|hit|was|is|stood at|totalled|totaled|amounted to|came to)(?: (?:more than|over|about|nearly|around))? $/;
/** The clause before `start`, back to a punctuation mark (at most 140 characters). */
function clauseLead(norm: string, start: number): string {
  const from = Math.max(0, start - 140);
  const seg = norm.slice(from, start);
  let cut = -1;
  for (let i = seg.length - 1; i >= 0; i--)
    if (/[,;:!?]/.test(seg[i]) || (seg[i] === '.' && /\s/.test(seg[i + 1] ?? ' '))) {
      cut = i;
      break;
    }
  return cut < 0 && from > 0 ? '' : seg.slice(cut + 1);
}
const EN_SUBJECT_COUNT =
  /^\s*(?:the |these |those |its |their |our )?(?:[a-z-]+ ){0,2}?([a-z]+(?:[^s\s']s|ies)|people)\b[^,;:]{0,100}? (?:have |has |had )?(?:reached|numbered|totalled|totaled|amounted to|stood at|came to)(?: (?:more than|over|about|nearly|around|only))? $/;
const EN_SUBJECT_BARE = /^\s*(?:the |these |those |its |their |our )(?:[a-z-]+ ){0,2}?([a-z]+(?:[^s\s']s|ies))\b[^,;:]{0,100}? $/;
// A past participle after the noun and no finite verb ("the kindergartens newly built by …").
const EN_PARTICIPLE =
  /^\s*(?:the|these|those|its|their|our) (?:[a-z-]+ ){0,3}?[a-z]+(?:[^s\s']s|ies) (?:[a-z]+ly )?(?:[a-z]+ed|built|sent|set up|made|brought|taken|done)\b(?!.*\b(?:is|are|was|were|has|have|had|will)\b)/;
// Machine translation: "the households which are driven are 2,600", "the doctors that are sent to X are 22".
const EN_REL_BEFORE =
  /\b(?:the|these|those) (?:[a-z-]+ ){0,2}?([a-z]+(?:[^s\s]s|ies)) (?:which|that|who) (?:[a-z'-]+ ){1,8}?(?:are|were|is|was|reached|reach|numbered|totalled|totaled)(?: (?:more than|over|about|nearly|around))? $/;
// Machine translation with a bare participle: "the doctors sent by Hexi are 25", "the firms moved in were 12".
const EN_PARTICIPLE_BE =
  /^\s*(?:the|these|those) (?:[a-z-]+ ){0,2}?([a-z]+(?:[^s\s]s|ies)) (?:[a-z]+ly )?(?:[a-z]+ed|sent|built|set up|brought|taken)\b[^,;:]{0,80}? (?:are|were)(?: (?:more than|over|about|nearly|around))? $/;
// "the enterprises of Shunyi District 14 have moved", "Beijing hospitals 3 to set up branches": a
// verb after the count ends its phrase as well.
const AFTER_BARE_NUMBER =
  /^\s+(?:since|in|by|during|from|so far|until|till|this|last|next|respectively|throughout|altogether|and (?:\d|the\b|its\b|their\b)|(?:have|has|had|were|are|will|would)\b|(?:settled|moved|landed|signed|started|opened|arrived|relocated|came|went|joined|took)\b|to (?!\d)|of (?!the\b|them\b|these\b|those\b|which\b|whom\b|all\b|its\b|their\b)(?=[a-z]))/;
const EN_BEFORE =
  /([a-z][a-z-]*)(?:\s+(?:of|for|in|from|with)\s+(?:the\s+)?[a-z][a-z'-]*(?:\s+(?:and\s+)?[a-z][a-z'-]*)?)?\s+(?:(?:more than|not less than|no less than|over|nearly|about|around|almost|reached|reach|reaches|exceeded|exceeds|exceed|totalled|totaled|totals|amounted to|numbered|hit|stood at|up to|pass|passed|passes|surpassed|topped|were|was|is|are|to|at)\s+)*$/;

const EN_BEFORE_OF = new RegExp(
  `\\b([a-z]+s)\\s+of\\s+(?:the\\s+)?[a-z][a-z'-]*(?:\\s+(?:and\\s+)?[a-z][a-z'-]*){1,3}\\s+${EN_BEFORE.source.slice(EN_BEFORE.source.indexOf('(?:(?:more than'))}`
);

// --------------------------------------------------------------------------------------------
// Chinese

const ZH_MEASURES: [string, string][] = [
  ['%', 'percent'],
  ['元', 'yuan'],
  ['美元', 'usd'],
  ['平方公里', 'km2'],
  ['平方千米', 'km2'],
  ['平方米', 'm2'],
  ['公顷', 'ha'],
  ['亩', 'mu'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['千瓦', 'kw'],
  ['吨', 't'],
  ['人次', 'visits'],
  ['标箱', 'containers'],
  ['米', 'm']
];

const ZH_MEASURE_FIRST = new Set(ZH_MEASURES.map(([s]) => s[0]));

/** Measure words → the unit when no known noun says more. */
const ZH_CLASSIFIERS: Record<string, string> = {
  家: 'enterprises',
  项: 'items',
  个: 'items',
  座: 'items',
  处: 'items',
  张: 'items',
  所: 'institutions',
  栋: 'buildings',
  幢: 'buildings',
  名: 'people',
  位: 'people',
  人: 'people',
  户: 'households',
  辆: 'vehicles',
  台: 'units',
  套: 'units',
  间: 'rooms',
  床: 'beds',
  条: 'items',
  部: 'units',
  批: 'batches',
  场: 'events',
  单: 'orders',
  份: 'items',
  种: 'items',
  笔: 'items',
  支: 'items'
};
/** Measure words that say the unit themselves: 居民6300户 counts households, not residents. */
const ZH_SELF_UNIT = new Set(['户', '辆', '床', '栋', '幢']);
/** Measure words that say nothing without a noun: 三张名片, 四个区 are no figures when written in words. */
const ZH_GENERIC = new Set(['个', '项', '座', '处', '张', '条', '部', '批', '台', '套', '间', '份', '种', '笔', '支']);

/** Counted nouns → unit (declared with the units, ./figures/unit-names.ts); longest forms are tried first where they overlap (养老床位 ⊃ 床位). */
const ZH_NOUNS: [string, string][] = Object.entries(UNIT_DECLS)
  .flatMap(([unit, d]) => (d.nouns ?? []).map((n): [string, string] => [n, unit]))
  .sort((a, b) => b[0].length - a[0].length);

// Time spans after a measure word (前8个月, 3个小时, 两个季度) and percentage points are not counts.
// Time spans after a measure word (前8个月, 3个小时, 两个季度), percentage points, and counts of
// administrative units (四个区) are not figures.
const ZH_NOT_COUNTED =
  /^(?:月|小时|季度|星期|礼拜|工作日|年头|百分点|方面|层面|环节|阶段|批次|轮|[区县市省](?!级)(?![^，。；、,;:]{0,2}(?:企业|项目)))/;
const ZH_PUNCT = /[，。；：、！？,.;:!?（）()“”"《》\s]/;

// Nouns by first character, longest first: a lookup per position instead of a scan of the table.
const ZH_NOUNS_BY_FIRST = new Map<string, [string, string][]>();
for (const n of ZH_NOUNS) {
  const list = ZH_NOUNS_BY_FIRST.get(n[0][0]) ?? [];
  list.push(n);
  ZH_NOUNS_BY_FIRST.set(n[0][0], list);
}
function nounAt(norm: string, i: number): [string, string] | undefined {
  const list = ZH_NOUNS_BY_FIRST.get(norm[i]);
  if (list) for (const n of list) if (norm.startsWith(n[0], i)) return n;
  return undefined;
}

/**
 * The unit after a Chinese number at `pos` (past 余/多 and scale words): a measure (元, 平方米,
 * 人次…), else a measure word whose unit a noun may refine — the noun after it within its phrase
 * (四家三甲医院, 62个北京项目) or the noun right before the number (企业1700余家, 泊位3个).
 */
export function readChineseUnit(norm: string, start: number, pos: number, numeral = false, afterPlace = false): UnitRead | null {
  if (ZH_MEASURE_FIRST.has(norm[pos]))
    for (const [s, u] of ZH_MEASURES) if (norm.startsWith(s, pos)) return { unit: u, end: pos + s.length };
  // 四成 = 40 %: handled by the caller (it changes the value).
  const cl = norm[pos];
  const dflt = ZH_CLASSIFIERS[cl];
  if (!dflt) return null;
  const end = pos + 1;
  if (ZH_NOT_COUNTED.test(norm.slice(end, end + 3))) return null;
  // The head noun after the measure word: the first listed noun in the next few characters of the phrase.
  for (let i = end; i < end + 8 && i < norm.length && !ZH_PUNCT.test(norm[i]); i++) {
    // 医生20名到固安县医院工作: a preposition or verb of direction ends the phrase (在建项目 does not).
    if (ZH_PHRASE_BREAK.test(norm[i]) || (norm[i] === '在' && !ZH_ZAI_INSIDE.test(norm[i + 1] ?? ''))) break;
    const n = nounAt(norm, i);
    if (n) return { unit: n[1], end: i + n[0].length };
  }
  // 三河市2个、香河县1个项目: a list member with no noun of its own counts the noun the next member writes.
  {
    const m = ZH_SHARED_HEAD.exec(norm.slice(end, end + 24));
    if (m && m[1] === cl && !nounBefore(norm, start)) {
      const n = nounAt(norm, end + m[0].length);
      if (n) return { unit: n[1], end };
    }
  }
  // 居民6300户 counts households, but 商户1.2万户 counts merchants: a noun that ends in the measure word names it.
  if (ZH_SELF_UNIT.has(cl)) {
    const n = nounBefore(norm, start);
    return n && n.noun.endsWith(cl) ? { unit: n.unit, end, phraseStart: n.phraseStart } : { unit: dflt, end };
  }
  const n = nounBefore(norm, start);
  if (n) return { unit: n.mixed ? dflt : n.unit, end, phraseStart: n.phraseStart };
  // 引进京津项目，共计27个; 签约项目中已开工的有19个; 分别落地7个和5个 (项目 in the sentence before): a
  // measure word with no noun of its own counts the nearest earlier head noun of its sentence that
  // it can count (个 counts 项目, not 企业). Written in words (两个, 三家) only in a part of a total.
  // Only when no noun follows (329个标杆示范楼门 counts what follows, listed or not).
  const back = ZH_NOTHING_AFTER.test(norm.slice(end, end + 2)) ? earlierHead(norm, start, cl, numeral, afterPlace) : null;
  if (back) return { unit: back, end };
  if (numeral && ZH_GENERIC.has(cl)) return null;
  return { unit: dflt, end };
}

// The next member of a list of counts: 、香河县1个 (then its noun).
const ZH_SHARED_HEAD = /^(?:、|和|及|与)[^，。；：,;:、\d]{0,10}?[\d一二两三四五六七八九十百]+(?:余|多)?([个家所项名座])/;
const ZH_PHRASE_BREAK = /[到赴至向从给把被]/;
const ZH_ZAI_INSIDE = /[建谈营库线岗]/;
const ZH_NOTHING_AFTER = /^(?:$|[，。；：、！？,.;:!?）)\s]|[和及与或]|以上|左右)/;
const ZH_SENTENCE_END = /[。！？!?\n]/;
// A part of a total (其中…, 分别…) may take its noun from the sentence before.
const ZH_PART_CUE = /其中|分别|各/;
const ZH_LINK_END = /(?:[的，,、：:]|共计?|共有|累计|合计|达到?|多达|有|为|约|近|超过?|逾|突破|不少于|至少)$/;
/** The unit of the nearest listed noun before `start` in its sentence that measure word `cl` counts. */
function earlierHead(norm: string, start: number, cl: string, numeral: boolean, afterPlace = false): string | null {
  let from = start;
  while (from > 0 && from > start - 80 && !ZH_SENTENCE_END.test(norm[from - 1])) from--;
  const own = norm.slice(from, start);
  // A part cue of an earlier clause (其中亿元以上项目20个；新增就业5000人) says nothing of this one.
  const part = ZH_PART_CUE.test(own.slice(own.lastIndexOf(';') + 1));
  if (numeral && !part) return null;
  // 专业技术人员45名: a noun of its own right before the number (listed or not) is its head; only a
  // link (共计, 有, 的, a comma) or a part cue lets the count reach back.
  // A place right before the count that is not the sentence's first words is a member of a list
  // whose first member wrote the noun (三河市签约项目57个，大厂回族自治县49个).
  const listMember = afterPlace && !numeral && /[,，、;；]/.test(own);
  if (!part && !listMember && !ZH_LINK_END.test(own)) return null;
  let u = nearestHead(norm, from, start, cl);
  if (!u && part && from > 0 && from > start - 80) {
    let f2 = from - 1;
    while (f2 > 0 && f2 > from - 120 && !ZH_SENTENCE_END.test(norm[f2 - 1])) f2--;
    u = nearestHead(norm, f2, from - 1, cl);
  }
  return u;
}
function nearestHead(norm: string, from: number, to: number, cl: string): string | null {
  for (let i = to - 1; i >= from; i--) {
    const list = ZH_NOUNS_BY_FIRST.get(norm[i]);
    if (!list) continue;
    for (const [s, u] of list)
      if (i + s.length <= to && norm.startsWith(s, i)) {
        if (countsWith(u, cl)) return u;
        break;
      }
  }
  return null;
}
function countsWith(unit: string, cl: string): boolean {
  const m = ZH_MEASURE_WORDS[unit];
  return m !== undefined && m.includes(cl);
}
/** The measure words that count each unit (个项目, 家企业, 所学校 …), from the unit declarations. */
const ZH_MEASURE_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(UNIT_DECLS).flatMap(([unit, d]) => (d.measureWords ? [[unit, d.measureWords]] : []))
);

/** The listed noun right before a number (a couple of linking characters allowed: 项目数达, 企业共, 教师不少于). */
function nounBefore(norm: string, start: number): { noun: string; unit: string; phraseStart: number; mixed: boolean } | null {
  const before = norm.slice(Math.max(0, start - 14), start);
  const link =
    /(?:中有|之中有|中)?(?:数量?|总数|共计?|共有|累计|合计|达到?|多达|已|有|为|近|约|超过?|逾|突破|不少于|不低于|至少|(?:发展|增加|增长|扩大|提高|提升|增)(?:到|至))*$/.exec(
      before
    )!;
  const headEnd = before.length - link[0].length;
  for (const [s, u] of ZH_NOUNS)
    if (before.endsWith(s, headEnd)) {
      // 医生和教师共58名: nouns of two kinds joined count neither alone; the measure word says what.
      const rest = before.slice(0, headEnd - s.length);
      const mixed = /[和及与、]$/.test(rest) && ZH_NOUNS.some(([t, v]) => v !== u && rest.endsWith(t, rest.length - 1));
      return { noun: s, unit: u, phraseStart: start - (before.length - headEnd + s.length), mixed };
    }
  return null;
}
