import type { FlowArcProps } from '../flows/arcs';
import type { ConsolidatedFlow } from '../flows/consolidate';
import { kindLabel } from '../flows/kinds';
import { formatFigure } from '../format/number';
import { formatPeriod, statusLabel } from '../format/labels';
import { countOf } from '../format/units';
import { shortName } from '../format/text';
import { t } from '../i18n/strings';
import type { MetricDef } from '../metrics/catalog';
import type { MetricResult } from '../metrics/values';
import type { Lang } from '../domain';

/** "Label: value" in English, "标签：数值" in Chinese. */
export const colon = (lang: Lang) => (lang === 'zh' ? '：' : ': ');

export interface HoverText {
  title: string;
  lines: string[];
}

/**
 * A flow line's hover card. The title names the places as the text states them: a line drawn to
 * one member of a group still says the figure is the group's ("Beijing + Tianjin → Cangzhou").
 */
export function flowHover(
  arc: FlowArcProps,
  flow: ConsolidatedFlow | undefined,
  lang: Lang,
  names: (codes: string[]) => string
): HoverText {
  const origin = flow?.origin ?? arc.originGroup.split('+');
  const destination = flow?.destination ?? arc.destinationGroup.split('+');
  const value = arc.value === null ? t(lang, 'noNumber') : formatFigure(arc.value, lang, arc.measure, { approx: arc.approx });
  const period = formatPeriod(flow?.period ?? { start: arc.periodStart, end: arc.periodEnd }, lang);
  const sources = flow ? new Set(flow.sources.map((s) => s.article)).size : 1;
  const lines = [
    `${kindLabel(arc.kind, lang)}${colon(lang)}${value}`,
    [period, statusLabel(arc.status, lang), flow ? t(lang, flow.provenance) : ''].filter(Boolean).join(' · '),
    `${t(lang, 'source')}${colon(lang)}${shortName(arc.article, 40)}${sources > 1 ? ` (${countOf(sources, 'sources', lang)})` : ''}`
  ];
  if (arc.grouped) lines.push(t(lang, 'sharedFlow'));
  return { title: `${names(origin)} ${arc.arrow ? '→' : '↔'} ${names(destination)}`, lines };
}

/** A region's hover card line: the metric's value with its unit, "at least" where parts may overlap. */
export function regionHoverLine(metric: MetricDef, result: MetricResult, code: string, lang: Lang): string {
  const v = result.values.get(code);
  const label = metric.label[lang];
  if (v === undefined) return `${label}${colon(lang)}${t(lang, 'noData')}`;
  return `${label}${colon(lang)}${formatFigure(v, lang, metric.unit, { atLeast: result.atLeast.has(code), approx: result.approx.has(code) })}`;
}
