import type { FigureSpan } from '../figures';
import type { Lang } from '../lang';
import { parseNumberAt } from '../numerals';
import { ancestorsOf, overlaps, type PlaceGroup } from './places';
import { paragraphBefore, spanIndex, type Span } from './segments';
import type { ExtractedFlow } from './types';

// "Sanhe and Xianghe got 18 and 13 of them respectively", 两区分别签约北京项目21个和17个: a list of
// places and a list of as many numbers, matched in order. Each member gets its own number; a total
// stated beside them stays a flow of its own.
const EN_CUE = 'respectively';
const ZH_CUE = '分别';
const EN_NUMBER =
  /\b(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b/g;
const ZH_NUMBER = /[\d零一二两三四五六七八九十百千]+(?:\.\d+)?/g;
const EN_LINK = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
const ZH_LINK = /^[个家所户项件亿万元千百]*\s*(?:和|、|与|及|,)$/;

export const EN_ONE_MORE =
  /^\s+(?:received|took(?: in)?|got|signed|attracted|drew|landed|won|secured)\s+((?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)(?!\s*(?:%|percent|yuan|billion|million))/;
const EN_THINGS = /\b(projects|enterprises|firms|companies|schools|hospitals)\b/;

// What a numberless flow's kind counts when a bare number is given to it.
const MEASURE_OF_KIND: Partial<Record<ExtractedFlow['kind'], string>> = {
  projects: 'projects',
  enterprises: 'enterprises',
  education: 'schools',
  health: 'hospitals',
  research: 'institutes'
};

interface Item {
  offset: number;
  end: number;
  value: number;
  approx: boolean;
  fig?: FigureSpan;
  unit: string;
}

// The counter after a Chinese number (家 in 12家, 元 in 310亿元, 县 in 三县); '' when none.
const ZH_COUNTER = /^[亿万千百]*([\u4e00-\u9fff])/;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c) => b.includes(c));
const inside = (members: readonly string[][], side: readonly string[]) =>
  members.every((m) => m.every((c) => side.includes(c) || ancestorsOf(c).some((a) => side.includes(a))));

