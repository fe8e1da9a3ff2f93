import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('jjj-map');

/** The one map instance of a MapRoot, shared with the layers and controls inside it. */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** True once the style has loaded: layers may add sources from then on. */
  styleReady = $state(false);
}

export function setMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('getMapContext() outside a <MapRoot>');
  return ctx;
}
