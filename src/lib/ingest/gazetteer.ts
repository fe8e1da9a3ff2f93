import { isWithin } from '../domain/ancestry';
import { parseAliases, type AliasKind } from './aliases';
import { PLACES, type PlacesTable } from './places';
import type { RegionsLike } from './regions';
import { normalizeForMatch } from './view';

/**
 * - name / auto / alias / group / ambiguous / block: as before (aliases.ts)
 * - short: a county-level unit's name without its unit word (迁安, Zhuolu), from places.json;
 *   `cue` says whether it needs a place cue or a sibling place to count
 * - historic: a former name from the older code tables (任县 → 任泽区)
 * - elsewhere: a place outside the region (长春市, Pingdingshan, 宽城区 of Changchun); never a mention,
 *   it qualifies names written with it
 */
export type EntryKind = 'name' | 'auto' | 'short' | 'historic' | 'elsewhere' | Exclude<AliasKind, 'deny' | 'context'>;

export interface GazetteerEntry {
  /** The form as written in regions.json or aliases.csv. */
  pattern: string;
  /** The form in the matching view (see view.ts). */
  norm: string;
  /** One code, several for a group or an ambiguous name, none for a block. */
  codes: string[];
  kind: EntryKind;
  /** Latin script: matched as whole words. */
  latin: boolean;
  /**
   * Code prefixes (province 2 digits, prefecture 4) of places outside the region with this name: for
   * `elsewhere` entries where they are, for region entries their namesakes (朝阳区: Changchun's).
   */
  outside?: string[];
  /** A short form that counts only with a place cue or a sibling place nearby. */
  cue?: boolean;
  /** A short form that a place word does not cue (aliases.csv kind context): only its place's own context. */
  context?: boolean;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  parent: Map<string, string | null>;
  /** Characters that glue to a short stem's first (before) or last (after) character: places.json. */
  glue: Map<string, [string, string]>;
  /**
   * Former names that another unit of the region still bears, by the prefecture that must be written
   * with them: `<prefecture code>|<norm>` → the unit that holds the code now (130500|桥东区 → 襄都区).
   */
  former: Map<string, string>;
  /** Common two-character verbs (places.json): 开展, 支持 … */
  verbs: Set<string>;
}

const LATIN = /[a-z]/i;
// Bare romanised stems shorter than this ("Yu", "Wei", "Hexi") are ordinary syllables in English text.
const MIN_BARE = 5;
const EN_SUFFIX = /\s+(district|county|city|new area|(?:hui |manchu |mongol |manchu and mongol )?autonomous county)$/i;

