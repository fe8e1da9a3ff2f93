import { pinyin } from 'pinyin-pro';

/** Readings the dictionary gets wrong for these place names (polyphones read by their local names). */
export const PINYIN_OVERRIDES: Record<string, string[]> = {
  蔚: ['yù'],
  乐亭: ['lào', 'tíng'],
  蠡: ['lǐ'],
  任丘: ['rén', 'qiū'],
  任泽: ['rén', 'zé'],
  // 都 in a place name is dū, not dōu.
  襄都: ['xiāng', 'dū'],
  信都: ['xìn', 'dū'],
  望都: ['wàng', 'dū'],
  大城: ['dà', 'chéng']
};

const PROVINCES: Record<string, { en: string; pinyin: string }> = {
  北京市: { en: 'Beijing', pinyin: 'Běijīng Shì' },
  天津市: { en: 'Tianjin', pinyin: 'Tiānjīn Shì' },
  河北省: { en: 'Hebei', pinyin: 'Héběi Shěng' }
};

/** Suffixes, longest first, with their English and pinyin forms. */
const SUFFIXES: [string, string, string][] = [
  ['满族蒙古族自治县', 'Manchu and Mongol Autonomous County', 'Mǎnzú Měnggǔzú Zìzhìxiàn'],
  ['回族自治县', 'Hui Autonomous County', 'Huízú Zìzhìxiàn'],
  ['满族自治县', 'Manchu Autonomous County', 'Mǎnzú Zìzhìxiàn'],
  ['新区', 'New Area', 'Xīnqū'],
  ['矿区', 'Mining District', 'Kuàngqū'],
  ['区', 'District', 'Qū'],
  ['县', 'County', 'Xiàn'],
  ['市', 'City', 'Shì']
];

const stripTones = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');

/** Syllables joined as one word, with an apostrophe before a syllable that starts with a vowel (Xi'an). */
function joinSyllables(syllables: string[]): string {
  const word = syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function syllablesOf(base: string): string[] {
  return PINYIN_OVERRIDES[base] ?? pinyin(base, { toneType: 'symbol', type: 'array' });
}

export interface Names {
  name_en: string;
  name_pinyin: string;
}

/**
 * English and pinyin names from the official Chinese name. Prefecture-level cities are written bare
 * ("Chengde"), as English news writes them; districts, counties and county-level cities keep their
 * kind ("Heping District", "Huailai County", "Sanhe City").
 */
export function placeNames(name_zh: string, kind: 'province' | 'prefecture' | 'county'): Names {
  if (kind === 'province') {
    const p = PROVINCES[name_zh];
    if (!p) throw new Error(`no English name for province ${name_zh}`);
    return { name_en: p.en, name_pinyin: p.pinyin };
  }
  const suffix = SUFFIXES.find(([zh]) => name_zh.endsWith(zh) && name_zh.length > zh.length);
  if (!suffix) throw new Error(`cannot read the kind of unit from "${name_zh}"`);
  const base = name_zh.slice(0, -suffix[0].length);
  const toned = joinSyllables(syllablesOf(base));
  const plain = stripTones(toned);
  if (kind === 'prefecture' && suffix[0] === '市') return { name_en: plain, name_pinyin: `${toned} ${suffix[2]}` };
  return { name_en: `${plain} ${suffix[1]}`, name_pinyin: `${toned} ${suffix[2]}` };
}
