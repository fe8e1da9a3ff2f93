import type { Lang } from '../lang';
import type { PlaceGroup } from './places';
import { clauseEnd, type Span } from './segments';

type UnitKind = 'province' | 'city' | 'district' | 'county' | 'area';

/** A unit's kind from its code (GB/T 2260): in Hebei xx01–xx20 are districts, xx21–xx80 counties, xx81+ county-level cities. */
function unitKind(code: string): UnitKind {
  if (code.endsWith('0000')) return 'province';
  if (code === '133100') return 'area';
  if (code.startsWith('11') || code.startsWith('12')) return 'district';
  if (code.endsWith('00')) return 'city';
  const n = Number(code.slice(4));
  return n <= 20 ? 'district' : n >= 81 ? 'city' : 'county';
}

/** Whether every code of a side is of the kind a generic noun names ("the city" is also a municipality). */
function ofKind(codes: readonly string[], word: string): boolean {
  return codes.every((c) => {
    const k = unitKind(c);
    if (word === 'city' || word === '市') return k === 'city' || (k === 'province' && (c === '110000' || c === '120000'));
    return word === 'district' || word === '区' ? k === 'district' : k === 'county';
  });
}

const EN_SELF = /\bour (city|county|district)\b/g;
const ZH_SELF = /我(市|区|县)/g;
// A sentence opening with a pronoun or a generic unit as the subject of an active verb.
const EN_ANAPHOR =
  /^\s*(?:(?:also|and|besides|meanwhile|moreover|separately|then|in addition),?\s+)?(it|they|the (district|county|city))\b(?!\s+(?:is|was|were|are|has been|have been|had been|will be|would be)\b)/;

const EN_ACCORDING_IT = /^\s*,\s*(it|they)\b/;
const EN_OUR_THINGS =
  /\bour (?!(?:city|county|district)\b)(?=(?:[a-z-]+ ){0,2}?(?:schools|hospitals|enterprises|firms|companies|clinics|colleges)\b)/g;
const EN_WE =
  /(?:^|[.:;!?]\s+|,\s+(?:and\s+)?|\b(?:and|but|year|now|2\d{3}|then)\s+)we(?= (?:(?:will|also|have|has|hope to|plan to|expect to|aim to|are|had)\s+)*(?:[a-z]+ed|signed|brought|bring|introduc\w*|attract\w*|sign|took|take|receiv\w*|undert\w*|drew|draw|won|welcom\w*)\b)/g;

/** Whether the text names a unit as "our county", 我区 (a cheap test before any flow work). */
export function hasSelfReference(norm: string, lang: Lang): boolean {
  const re = lang === 'zh' ? ZH_SELF : EN_SELF;
  re.lastIndex = 0;
  const found = re.test(norm);
  re.lastIndex = 0;
  return found;
}

// 该区/该县/该市 opening a sentence: the unit of that kind named before (its pronoun use, not 该区 as a topic).
const ZH_ANAPHOR = /^\s*(?:(?:同时|此外|另外|随后|今后|明年|今年)[,，]?)?((?:该|这个)(区|县|市))/;

interface Trigger {
  start: number;
  end: number;
  role: string;
}

/**
 * Places the text names without their names, as sides of flows only (never counted as mentions):
 * - "our county", 我区 in an interview or a report is the unit of that kind its title names
 *   ("Q&A | Gu'an deputy county head…": "signed with our county" → Gu'an);
 * - in English, "It"/"They" opening a sentence whose verb sends is the previous sentence's subject
 *   place in the same paragraph ("Hexi District signed with Qing County. It will open two
 *   branches there"), and "the district" sending is the nearest district named before in the paragraph.
 * `isSubject` says whether a group stands unmarked (the subject slot) in the sentence from `floor`.
 */
