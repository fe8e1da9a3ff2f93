import type { FlowKind } from '../../flows/types';
import type { FigureSpan } from '../figures';
import type { Lang } from '../lang';
import type { Mention } from '../matcher';
import {
  CANCELLED_EN,
  CANCELLED_ZH,
  EN_TRIGGERS,
  NEGATED_EN,
  NEGATED_ZH,
  OUTSIDE_EN,
  OUTSIDE_ZH,
  ZH_TRIGGERS,
  kindOfMeasure,
  measureOf,
  type Role
} from './lexicon';
import { overlaps, placeGroups, type PlaceGroup } from './places';
import { clauseEnd, clauseStart, sentences, spanIndex, type Span } from './segments';
import type { ExtractedFlow } from './types';
import { periodOf, statusOf, type Period } from './when';

interface TriggerHit {
  start: number;
  end: number;
  role: Role;
  word: string;
}

type Marker = 'from' | 'by' | 'to' | 'with' | 'mod' | 'none';

interface Placed extends PlaceGroup {
  marker: Marker;
}

const EN_MOD_AFTER =
  /^(?:'s)?(?:-based)?(?:\s+[a-z][a-z-]*){0,2}?\s+(?:enterprises?|companies|company|firms?|projects?|investors?|merchants?|businesses|universities|hospitals?|schools?|institutions?|capital|funds?|teams?|experts?|colleges?|groups?|industr(?:y|ies)|functions?|headquarters|soes|state-owned)\b/;
const ZH_MOD_AFTER = /^(?:地区|两地|三地|等地|市|省|区|籍|的|方面|地)?([\u4e00-\u9fff]{0,4}?)(?:企业|项目|商户|高校|医院|学校|资金|资本|机构|专家|人才|产业|客商|商家|院校|科研院所|团队|单位|功能|总部|央企|国企)/;
const ZH_VERBISH = /承接|引进|引入|吸引|投资|落户|入驻|设立|共建|推动|建设|发展|加快|支持|服务/;

// Words that may fill the subject slot of a receiving verb without naming anyone: the receiver is
// then the place the passage is about ("Up to now, it has undertaken…", 累计承接…).
const EN_EMPTY_SUBJECT =
  /^(?:\s|,|\b(?:up to now|so far|to date|in recent years|since \d{4}|in \d{4}|this year|last year|it|we|they|the (?:city|district|county|province|municipality|area|zone|new area|region)|this city|our (?:city|district|county|province)|has|have|had|also|already|successfully|further|actively|total|a total of|cumulatively|and|will|plans? to|now|still|once|both|together)\b)*$/;
const ZH_EMPTY_SUBJECT = /^(?:[\s,“”"]|累计|共计|共|已经|已|先后|还|目前|截至目前|至今|近年来|今年以来|\d{4}年以来|\d{4}年|十[一二三四五]五以来|全市|我市|该市|本市|全区|我区|该区|本区|全县|我县|该县|全省|我省|成功|积极|新|年内|计划|将|拟|力争)*$/;

/** Everything an extraction pass needs about one article. */
interface Doc {
  text: string;
  norm: string;
  lang: Lang;
  year: number | null;
  groups: PlaceGroup[];
  sents: Span[];
  triggers: TriggerHit[];
}

function findTriggers(norm: string, lang: Lang): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (const t of lang === 'zh' ? ZH_TRIGGERS : EN_TRIGGERS) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(norm); m; m = t.re.exec(norm)) out.push({ start: m.index, end: m.index + m[0].length, role: t.role, word: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

function markerOf(doc: Doc, g: PlaceGroup, floor: number, fig: FigureSpan | null): Marker {
  const { norm, lang } = doc;
  if (fig && g.start >= fig.start && g.end <= fig.end) return 'mod';
  const before = norm.slice(Math.max(floor, g.start - 14), g.start);
  const after = norm.slice(g.end, g.end + 40);
  if (lang === 'en') {
    if (/\bfrom (?:the )?$/.test(before)) return 'from';
    if (/\bby (?:the )?$/.test(before)) return 'by';
    if (/\b(?:in|into|to|at|inside|within|toward|towards|for) (?:the )?$/.test(before)) return 'to';
    if (/\bwith (?:the )?$/.test(before)) return 'with';
    if (EN_MOD_AFTER.test(after)) return 'mod';
    return 'none';
  }
  if (/(?:来自|从|自)$/.test(before)) return 'from';
  if (/由$/.test(before)) return 'by';
  if (/(?:在|到|至|向|落户|入驻|落地|进驻|迁入|迁往|赴|于|往|进入)$/.test(before)) return 'to';
  if (/(?:与|同|跟)$/.test(before)) return 'with';
  const m = ZH_MOD_AFTER.exec(after);
  if (m && !ZH_VERBISH.test(m[0])) return 'mod';
  return 'none';
}

const union = (gs: readonly PlaceGroup[]): string[] => {
  const out: string[] = [];
  for (const g of gs) for (const c of g.codes) if (!out.includes(c)) out.push(c);
  return out;
};

/** The place a passage is about: the first place of the paragraph (then of up to two before it) that is not the sender. */
function topic(doc: Doc, at: number, origin: readonly string[]): string[] | null {
  const { text, groups } = doc;
  let paraStart = text.lastIndexOf('\n', at - 1) + 1;
  for (let back = 0; back < 3; back++) {
    for (const g of groups) {
      if (g.start < paraStart) continue;
      if (g.start >= at) break;
      if (!overlaps(g.codes, origin)) return g.codes;
    }
    if (paraStart === 0) break;
    const end = paraStart - 1;
    paraStart = text.lastIndexOf('\n', end - 1) + 1;
    at = end;
  }
  return null;
}

/** Whether a marked slot right after `from` names a place outside the region ("…to Guangzhou"). */
function outsideAfter(doc: Doc, from: number, until: number): boolean {
  const s = doc.norm.slice(from, until);
  if (doc.lang === 'en') {
    const re = /\b(?:in|into|to|at|from|with)\s+(?:the\s+)?/g;
    for (let m = re.exec(s); m; m = re.exec(s)) if (OUTSIDE_EN.test(s.slice(m.index + m[0].length))) return true;
    return false;
  }
  const re = /(?:在|到|至|向|落户|入驻|落地|来自|从|与|赴|往)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) if (OUTSIDE_ZH.test(s.slice(m.index + m[0].length))) return true;
  return false;
}

function periodAround(doc: Doc, clause: string, sentence: string, para: string): Period | undefined {
  return periodOf(clause, doc.lang, doc.year) ?? periodOf(sentence, doc.lang, doc.year) ?? periodOf(para, doc.lang, doc.year);
}

/**
 * Flows stated in an article: who sends projects, firms, money or services to whom (data/README.md
 * § flows). One flow per stated quantity; a count's money is a second flow with the same sides.
 * `figures` are the article's figures (figures.ts), `mentions` its live place mentions.
 */
export function extractFlows(
  text: string,
  norm: string,
  lang: Lang,
  mentions: readonly Mention[],
  figures: readonly FigureSpan[],
  date: string | null
): ExtractedFlow[] {
  const doc: Doc = {
    text,
    norm,
    lang,
    year: date ? Number(date.slice(0, 4)) : null,
    groups: placeGroups(mentions, norm, lang),
    sents: sentences(text, norm, lang),
    triggers: []
  };
  // A figure phrase never runs across a line break (a date's day and the next paragraph's noun).
  const candidates = figures.filter((f) => measureOf(unitOf(f, norm), phraseOf(f, norm)) !== null && !text.slice(f.start, f.end).includes('\n'));
  if (candidates.length === 0 || doc.groups.length < 2) return [];
  doc.triggers = findTriggers(norm, lang);
  const cancelled = lang === 'zh' ? CANCELLED_ZH : CANCELLED_EN;
  const negated = lang === 'zh' ? NEGATED_ZH : NEGATED_EN;

  const out: ExtractedFlow[] = [];
  let si = -1;
  let sentFlows: { flow: ExtractedFlow; fig: FigureSpan; trigger: TriggerHit }[] = [];
  for (const fig of candidates) {
    const k = spanIndex(doc.sents, fig.offset);
    if (k < 0) continue;
    if (k !== si) (si = k), (sentFlows = []);
    const sent = doc.sents[k];
    const measure = measureOf(unitOf(fig, norm), phraseOf(fig, norm))!;
    const cs = clauseStart(norm, fig.start, sent.start);
    const ce = clauseEnd(norm, fig.end, sent.end);
    const clause = norm.slice(cs, ce);
    const sentence = norm.slice(sent.start, sent.end);
    if (cancelled.test(sentence) || negated.test(norm.slice(cs, fig.start))) continue;

    // Money right after a count in the same sentence is that count's money ("672 projects with a
    // total investment of 278.7 billion yuan", 引进企业1700余家、总投资200亿元).
    const prev = sentFlows[sentFlows.length - 1];
    if (measure === 'yuan' && prev && prev.flow.measure !== 'yuan') {
      const between = doc.triggers.some((t) => t.start >= prev.fig.end && t.end <= fig.start && t.role !== 'joint' && !/^invest/.test(t.word));
      if (!between && isMoneyOfCount(norm, prev.fig.end, fig, lang)) {
        const flow = { ...prev.flow, measure, value: fig.value, approx: fig.approx, offset: fig.offset };
        out.push(flow);
        sentFlows.push({ flow, fig, trigger: prev.trigger });
        continue;
      }
    }

    // The predicate: the nearest trigger before the number in its sentence, else one after it in its clause.
    // A verb used as an attribute of the noun (京津转移项目, "projects transferred") describes the
    // things; the predicate is the verb before it.
    let trigger: TriggerHit | undefined;
    for (const t of doc.triggers) {
      if (t.start < sent.start) continue;
      if (t.end > fig.start) {
        if (!trigger && t.start >= fig.end && t.end <= ce) trigger = t;
        break;
      }
      if (trigger && lang === 'zh' && /^的?(?:项目|企业|产业|商户|资金)/.test(norm.slice(t.end, t.end + 3))) continue;
      trigger = t;
    }
    if (!trigger) continue;

    const investVerb = /^(?:invest|投资)/.test(trigger.word);
    // Money on its own moves only when it is named as investment or funds, never a price per item.
    if (measure === 'yuan' && !investVerb && !isMoneyOfCount(norm, clauseStart(norm, trigger.start, sent.start), fig, lang)) continue;
    if (measure === 'yuan' && /^\s*(?:each|apiece|or more|and above)\b|^(?:以上|及以上)?的?项目/.test(norm.slice(fig.end, fig.end + 8))) continue;

    const inSent = doc.groups.filter((g) => g.start >= sent.start && g.end <= sent.end);
    const placed: Placed[] = inSent.map((g) => ({ ...g, marker: markerOf(doc, g, sent.start, fig) }));
    const t = trigger;
    const tClauseStart = clauseStart(norm, t.start, sent.start);
    // The agent: the nearest unmarked (or firm-modifying) place before the predicate in its sentence.
    let agent: Placed | undefined;
    for (const p of placed) if (p.end <= t.start && (p.marker === 'none' || (t.role === 'send' && p.marker === 'mod'))) agent = p;
    const by = placed.find((p) => p.marker === 'by' && p.start >= t.end);
    const from = placed.filter((p) => p.marker === 'from');
    const near = (p: Placed) => (p.start >= Math.min(t.end, fig.start) && p.end <= fig.end) || (p.start >= fig.start && p.end <= fig.end);
    // Chinese puts the senders between a receiving verb and the counted noun (承接京津转移项目300个).
    const mods = placed.filter((p) => (p.marker === 'mod' || (lang === 'zh' && t.role === 'receive' && p.marker === 'none' && p.start >= t.end)) && near(p));
    const tos = placed.filter((p) => p.marker === 'to' && (p.start >= t.end || (lang === 'zh' && p.end <= t.start && p.start >= tClauseStart)));
    const withs = placed.filter((p) => p.marker === 'with');

    let origin: string[] = [];
    let destination: string[] = [];
    let slotEmpty = false;
    if (t.role === 'receive') {
      const recv = agent && agent.start >= tClauseStart ? agent : (by ?? (agent && !placed.some((p) => p.start > agent!.end && p.end <= t.start) ? agent : undefined));
      destination = recv ? recv.codes : tos.length ? tos[0].codes : [];
      origin = union([...from, ...mods.filter((m) => m !== recv)]);
      const slot = norm.slice(tClauseStart, t.start);
      slotEmpty = !recv && (lang === 'zh' ? ZH_EMPTY_SUBJECT.test(slot) : EN_EMPTY_SUBJECT.test(slot));
    } else if (t.role === 'send') {
      const sender = by ?? agent;
      origin = union([...(sender ? [sender] : []), ...from, ...mods.filter((m) => m !== sender)]);
      destination = tos.length ? union([tos.find((p) => p.start >= t.end) ?? tos[0]]) : [];
      // Things that settle somewhere unnamed settle in the place the passage is about.
      slotEmpty = /^(?:settl|land|落户|入驻|落地|迁入)/.test(t.word) && !tos.length;
    } else {
      origin = union([...from, ...mods, ...withs]);
      destination = agent ? agent.codes : [];
      slotEmpty = !agent;
    }

    // A second count of the same predicate shares the first one's sides ("672 Beijing-Tianjin
    // projects…, and 47 SOE projects…").
    const sibling = sentFlows.find((s) => s.trigger === t && s.flow.measure === measure);
    if (origin.length === 0 && sibling) origin = sibling.flow.origin;
    if (destination.length === 0 && sibling) destination = sibling.flow.destination;
    if (origin.length === 0) continue;
    if (outsideAfter(doc, t.start, ce) || outsideAfter(doc, cs, t.start)) continue;
    if (destination.length === 0 && slotEmpty) destination = topic(doc, sent.start + 1, origin) ?? [];
    if (destination.length === 0 || overlaps(origin, destination)) continue;

    const para = paragraphOf(doc, fig.offset);
    const period = periodAround(doc, clause, sentence, para);
    const status = statusOf(norm.slice(tClauseStart, fig.end), sentence, lang, period, doc.year, true);
    const kind: FlowKind = kindOfMeasure(measure, t.role, investVerb);
    const { start, end } = finalPeriod(period, status, doc.year);
    const flow: ExtractedFlow = {
      origin,
      destination,
      kind,
      measure,
      value: fig.value,
      approx: fig.approx,
      period_start: start,
      period_end: end,
      status,
      offset: fig.offset
    };
    out.push(flow);
    sentFlows.push({ flow, fig, trigger: t });
  }
  return out;
}

// Money that belongs to the count before it is named as such: investment, capital, funds (投资,
// 资金); a price per item ("projects of more than 50 million yuan each", 亿元以上项目) is not.
const EN_MONEY = /\b(?:invest(?:ment|ed|ing)?|capital|funds?|worth|valued|total(?:ling|ing)?|amount(?:ing)?|contract(?:ed)?|financing|in place)\b/;
const ZH_MONEY = /投资|资金|总额|金额|到位|合同|签约额|引资/;

function isMoneyOfCount(norm: string, from: number, fig: FigureSpan, lang: Lang): boolean {
  const between = norm.slice(from, fig.start);
  const after = norm.slice(fig.end, fig.end + 8);
  if (lang === 'zh') return ZH_MONEY.test(between) && !/^(?:以上|及以上)?(?:的)?(?:项目|企业)/.test(after);
  return EN_MONEY.test(between) && !/^\s*(?:each|apiece|or more|and above)\b/.test(after);
}

/** A figure's unit, corrected where its noun modifies another counted noun ("47 state-owned enterprise projects"). */
function unitOf(f: FigureSpan, norm: string): string {
  if (f.unit === 'enterprises' && /^\s+projects?\b/.test(norm.slice(f.end, f.end + 12))) return 'projects';
  return f.unit;
}

const phraseOf = (f: FigureSpan, norm: string) => norm.slice(Math.max(0, f.start - 10), f.end + 12);

function paragraphOf(doc: Doc, at: number): string {
  const s = doc.text.lastIndexOf('\n', at - 1) + 1;
  const e = doc.text.indexOf('\n', at);
  return doc.norm.slice(s, Math.min(e < 0 ? doc.text.length : e, at));
}

/** What is done counts up to the article's year when no period is stated; other statuses stay undated. */
function finalPeriod(p: Period | undefined, status: string, year: number | null): Period {
  if (p) return p;
  return status === 'done' ? { start: null, end: year } : { start: null, end: null };
}
