import type { ExpressionSpecification } from 'maplibre-gl';
import { KINDS } from '../flows/kinds';

/** Colours per flow kind, from the one kind table (src/lib/flows/kinds.ts). */
export const KIND_COLORS: Record<string, string> = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.color]));

export function kindColor(): ExpressionSpecification {
  return ['match', ['get', 'kind'], ...Object.entries(KIND_COLORS).flat(), '#333333'] as unknown as ExpressionSpecification;
}
