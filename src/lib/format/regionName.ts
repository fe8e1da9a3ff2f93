import type { RegionIndex } from '../regions/types';
import type { Lang } from '../domain';

/** A region's name in the reader's language; an unknown code as itself. */
export function regionName(regions: RegionIndex, code: string | null | undefined, lang: Lang): string {
  if (!code) return '';
  const r = regions[code];
  return r ? (lang === 'zh' ? r.name_zh : r.name_en) : code;
}

/** Places named together: "Beijing + Tianjin" / "北京市、天津市". */
export function regionNames(regions: RegionIndex, codes: readonly string[], lang: Lang): string {
  return codes.map((c) => regionName(regions, c, lang)).join(lang === 'zh' ? '、' : ' + ');
}

/** A list in prose: "Chengde, Yu County and Qinglong" / "承德市、蔚县、青龙满族自治县". */
export function regionList(regions: RegionIndex, codes: readonly string[], lang: Lang): string {
  const names = codes.map((c) => regionName(regions, c, lang));
  if (lang === 'zh') return names.join('、');
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}
