import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../domain';
import { nameKey } from '../format/regionName';

/** The region label in the chosen language (the label features carry both names, labels.ts). */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', nameKey(lang)];
}
