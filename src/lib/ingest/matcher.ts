import type { Gazetteer, GazetteerEntry } from './gazetteer';
import {
  absorbQualifiers,
  applyQualifiers,
  confirmShortForms,
  dropGlued,
  dropSubplaces,
  dropBrands,
  dropInstitutions,
  excludedSpans,
  resolveByContext,
  unitWordGlued,
  type Excluded,
  type Hit
} from './rules';
import { compileAscii } from './automaton';
import { matchView, type MatchView } from './view';

/** One place named in a text, with UTF-16 offsets into the decoded text. */
export interface Mention {
  start: number;
  end: number;
  code: string;
  /** The text as written (for keyword-in-context at run time; never stored). */
  surface: string;
  /** How the name was known: official name, generated short form, alias, group or ambiguous name. */
  via: GazetteerEntry['kind'];
}

export interface MatchResult {
  mentions: Mention[];
  /** Every selected hit including dropped ones, for debugging and tests. */
  hits: Hit[];
  /**
   * Spans where a region name is not a place of the region: written with a place elsewhere
   * (长春市朝阳区), or inside an institution's or feature's name (Bank of Tianjin, 唐山港); and every
   * place outside the region. Figures must not credit these to the region.
   */
  excluded: Excluded[];
  view: MatchView;
}

const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

export interface Matcher {
  match(text: string, view?: MatchView): MatchResult;
}

/** Compiles the gazetteer once; `match` is then one Aho–Corasick pass per text plus the rules. */
export function createMatcher(gazetteer: Gazetteer): Matcher {
  const { entries, parent, glue, former, verbs } = gazetteer;
  const ascii = entries.map((e) => matchView(e.norm).ascii);
  const ac = compileAscii(ascii);

  // Candidates as parallel typed arrays, reused across texts and grown as needed: most are overlapped
  // sub-matches ("Hebei" inside "Hebei Province") that never become hits, so only the chosen ones
  // become objects (allocation and GC of one object per candidate was a cost per match).
  let cStart = new Int32Array(1024);
  let cEnd = new Int32Array(1024);
  let cIndex = new Int32Array(1024);
  // Which units a chosen candidate covers: one zeroed buffer reused for every text up to a size
  // (cleared again where it was marked), not a fresh one the text's length per text.
  let takenScratch = new Uint8Array(1 << 16);
  const grow = (a: Int32Array) => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };

  function match(text: string, view: MatchView = matchView(text)): MatchResult {
    const { norm } = view;
    let n = 0;
    let longest = 0;
    ac.scan(view.ascii, (index, start, end) => {
      const entry = entries[index];
      // The ASCII stand-ins collide by design; the normalised text decides.
      if (!norm.startsWith(entry.norm, start)) return;
      if (entry.latin) {
        if (start > 0 && isWordChar(norm.charCodeAt(start - 1))) return;
        if (end < norm.length && isWordChar(norm.charCodeAt(end))) return;
      } else if (unitWordGlued(entry.norm, norm, end)) return;
      if (n === cStart.length) {
        cStart = grow(cStart);
        cEnd = grow(cEnd);
        cIndex = grow(cIndex);
      }
      cStart[n] = start;
      cEnd[n] = end;
      cIndex[n++] = index;
      if (end - start > longest) longest = end - start;
    });
    // Longest match wins anywhere it overlaps: 河北区 over 河北, 宽城区 (Changchun's) over 宽城;
    // among equals the earlier start. Candidates arrive by end offset, so a stable counting sort by
    // length (longest first) gives that order without a comparator sort, and the chosen ones, which
    // never overlap, are already in text order.
    const next = new Int32Array(longest + 2);
    for (let k = 0; k < n; k++) next[longest - (cEnd[k] - cStart[k]) + 1]++;
    for (let l = 1; l <= longest + 1; l++) next[l] += next[l - 1];
    const order = new Int32Array(n);
    for (let k = 0; k < n; k++) order[next[longest - (cEnd[k] - cStart[k])]++] = k;
    if (takenScratch.length < norm.length && norm.length <= 1 << 18)
      takenScratch = new Uint8Array(Math.min(1 << 18, Math.max(norm.length, 2 * takenScratch.length)));
    const shared = norm.length <= takenScratch.length;
    const taken = shared ? takenScratch : new Uint8Array(norm.length);
    const chosen = new Uint8Array(n);
    for (let o = 0; o < n; o++) {
      const k = order[o];
      const a = cStart[k];
      const b = cEnd[k];
      let free = true;
      for (let i = a; i < b && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, a, b);
      chosen[k] = 1;
    }
    if (shared) for (let k = 0; k < n; k++) if (chosen[k]) taken.fill(0, cStart[k], cEnd[k]);
    const hits: Hit[] = [];
    for (let k = 0; k < n; k++)
      if (chosen[k])
        // Every field a rule may set, set now: one object shape for all hits keeps the rules' property reads monomorphic.
        hits.push({
          start: cStart[k],
          end: cEnd[k],
          entry: entries[cIndex[k]],
          dropped: undefined,
          resolved: undefined,
          settled: undefined,
          cued: undefined,
          span: undefined
        });

    // The order is the order of evidence (data/README.md): the name's own words, the qualifier
    // written with it, then sentence, paragraph and article.
    dropInstitutions(hits, text, norm, verbs);
    dropGlued(hits, text, norm, glue);
    dropSubplaces(hits, norm);
    applyQualifiers(hits, norm, parent, former);
    resolveByContext(hits, text);
    confirmShortForms(hits, norm, parent);
    dropBrands(hits, text, norm, parent);
    absorbQualifiers(hits, norm, parent);
    // Places outside the region are never mentions; marked last, since they qualify names above.
    for (const h of hits) if (h.entry.kind === 'elsewhere' && !h.dropped) h.dropped = 'elsewhere';

    const mentions: Mention[] = [];
    for (const h of hits) {
      if (h.dropped || h.entry.kind === 'block' || h.entry.kind === 'elsewhere') continue;
      // Written as the gazetteer spells it (most mentions): its string, not a copy per mention.
      const p = h.entry.pattern;
      const surface = p.length === h.end - h.start && text.startsWith(p, h.start) ? p : text.slice(h.start, h.end);
      if (h.resolved) mentions.push({ start: h.start, end: h.end, code: h.resolved, surface, via: h.entry.kind });
      else for (const code of h.entry.codes) mentions.push({ start: h.start, end: h.end, code, surface, via: h.entry.kind });
    }
    return { mentions, hits, excluded: excludedSpans(hits), view };
  }

  return { match };
}
