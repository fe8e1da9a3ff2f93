import type { Lang } from '../domain';

// Counts are written out in full (18,230, never 1.8万): a range is read digit by digit.
const formats = { en: new Intl.NumberFormat('en-US'), zh: new Intl.NumberFormat('zh-CN') };
const formatValue = (n: number, lang: Lang) => formats[lang].format(n);

/** Items shown per page of a region's details: enough to read, few enough to paint in one frame. */
export const DETAILS_PAGE = 50;

/** "1–50 of 18,230": the 1-based range of a page and the total, in the page's language. */
export function pageRange(offset: number, shown: number, total: number, lang: Lang): string {
  if (total === 0 || shown === 0) return lang === 'zh' ? `共 ${formatValue(total, lang)} 条` : `0 of ${formatValue(total, lang)}`;
  const range = `${formatValue(offset + 1, lang)}–${formatValue(offset + shown, lang)}`;
  return lang === 'zh' ? `第 ${range} 条，共 ${formatValue(total, lang)} 条` : `${range} of ${formatValue(total, lang)}`;
}

/** The offset of the page holding `offset`, clamped to the pages that exist. */
export function clampOffset(offset: number, total: number, size: number): number {
  if (total <= 0) return 0;
  const last = Math.floor((total - 1) / size) * size;
  return Math.min(Math.max(0, Math.floor(offset / size) * size), last);
}
