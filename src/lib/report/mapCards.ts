import type { Lang } from '../domain';
import type { FlowPair, PairArcProps, PlaceProps } from '../map/flowPairs';
import type { MetricDef } from '../metrics/catalog';
import type { MetricResult } from '../metrics/values';
import { formatNumber } from '../format/number';
import type { HoverText } from './hover';
import { regionHoverLine } from './hover';
import { pairHoverLines, placeHoverLines } from './pairHover';

/** Where the pointer rests: a flow line, a place's ring, a region (or its circle), each with its screen point. */
export interface MapHover {
  arc: { arc: PairArcProps; x: number; y: number } | null;
  place: { place: PlaceProps; x: number; y: number } | null;
  region: { code: string; x: number; y: number } | null;
}

export interface Naming {
  name: (code: string | null) => string;
  names: (codes: string[]) => string;
}

/**
 * The one hover card to show: a line over the ring under it, a ring over the region under it (the
 * topmost thing the pointer is on); null when it rests on none.
 */
export function hoverCard(
  h: MapHover,
  naming: Naming,
  metric: { def: MetricDef; result: MetricResult },
  lang: Lang
): (HoverText & { x: number; y: number }) | null {
  const { name, names } = naming;
  if (h.arc) {
    const { arc, x, y } = h.arc;
    return {
      x,
      y,
      title: `${name(arc.origin)} ${arc.arrow ? '→' : '↔'} ${name(arc.destination)}`,
      lines: pairHoverLines(arc, lang, names)
    };
  }
  if (h.place)
    return { x: h.place.x, y: h.place.y, title: name(h.place.place.code), lines: placeHoverLines(h.place.place, lang) };
  if (h.region) {
    const { code, x, y } = h.region;
    return { x, y, title: name(code), lines: [regionHoverLine(metric.def, metric.result, code, lang)] };
  }
  return null;
}

/** A drawn line in the list under the width legend: "Beijing → Cangzhou: ≥ 672 projects". */
export function drawnLineLabel(p: FlowPair, name: (code: string) => string, lang: Lang): string {
  const total =
    p.total.value === null ? '' : `: ${p.total.atLeast ? '≥ ' : ''}${formatNumber(p.total.value, lang, p.measure ?? undefined)}`;
  return `${name(p.origin)} ${p.directed ? '→' : '↔'} ${name(p.destination)}${total}`;
}
