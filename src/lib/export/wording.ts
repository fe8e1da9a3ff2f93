import { formatPeriod } from '../format/labels';
import { t } from '../i18n/strings';
import type { Lang } from '../domain';

/** The time window as the exports say it: "all years" / "全部年份", "2024", "since 2020", "2019–2022". */
export function windowLabel(from: number | null, to: number | null, lang: Lang): string {
  if (from === null && to === null) return lang === 'en' ? t(lang, 'allYears').toLowerCase() : t(lang, 'allYears');
  return formatPeriod({ start: from, end: to }, lang);
}
