import type { PairArcProps, PlaceProps } from '../map/flowPairs';
import type { Lang } from '../domain';
import { formatNumber, kindLabel, t } from '../i18n/strings';

/** A drawn line's hover lines: its total (a lower bound says so), a jointly stated total, and how many flows it stands for. */
export function pairHoverLines(a: PairArcProps, lang: Lang, names: (codes: string[]) => string): string[] {
  const zh = lang === 'zh';
  const value =
    a.value === null
      ? t(lang, 'noData')
      : `${a.atLeast ? (zh ? '至少 ' : 'at least ') : ''}${formatNumber(a.value, lang, a.measure ?? undefined)}`;
  const kind = a.kind === 'mixed' ? (zh ? '多种' : 'several kinds') : kindLabel(a.kind, lang);
  const count = zh ? `${a.count} 条记录` : `${a.count} stated flow${a.count === 1 ? '' : 's'}`;
  const shared: string[] = [];
  if (a.sharedBy) {
    const [o, d] = a.sharedBy.split('>').map((side) => names(side.split('+')));
    shared.push(zh ? `原文合计：${o} → ${d}` : `stated jointly: ${o} → ${d}`);
  }
  return [`${kind}: ${value}`, ...shared, count];
}

/** A place circle's hover line: the flows drawn arriving, leaving and two-way. */
export function placeHoverLines(p: PlaceProps, lang: Lang): string[] {
  return [
    lang === 'zh'
      ? `流入 ${p.incoming} · 流出 ${p.outgoing} · 双向 ${p.twoWay}`
      : `in ${p.incoming} · out ${p.outgoing} · two-way ${p.twoWay}`
  ];
}