function stripTones(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Forms a region gets without any alias row: its official names and the safe short forms. */
function autoForms(r: RegionsLike[string]): { form: string; kind: EntryKind }[] {
  const out: { form: string; kind: EntryKind }[] = [];
  out.push({ form: r.name_zh, kind: 'name' });
  if (r.name_en) out.push({ form: r.name_en, kind: 'name' });
  // Province-level names and Hebei's prefecture cities are safe without 市/省 (北京, 张家口);
  // district and county stems are not (和平 is "peace", 朝阳 a dozen places), so those come only
  // from the curated alias table.
  const cityOfHebei = r.level === 'district' && r.parent === '130000' && r.name_zh.endsWith('市');
  if ((r.level === 'province' || cityOfHebei) && /[市省]$/.test(r.name_zh) && r.name_zh.length >= 3)
    out.push({ form: r.name_zh.slice(0, -1), kind: 'auto' });
  const en = r.name_en ? stripTones(r.name_en) : '';
  const m = EN_SUFFIX.exec(en);
  const stem = m ? en.slice(0, m.index) : en;
  // Bare stems only for the map's default units: Hebei alone has some 170 county-level names, and
  // bare ones collide with English text ("Xinhua" the agency, "Chang'an" in prize names). Counties
  // get bare forms from the alias table when the texts use them.
  const bareOk = r.level !== 'county';
  if (bareOk && stem && stem !== en && stem.replace(/[^a-z]/gi, '').length >= MIN_BARE) out.push({ form: stem, kind: 'auto' });
  if (m && /autonomous/i.test(m[1]) && stem) out.push({ form: `${stem} County`, kind: 'auto' });
  // "the county of Jingxing": the unit word written before the stem names the county as surely as after
  // it, also where the bare stem is never counted (井陉 is a county and a mining district). Written with
  // its article: "Luanping County of Chengde" is Luanping, and "County of Chengde" there is no name.
  if (m && /county$/i.test(m[1]) && stem) out.push({ form: `the County of ${stem}`, kind: 'auto' });
  if (stem && r.level !== 'province' && !/city$/i.test(en) && r.name_zh.endsWith('市'))
    out.push({ form: `${stem} City`, kind: 'auto' });
  // Machine translation renders 区 as "Zone" as often as "District".
  if (m && m[1].toLowerCase() === 'district') out.push({ form: `${stem} Zone`, kind: 'auto' });
  if (bareOk && r.name_pinyin) {
    const py = stripTones(r.name_pinyin).replace(/\s+(qu|xian|shi|sheng)$/i, '');
    if (py.replace(/[^a-z]/gi, '').length >= MIN_BARE) out.push({ form: py, kind: 'auto' });
  }
  return out;
}

/**
 * Builds the pattern list from regions.json, the alias table and the generated nationwide table
 * (data/gazetteer/places.json). Takes data, not paths, so the same code runs in Node and in a browser
 * worker (`aliases.csv?raw`).
 */
export function buildGazetteer(
  regions: RegionsLike,
  aliasesCsv: string,
  aliasFile = 'data/gazetteer/aliases.csv',
  places: PlacesTable = PLACES
): Gazetteer {
  const parent = new Map<string, string | null>();
  for (const r of Object.values(regions)) parent.set(r.code, r.parent);
  const rows = parseAliases(aliasesCsv, aliasFile, (c) => parent.has(c));

  const keyed = (kind: AliasKind) =>
    new Set(rows.filter((r) => r.kind === kind).map((r) => `${r.codes[0]}|${normalizeForMatch(r.alias)}`));
  const denied = keyed('deny');
  const contextOnly = keyed('context');
  const byForm = new Map<string, GazetteerEntry>();
  // Generated kinds, weakest first: a stronger one replaces a weaker one for the same form.
  const RANK: Partial<Record<EntryKind, number>> = { short: 1, historic: 2, auto: 3, name: 4 };
  const add = (pattern: string, codes: string[], kind: EntryKind, extra: Partial<GazetteerEntry> = {}) => {
    const norm = normalizeForMatch(pattern.trim());
    if (!norm) return;
    if (codes.length === 1 && denied.has(`${codes[0]}|${norm}`)) return;
    if (codes.length === 1 && kind === 'short' && contextOnly.has(`${codes[0]}|${norm}`))
      extra = { ...extra, cue: true, context: true };
    const prev = byForm.get(norm);
    const fresh = (): GazetteerEntry => ({ pattern, norm, codes, kind, latin: LATIN.test(norm), ...extra });
    if (!prev) return void byForm.set(norm, fresh());
    // A place elsewhere with a region name's form only adds a namesake to it ("Chaoyang": Beijing's
    // district and Liaoning's city).
    if (kind === 'elsewhere' || prev.kind === 'elsewhere') {
      const out = [...(prev.outside ?? []), ...(extra.outside ?? [])];
      if (kind === 'elsewhere' && prev.kind === 'elsewhere') return void (prev.outside = [...new Set(out)].sort());
      if (prev.kind === 'elsewhere') byForm.set(norm, { ...fresh(), outside: [...new Set(out)].sort() });
      else if (prev.kind !== 'block') prev.outside = [...new Set(out)].sort();
      return;
    }
    const pr = RANK[prev.kind];
    const kr = RANK[kind];
    // Curated rows override generated ones; the same form generated for two units becomes ambiguous.
    if (kr === undefined) {
      return void byForm.set(norm, { ...fresh(), outside: prev.outside ?? extra.outside });
    }
    if (pr === undefined) return;
    if (prev.codes.join() === codes.join()) {
      if (kr > pr) byForm.set(norm, { ...fresh(), outside: prev.outside ?? extra.outside });
      return;
    }
    // An official name beats a generated form: "Hebei" is the province, not 河北区.
    if (pr !== kr) {
      if (kr > pr) byForm.set(norm, fresh());
      return;
    }
    prev.codes = [...new Set([...prev.codes, ...codes])].sort();
    prev.kind = 'ambiguous';
    prev.cue = prev.cue || extra.cue;
  };
  const merge = (...lists: (string[] | undefined)[]) => {
    const all = [...new Set(lists.flatMap((l) => l ?? []))].sort();
    return all.length ? { outside: all } : {};
  };
  // Stem → prefixes of the elsewhere entries written "<stem> County/District/City".
  const former = new Map<string, string>();
  const otherWord = new Map<string, Set<string>>();
  for (const [form, prefix] of places.elsewhere) {
    const m = LATIN.test(form) ? EN_SUFFIX.exec(form) : null;
    if (!m) continue;
    const stem = form.slice(0, m.index).toLowerCase();
    if (!otherWord.has(stem)) otherWord.set(stem, new Set());
    otherWord.get(stem)!.add(prefix);
  }
  for (const code of Object.keys(regions).sort()) {
    const unit = places.units[code];
    // Namesakes of full names: the same characters (out); Latin full names also get the namesakes
    // whose pinyin name is the same (elsewhere rows merge into them: "Qinglong County" of Guizhou).
    // Stem namesakes (sout, eout) only concern the short forms.
    // A Latin full name is shared with units elsewhere of the same pinyin and unit word ("Yuhua
    // District" is Shijiazhuang's 裕华区 and Changsha's 雨花区), so a qualifier or context can reject
    // it. Homophones with another unit word have their own elsewhere entry ("Pingshan District" of
    // Shenzhen is not "Pingshan County") and are left out.
    const sameEn = unit?.eout?.filter((p) => !otherWord.get(unit.en.toLowerCase())?.has(p));
    for (const { form, kind } of autoForms(regions[code]))
      add(form, [code], kind, LATIN.test(form) ? merge(unit?.out, sameEn) : merge(unit?.out));
    if (!unit) continue;
    // Short forms (data/README.md): risk 2 never, 1 with a cue, 0 anywhere; Latin ones of
    // district-level units already come from autoForms.
    if (unit.zr < 2) {
      add(unit.zh, [code], 'short', { cue: unit.zr === 1, ...merge(unit.sout) });
      for (const w of unit.words ?? []) add(w, [], 'block');
    }
    if (unit.er < 2 && regions[code].level === 'county')
      add(unit.en, [code], 'short', { cue: unit.er === 1, ...merge(unit.sout, unit.eout) });
    const prefecture = regions[code].parent;
    if (prefecture) for (const form of (unit.phist ?? []).flat()) former.set(`${prefecture}|${normalizeForMatch(form)}`, code);
    for (const [zh, en] of unit.hist ?? []) {
      add(zh, [code], 'historic');
      add(en, [code], 'historic');
    }
  }
  for (const row of rows) if (row.kind !== 'deny' && row.kind !== 'context') add(row.alias, row.codes, row.kind);
  for (const [form, prefix] of [...places.outside, ...places.elsewhere]) add(form, [], 'elsewhere', { outside: [prefix] });
  const entries = [...byForm.values()].sort((a, b) => (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0));
  const glue = new Map(Object.entries(places.glue));
  const verbs = new Set<string>();
  for (let i = 0; i + 1 < places.verbs.length; i += 2) verbs.add(places.verbs.slice(i, i + 2));
  return { entries, parent, glue, former, verbs };
}

/** True when `a` is `b` or one of its ancestors. */
export function isAncestorOrSelf(a: string, b: string, parent: Map<string, string | null>): boolean {
  return isWithin(b, a, parent);
}
