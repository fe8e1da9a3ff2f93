import type { Lang } from '../domain';
import { t } from '../i18n/strings';
import { flagLabel } from '../format/labels';
import { formatFigure } from '../format/number';
import { countOf } from '../format/units';
import { shortName } from '../format/text';
import type { ArticleHit, FigureHit } from './regionReport';

/** An article's bar in the mentions chart: its date and language, its mentions, its file as the tooltip. */
export function articleBar(a: ArticleHit, lang: Lang): { key: string; label: string; value: number; title: string } {
  return { key: a.id, label: `${a.date ?? t(lang, 'undated')} · ${a.lang}`, value: a.count, title: shortName(a.id, 80) };
}

/** An article's line after its file name: "2024-02-01 · en · 3 mentions". */
export function articleMeta(a: ArticleHit, lang: Lang): string {
  return `${a.date ?? t(lang, 'undated')} · ${a.lang} · ${countOf(a.count, 'mentions', lang)}`;
}

/** A figure as printed, and why the ingest doubted it (empty when it did not). */
export function figureLine(f: FigureHit, lang: Lang): { value: string; flags: string } {
  return {
    value: formatFigure(f.value, lang, f.unit, { approx: f.approx }),
    flags: (f.flags ?? []).map((g) => flagLabel(g, lang)).join(lang === 'zh' ? '；' : '; ')
  };
}
