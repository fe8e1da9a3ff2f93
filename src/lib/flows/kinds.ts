import type { Lang } from '../domain';
import type { FlowKind } from './types';

export interface KindInfo {
  /** Line and swatch colour: Okabe–Ito, then Tol's muted teal and wine, so kinds stay apart for colour-blind readers. */
  color: string;
  label: Record<Lang, string>;
}

/**
 * The one table of flow kinds. Keyed by the `FlowKind` union, so a kind added to FLOW_KINDS
 * without a colour and both labels here fails to compile. Cooperation is grey: it has no direction.
 */
export const KINDS: Record<FlowKind, KindInfo> = {
  projects: { color: '#0072B2', label: { en: 'Projects', zh: '项目' } },
  investment: { color: '#E69F00', label: { en: 'Investment', zh: '投资' } },
  enterprises: { color: '#009E73', label: { en: 'Enterprises', zh: '企业' } },
  relocation: { color: '#CC79A7', label: { en: 'Relocated functions', zh: '功能疏解' } },
  education: { color: '#56B4E9', label: { en: 'Education', zh: '教育' } },
  health: { color: '#D55E00', label: { en: 'Health care', zh: '医疗' } },
  science_park: { color: '#882255', label: { en: 'Science parks', zh: '科技园区' } },
  research: { color: '#44AA99', label: { en: 'Research', zh: '科研' } },
  talent: { color: '#332288', label: { en: 'Talent', zh: '人才' } },
  cooperation: { color: '#6f6f6f', label: { en: 'Two-way cooperation', zh: '双向合作' } }
};

const isKind = (k: string): k is FlowKind => Object.prototype.hasOwnProperty.call(KINDS, k);

/** A kind in the reader's language; an unknown one (a newer data file) as words, never as a code. */
export function kindLabel(kind: string, lang: Lang): string {
  return isKind(kind) ? KINDS[kind].label[lang] : kind.replace(/_/g, ' ');
}

export function kindColor(kind: string): string {
  return isKind(kind) ? KINDS[kind].color : '#333333';
}
