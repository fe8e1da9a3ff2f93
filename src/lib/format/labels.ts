import type { Lang } from '../domain';
import type { FlowStatus } from '../flows/types';

const STATUS: Record<FlowStatus, Record<Lang, string>> = {
  done: { en: 'done', zh: '已完成' },
  underway: { en: 'underway', zh: '推进中' },
  planned: { en: 'planned', zh: '计划' }
};

export function statusLabel(status: string, lang: Lang): string {
  return (STATUS as Record<string, Record<Lang, string>>)[status]?.[lang] ?? status;
}

/** The ingest's reasons to doubt a figure (data/README.md § Flags), as words. */
const FLAGS: Record<string, Record<Lang, string>> = {
  implausible_growth: { en: 'growth rate implausibly high (a lost decimal point?)', zh: '增速过高，疑似小数点错位' },
  share_over_100: { en: 'share over 100 %', zh: '占比超过100%' },
  negative: { en: 'negative quantity', zh: '数量为负' },
  implausible_magnitude: { en: 'implausibly large amount', zh: '金额大得不合常理' },
  larger_than_region: { en: 'larger than the whole region', zh: '大于整个区域面积' }
};

export function flagLabel(flag: string, lang: Lang): string {
  return FLAGS[flag]?.[lang] ?? (lang === 'zh' ? '数值存疑' : 'doubtful value');
}

/**
 * A period as a reader says it: "2024" (never "2024–2024"), "since 2017" / "2017年以来",
 * "to 2022" / "截至2022年", "2021–2025"; '' when undated. Takes the normalised period of
 * data/flows.csv, or start and end years.
 */
export function formatPeriod(period: string | { start: number | null; end: number | null }, lang: Lang): string {
  let start: number | null,
    end: number | null,
    open: 'since' | 'until' | null = null;
  if (typeof period === 'string') {
    const m = /^(\d{4})?(–)?(\d{4})?$/.exec(period.trim());
    if (!m || period.trim() === '') return '';
    start = m[1] ? Number(m[1]) : null;
    end = m[3] ? Number(m[3]) : null;
    if (m[2] && start !== null && end === null) open = 'since';
    if (m[2] && start === null && end !== null) open = 'until';
    if (!m[2]) end = start;
  } else {
    start = Number.isFinite(period.start) ? period.start : null;
    end = Number.isFinite(period.end) ? period.end : null;
    if (start !== null && end === null) open = 'since';
    if (start === null && end !== null) open = 'until';
  }
  if (start === null && end === null) return '';
  if (open === 'since') return lang === 'zh' ? `${start}年以来` : `since ${start}`;
  if (open === 'until') return lang === 'zh' ? `截至${end}年` : `to ${end}`;
  if (start === end) return String(start);
  return `${start}–${end}`;
}
