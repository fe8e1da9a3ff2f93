import type { RegionIndex, RegionProps } from '../domain/region';
import type { Lang } from '../domain';

type Named = Pick<RegionProps, 'name_zh' | 'name_en'>;

/** The property holding a unit's name in the reader's language: the one place that choice is made. */
export function nameKey(lang: Lang): keyof Named {
  return lang === 'zh' ? 'name_zh' : 'name_en';
}

/** A unit's name in the reader's language. */
export function nameIn(region: Named, lang: Lang): string {
  return region[nameKey(lang)];
}

/**
 * The names a reader of `lang` may also know the unit by, for a search result's second line:
 * the English name to a Chinese reader, the Chinese name and its pinyin to an English one.
 */
export function otherNames(region: Named & Pick<RegionProps, 'name_pinyin'>, lang: Lang): string {
  return lang === 'zh' ? region.name_en : `${region.name_zh} · ${region.name_pinyin}`;
}

/** A region's name in the reader's language by code; an unknown code as itself. */
export function regionName(regions: RegionIndex, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const r = regions[code];
  return r ? nameIn(r, lang) : code;
}

/** Places named together: "Beijing + Tianjin" / "北京市、天津市". */
export function regionNames(regions: RegionIndex, codes: readonly string[], lang: Lang): string {
  return codes.map((c) => regionName(regions, c, lang)).join(lang === 'zh' ? '、' : ' + ');
}

/** A list in prose: "Chengde, Yu County, and Qinglong" / "承德市、蔚县、青龙满族自治县". */
export function regionList(regions: RegionIndex, codes: readonly string[], lang: Lang): string {
  const names = codes.map((c) => regionName(regions, c, lang));
  if (lang === 'zh') return names.join('、');
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}
