import { isAncestorOrSelf, type GazetteerEntry } from './gazetteer';

/** A selected gazetteer hit before it becomes one mention per code. */
export interface Hit {
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** Set when a rule decides the hit is not a mention of a place. */
  dropped?: string;
  /** For ambiguous names, the unit chosen by context. */
  resolved?: string;
}

// An institution, medium or piece of infrastructure named after a place is not a mention of the
// place: Nankai University is not Nankai District, Miyun Reservoir is a reservoir, Tianjin Daily a
// newspaper. The unit itself is usually named elsewhere in the article when it matters.
const FACILITY_EN =
  /^\s+(?:(?:south|north|east|west)\s+)?(?:university|college|middle school|high school|primary school|school|daily|international airport|airport|line|railway|high-speed railway|reservoir|railway station|station|port)(?![a-z])/;
const FACILITY_ZH = /^(?:大学|学院|中学|小学|日报|国际机场|机场|水库|南站|北站|东站|西站|站|港|地铁|线)/;

export function dropFacilities(hits: Hit[], norm: string): void {
  for (const h of hits) {
    if (h.dropped || h.entry.kind === 'block') continue;
    const after = norm.slice(h.end, h.end + 40);
    if (h.entry.latin ? FACILITY_EN.test(after) : FACILITY_ZH.test(after)) h.dropped = 'facility';
  }
}

// What may stand between a unit and the larger unit that qualifies it: "Heping District, Tianjin",
// "Tongzhou District of Beijing", "天津市和平区", "Xianghe County, Langfang City, Hebei Province".
const QUALIFIER_GAP = /^(?:[\s,，、]|of\b|in\b|'s\b)*$/;

function singleCode(h: Hit): string | null {
  if (h.entry.kind === 'block' || h.entry.kind === 'group') return null;
  return h.resolved ?? (h.entry.codes.length === 1 ? h.entry.codes[0] : null);
}

/**
 * A parent written next to its child only qualifies it: the text names the child, so the parent is
 * not counted a second time (mentions stay at the most specific unit named).
 */
export function absorbQualifiers(hits: Hit[], norm: string, parent: Map<string, string | null>): void {
  const live = hits.filter((h) => !h.dropped && singleCode(h));
  for (let i = 0; i + 1 < live.length; i++) {
    const a = live[i];
    const b = live[i + 1];
    const gap = norm.slice(a.end, b.start);
    if (!QUALIFIER_GAP.test(gap)) continue;
    const ca = singleCode(a)!;
    const cb = singleCode(b)!;
    // The same unit twice is a qualifier only when written as one name ("Cangzhou Bohai New Area");
    // "Bohai New Area, Cangzhou Development Zone" lists two places in it.
    if (ca === cb && gap.trim() !== '') continue;
    if (isAncestorOrSelf(ca, cb, parent)) a.dropped = 'qualifier';
    else if (isAncestorOrSelf(cb, ca, parent)) b.dropped = 'qualifier';
  }
}

/**
 * An ambiguous name ("Wei County": 蔚县, 魏县 or 威县) goes to the candidate whose prefecture or
 * province the same article names elsewhere, the most-named one if several; with no such evidence
 * the first candidate listed in aliases.csv, which the table orders by how these texts use the name.
 */
export function resolveAmbiguous(hits: Hit[], parent: Map<string, string | null>): void {
  const named = new Map<string, number>();
  for (const h of hits)
    if (!h.dropped && h.entry.kind !== 'block' && h.entry.kind !== 'ambiguous')
      for (const c of h.entry.codes) named.set(c, (named.get(c) ?? 0) + 1);
  for (const h of hits) {
    if (h.dropped || h.entry.kind !== 'ambiguous') continue;
    let best = h.entry.codes[0];
    let bestScore = 0;
    for (const cand of h.entry.codes) {
      let score = 0;
      for (let p = parent.get(cand); p; p = parent.get(p)) {
        // Only the direct prefecture counts fully: all three "Wei" counties share Hebei.
        score += (named.get(p) ?? 0) * (parent.get(cand) === p ? 1 : 0);
      }
      if (score > bestScore) (best = cand), (bestScore = score);
    }
    h.resolved = best;
  }
}
