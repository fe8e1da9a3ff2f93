import { untrack } from 'svelte';
import type { ExpressionSpecification } from 'maplibre-gl';
import { getMapContext } from './context.svelte';

/** True on the feature marked by `markSelected`; for paint expressions only (feature state is paint-only). */
export const IS_SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * Marks the selected region's feature in `source` (whose feature ids are the region codes) with
 * feature state, and unmarks it when the selection changes or the component goes: a click changes
 * one feature's state, where a paint expression naming the code rebuilt the layer for every feature.
 * Call it while a layer component initialises.
 */
export function markSelected(source: string, selected: () => string | null): void {
  const ctx = getMapContext();
  $effect(() => {
    const map = ctx.map;
    const code = selected();
    if (!map || !code || !ctx.sources.has(source)) return;
    const id = Number(code);
    untrack(() => map.setFeatureState({ source, id }, { selected: true }));
    return () => {
      if (map.getSource(source)) map.setFeatureState({ source, id }, { selected: false });
    };
  });
}