export function withReferents(
  groups: PlaceGroup[],
  text: string,
  norm: string,
  lang: Lang,
  sents: readonly Span[],
  triggers: readonly Trigger[],
  isSubject: (g: PlaceGroup, floor: number) => boolean
): PlaceGroup[] {
  const added: PlaceGroup[] = [];
  const titleEnd = text.indexOf('\n');
  const self = lang === 'zh' ? ZH_SELF : EN_SELF;
  self.lastIndex = 0;
  if (titleEnd > 0 && hasSelfReference(norm, lang))
    for (let m = self.exec(norm); m; m = self.exec(norm)) {
      const word = m[1];
      const named = groups.find((g) => g.end <= titleEnd && g.codes.length === 1 && ofKind(g.codes, word));
      if (named && m.index > titleEnd)
        added.push({ start: m.index, end: m.index + m[0].length, codes: named.codes, parts: 1, members: undefined });
    }
  // "We" in a text that calls its unit "our county" (a work report, an interview) is that unit.
  if (lang === 'en' && added.length) {
    const unit = added[0].codes;
    for (let m = EN_WE.exec(norm); m; m = EN_WE.exec(norm)) {
      const at = m.index + m[0].length - 2;
      if (at > titleEnd) added.push({ start: at, end: at + 2, codes: unit, parts: 1, members: undefined });
    }
    EN_WE.lastIndex = 0;
    // …and "our primary schools", "our enterprises" are that unit's.
    for (let m = EN_OUR_THINGS.exec(norm); m; m = EN_OUR_THINGS.exec(norm))
      if (m.index > titleEnd) added.push({ start: m.index, end: m.index + 3, codes: unit, parts: 1, members: undefined });
    EN_OUR_THINGS.lastIndex = 0;
  }
  // "According to Chaoyang District, it has sent 25 doctors…": the source named first is "it".
  if (lang === 'en' && norm.includes('according to'))
    for (const g of groups) {
      const m = EN_ACCORDING_IT.exec(norm.slice(g.end, g.end + 12));
      if (!m || !/\baccording to (?:the )?$/.test(norm.slice(Math.max(0, g.start - 17), g.start))) continue;
      const at = g.end + m[0].length - m[1].length;
      added.push({ start: at, end: at + m[1].length, codes: g.codes, parts: g.parts, members: g.members });
    }
  {
    let ti = 0;
    for (let k = 1; k < sents.length; k++) {
      const sent = sents[k];
      const m = (lang === 'zh' ? ZH_ANAPHOR : EN_ANAPHOR).exec(norm.slice(sent.start, Math.min(sent.end, sent.start + 48)));
      if (!m) continue;
      const at = sent.start + m[0].length - m[1].length;
      const end = at + m[1].length;
      const ce = clauseEnd(norm, end, sent.end);
      while (ti < triggers.length && triggers[ti].start < end) ti++;
      let sends = false;
      // …or, for "It" and "They", receives ("Caofeidian remained the main host. It took in 58 of them").
      for (let j = ti; j < triggers.length && triggers[j].start < ce && !sends; j++)
        sends = triggers[j].role === 'send' || (!m[2] && triggers[j].role === 'receive');
      if (!sends) continue;
      const paraStart = text.lastIndexOf('\n', sent.start - 1) + 1;
      let codes: string[] | undefined;
      let parts = 1;
      if (m[2]) {
        // "The district" sends: the nearest unit of that kind named earlier in the paragraph.
        for (const g of [...groups, ...added]
          .filter((g) => g.end <= sent.start && g.start >= paraStart)
          .sort((a, b) => b.start - a.start))
          if (ofKind(g.codes, m[2])) {
            codes = g.codes;
            break;
          }
      } else {
        const prev = sents[k - 1];
        if (prev.start < paraStart) continue;
        // The previous sentence's subject: its first unmarked place before its first verb.
        // (A sentence without a verb of ours, "X remained the main host", has its subject first.)
        const verb = triggers.find((t) => t.start >= prev.start && t.start < prev.end);
        const before = verb ? verb.start : prev.end;
        const subject = [...groups, ...added].find(
          (g) =>
            g.start >= prev.start &&
            g.end <= before &&
            isSubject(g, prev.start) &&
            (verb !== undefined || !/\S/.test(norm.slice(prev.start, g.start)))
        );
        if (subject) ((codes = subject.codes), (parts = subject.parts));
      }
      if (codes) added.push({ start: at, end, codes, parts, members: undefined });
    }
  }
  return added.length ? [...groups, ...added].sort((a, b) => a.start - b.start) : groups;
}
