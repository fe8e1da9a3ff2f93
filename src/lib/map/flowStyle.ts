import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * One colour per flow kind (Okabe–Ito, then Tol's muted teal and wine for the last two), so kinds
 * stay apart for colour-blind readers. Cooperation is grey and dashed: it has no direction.
 */
export const KIND_COLORS: Record<string, string> = {
  projects: '#0072B2',
  investment: '#E69F00',
  enterprises: '#009E73',
  relocation: '#CC79A7',
  education: '#56B4E9',
  health: '#D55E00',
  science_park: '#882255',
  research: '#44AA99',
  talent: '#332288',
  cooperation: '#6f6f6f'
};

export function kindColor(): ExpressionSpecification {
  return ['match', ['get', 'kind'], ...Object.entries(KIND_COLORS).flat(), '#333333'] as unknown as ExpressionSpecification;
}