/** Runs of numbers joined by "and", 和, 、 in a sentence: "18 and 13", 26个和14个, 310亿元和95亿元. */
function runs(norm: string, sent: Span, lang: Lang, figs: readonly FigureSpan[]): Item[][] {
  const re = lang === 'zh' ? ZH_NUMBER : EN_NUMBER;
  const link = lang === 'zh' ? ZH_LINK : EN_LINK;
  const body = norm.slice(sent.start, sent.end);
  const items: Item[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = sent.start + m.index;
    if (items.length && at < items[items.length - 1].end) continue;
    const fig = figs.find((f) => f.offset === at);
    const n = parseNumberAt(norm, at, lang);
    if (!n || n.value === null || (!fig && /^\d{4}$/.test(n.raw))) continue;
    items.push({
      offset: at,
      // The figure's span holds its unit ("600 million yuan and 450 million yuan").
      end: fig ? Math.max(n.end, at + fig.raw.length, fig.end) : n.end,
      value: fig ? fig.value : n.value,
      approx: n.approx,
      fig,
      unit: lang === 'zh' ? (ZH_COUNTER.exec(norm.slice(n.end, n.end + 4))?.[1] ?? '') : ''
    });
    re.lastIndex = Math.max(re.lastIndex, n.end - sent.start);
  }
  const out: Item[][] = [];
  let cur: Item[] = [];
  for (const it of items) {
    const prev = cur[cur.length - 1];
    // A number of another counter (…5家，三县合计…) counts something else: it starts a new run.
    const unit = cur.find((c) => c.unit)?.unit;
    if (prev && link.test(norm.slice(prev.end, it.offset)) && !(unit && it.unit && it.unit !== unit)) cur.push(it);
    else {
      if (cur.length > 1) out.push(cur);
      cur = [it];
    }
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

/** Splits flows over "respectively" lists; adds a member's flow for each number of the list. */
export function respectively(
  norm: string,
  text: string,
  lang: Lang,
  sents: readonly Span[],
  groups: readonly PlaceGroup[],
  figs: readonly FigureSpan[],
  out: ExtractedFlow[]
): Set<ExtractedFlow> {
  const members = new Set<ExtractedFlow>();
  const cue = lang === 'zh' ? ZH_CUE : EN_CUE;
  for (let at = norm.indexOf(cue); at >= 0; at = norm.indexOf(cue, at + cue.length)) {
    const k = spanIndex(sents, at);
    if (k < 0) continue;
    const sent = sents[k];
    const lists = groups.filter((g) => g.members && g.start >= sent.start && g.end <= sent.end);
    if (!lists.length) continue;
    for (const run of runs(norm, sent, lang, figs)) {
      // Shares "of them" have the list right before them as subject ("It took in 58 of the projects
      // from A and B, and C and D took 23 and 17 of them respectively": C and D).
      const last = run[run.length - 1];
      const ofThem =
        lang === 'en' && /^\s*(?:[a-z-]+\s+)?of (?:them|these|those|the)\b/.test(norm.slice(last.end, last.end + 24));
      const near = (g: PlaceGroup) => (g.end <= run[0].offset ? -g.end : 1);
      const sized = lists.filter((g) => g.members!.length === run.length);
      const list = ofThem ? sized.sort((a, b) => near(a) - near(b)).slice(0, 1) : sized;
      if (!list.length) continue;
      // The flows the numbers already gave, with the list as one side.
      let side: 'origin' | 'destination' | null = null;
      let group: PlaceGroup | undefined;
      let template: ExtractedFlow | undefined;
      for (const g of list)
        for (const it of run) {
          const f = out.find((x) => x.offset === it.offset);
          if (!f || side) continue;
          if (same(f.destination, g.codes)) ((side = 'destination'), (group = g), (template = f));
          else if (same(f.origin, g.codes)) ((side = 'origin'), (group = g), (template = f));
        }
      // Numbers without a noun ("11 and 5 respectively", "18 and 13 of them") share out the
      // count stated before them in the sentence or the passage, whose side holds the members.
      // …or, for shares "of them"/"of the projects" opening a paragraph, in the paragraph before.
      // …of the things the sentence names before them ("took in 58 of the projects…, and C and D took…").
      const noun = ofThem ? EN_THINGS.exec(norm.slice(sent.start, run[0].offset)) : null;
      const named = noun ? (noun[1] === 'firms' || noun[1] === 'companies' ? 'enterprises' : noun[1]) : null;
      // (up to three paragraphs back: the count may stand before a paragraph on its money).
      let para = text.lastIndexOf('\n', sent.start) + 1;
      for (let pass = 0; pass < (ofThem ? 4 : 1) && !template; pass++, para = paragraphBefore(text, para)) {
        // The list named first (the subject) is the one shared out. Of the counts before, the total
        // (the largest: "58 firms came: 41 from Beijing and 17 from Tianjin"), not one of its parts.
        for (const g of list) {
          for (const f of out) {
            if (f.value === null || f.offset >= run[0].offset || f.offset < para || members.has(f)) continue;
            if ((run[0].fig?.unit === 'yuan') !== (f.measure === 'yuan')) continue;
            if (named && f.measure !== named) continue;
            if (template && template.value !== null && template.value > f.value && side) continue;
            if (inside(g.members!, f.destination)) ((side = 'destination'), (group = g), (template = f));
            else if (inside(g.members!, f.origin)) ((side = 'origin'), (group = g), (template = f));
          }
          if (template) break;
        }
      }
      // …or the flow the sentence states without a number ("Projects from Tianjin were received by A
      // and B, 27 and 19 respectively"): the bare numbers count its things, one per member.
      let bare: ExtractedFlow | undefined;
      if (!template && run.every((it) => !it.fig || !it.fig.unit))
        for (const g of list)
          for (const f of out) {
            if (template || f.value !== null || f.offset < sent.start || f.offset >= sent.end || !MEASURE_OF_KIND[f.kind])
              continue;
            if (same(f.destination, g.codes)) ((side = 'destination'), (group = g), (template = bare = f));
            else if (same(f.origin, g.codes)) ((side = 'origin'), (group = g), (template = bare = f));
          }
      if (bare) {
        template = { ...bare, measure: MEASURE_OF_KIND[bare.kind]! };
        out.splice(out.indexOf(bare), 1);
      }
      if (!template || !group || !side) continue;
      const otherSide = side === 'origin' ? 'destination' : 'origin';
      // Both sides listed (海淀区、朝阳区分别在张北县、崇礼区落地项目5个和3个): the i-th of each.
      // The cue stands between the lists: after both ("signed 16 projects with investors of Beijing
      // and Tianjin, 11 and 5 respectively") it shares out one list only.
      const pairedList = list.find(
        (g) =>
          g !== group &&
          same(g.codes, template![otherSide]) &&
          ((group!.end <= at && at <= g.start) || (g.end <= at && at <= group!.start))
      );
      run.forEach((it, i) => {
        const codes = group!.members![i];
        const had = out.find((x) => x.offset === it.offset);
        if (had && !same(had[side!], group!.codes)) return;
        const other = pairedList ? pairedList.members![i] : template![otherSide];
        if (overlaps(codes, other)) return;
        const flow: ExtractedFlow = had ?? {
          ...template!,
          value: it.value,
          approx: it.approx,
          offset: it.offset
        };
        flow[side!] = codes;
        if (pairedList) flow[otherSide] = other;
        if (!had) out.push(flow);
        members.add(flow);
      });
      // "…, respectively, while C received 12": one more share, told after the cue.
      if (lang === 'en' && side === 'destination' && !pairedList)
        for (const g of groups) {
          if (g.start <= at || g.end > sent.end || g.members) continue;
          const m = EN_ONE_MORE.exec(norm.slice(g.end, Math.min(sent.end, g.end + 40)));
          if (!m || !/\b(?:while|whereas|and)\s+$/.test(norm.slice(Math.max(at, g.start - 10), g.start))) continue;
          const offset = g.end + m[0].length - m[1].length;
          const n = parseNumberAt(norm, offset, lang);
          if (!n || n.value === null || out.some((x) => x.offset === offset) || overlaps(g.codes, template[otherSide])) continue;
          const flow: ExtractedFlow = { ...template, destination: g.codes, value: n.value, approx: n.approx, offset };
          out.push(flow);
          members.add(flow);
        }
    }
  }
  if (members.size) out.sort((a, b) => a.offset - b.offset);
  return members;
}

// "Sanhe and Dachang each signed with Tongzhou", 香河县、大厂县均与通州区签订协议: a word right after a
// list that gives each member the act of its own.
const EN_EACH = /^\s*(?:each|both)\b/;
const ZH_EACH = /^(?:均|都|各自|分别)/;

/**
 * Pairings without a number: "Dongcheng and Xicheng have paired with Sanhe and Xianghe
 * respectively", 东城区、西城区分别与三河市、香河县签订协议 are one flow per pair, never a flow between
 * the two lists; a list on one side only (A、B分别与C签约, "A and B each signed with C", A分别与B、C签约)
 * gives each member its own flow.
 */
export function pairsRespectively(
  norm: string,
  lang: Lang,
  sents: readonly Span[],
  groups: readonly PlaceGroup[],
  out: ExtractedFlow[]
): void {
  const cue = lang === 'zh' ? ZH_CUE : EN_CUE;
  const each = lang === 'zh' ? ZH_EACH : EN_EACH;
  const hasCue = norm.includes(cue);
  const hasEach = lang === 'zh' ? /[均都各]/.test(norm) : / each\b| both\b/.test(norm);
  if (!hasCue && !hasEach) return;
  const split: ExtractedFlow[] = [];
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.value !== null) continue;
    const k = spanIndex(sents, f.offset);
    if (k < 0) continue;
    const sent = sents[k];
    // The sentence's groups by a binary search and a short walk (groups are in text order): a filter
    // over every group per flow made a long text quadratic.
    let g0 = 0;
    for (let hi = groups.length; g0 < hi;) {
      const mid = (g0 + hi) >> 1;
      if (groups[mid].start < sent.start) g0 = mid + 1;
      else hi = mid;
    }
    const inSent: PlaceGroup[] = [];
    for (let j = g0; j < groups.length && groups[j].start < sent.end; j++) if (groups[j].end <= sent.end) inSent.push(groups[j]);
    const o = inSent.find((g) => same(g.codes, f.origin));
    const d = inSent.find((g) => same(g.codes, f.destination));
    const om = o?.members ?? [f.origin];
    const dm = d?.members ?? [f.destination];
    const distributes = (g: PlaceGroup | undefined) => !!g?.members && each.test(norm.slice(g.end, g.end + 8));
    let pairs: [string[], string[]][] = [];
    if (distributes(o) && dm.length === 1) pairs = om.map((m) => [m, dm[0]]);
    else if (distributes(d) && om.length === 1) pairs = dm.map((m) => [om[0], m]);
    else {
      const at = hasCue ? norm.indexOf(cue, sent.start) : -1;
      if (at < 0 || at >= sent.end) continue;
      // The cue follows the first list it shares out, or stands between one place and the list it pairs it with.
      const before = (om.length > 1 && o!.start < at) || (dm.length > 1 && d!.start < at) || om.length === dm.length;
      const onePlaceFirst = om.length === 1 && dm.length > 1 && !!o && !!d && o.end <= at && at < d.start;
      if (!before && !onePlaceFirst) continue;
      if (om.length > 1 && om.length === dm.length) pairs = om.map((m, j) => [m, dm[j]]);
      else if (om.length > 1 && dm.length === 1) pairs = om.map((m) => [m, dm[0]]);
      else if (dm.length > 1 && om.length === 1) pairs = dm.map((m) => [om[0], m]);
    }
    if (pairs.length < 2) continue;
    out.splice(i, 1);
    i--;
    for (const [origin, destination] of pairs) if (!overlaps(origin, destination)) split.push({ ...f, origin, destination });
  }
  if (split.length) (out.push(...split), out.sort((a, b) => a.offset - b.offset));
}
