import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { MapGeoJSONFeature, Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';

const KEY = Symbol('jjj-map');

export interface Point {
  x: number;
  y: number;
}

/** What an interactive layer answers to. The dispatch, not the layer, decides who gets an event. */
export interface Interactive {
  /** Pixels around the pointer that still count as a hit: thin lines need a little slack. */
  tolerance?: number;
  onclick?: (feature: MapGeoJSONFeature, point: Point) => void;
  /** Called with the feature under the pointer, and with null when the pointer leaves the layer. */
  onhover?: (feature: MapGeoJSONFeature | null, point: Point | null) => void;
}

/** The one map instance of a MapRoot, shared with the layers and controls inside it. */
export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** True once the style has loaded: layers may add sources from then on. */
  styleReady = $state(false);
  /** Ids of the sources on the map now (RawSource keeps it): state joins wait for their source. */
  readonly sources = new SvelteSet<string>();
  /** Pixels of the map hidden under panels (details, sheet): fitting a region keeps out of them. */
  padding = $state({ top: 0, right: 0, bottom: 0, left: 0 });
  readonly #interactive = new Map<string, Interactive>();
  #hovered: { layer: string; id: string | number | undefined } | null = null;

  /** Registers a layer for clicks and hovers; returns the unregistration. */
  interactive(layer: string, handlers: Interactive): () => void {
    this.#interactive.set(layer, handlers);
    return () => {
      if (this.#hovered?.layer === layer) this.#hovered = null;
      this.#interactive.delete(layer);
    };
  }

  /**
   * The topmost interactive layer with a feature under the point (within that layer's tolerance),
   * in the map's own drawing order: what the user sees on top is what they click.
   */
  hit(point: Point): { layer: string; feature: MapGeoJSONFeature } | null {
    const map = this.map;
    if (!map) return null;
    const order = map.getLayersOrder();
    for (let i = order.length - 1; i >= 0; i--) {
      const layer = order[i];
      const h = this.#interactive.get(layer);
      if (!h) continue;
      const t = h.tolerance ?? 0;
      const box: PointLike | [PointLike, PointLike] = t
        ? [
            [point.x - t, point.y - t],
            [point.x + t, point.y + t]
          ]
        : [point.x, point.y];
      const feature = map.queryRenderedFeatures(box, { layers: [layer] })[0];
      if (feature) return { layer, feature };
    }
    return null;
  }

  /** MapRoot's single click listener. */
  dispatchClick = (e: MapMouseEvent): void => {
    const hit = this.hit(e.point);
    if (hit) this.#interactive.get(hit.layer)?.onclick?.(hit.feature, e.point);
    else this.onempty?.();
  };

  /** MapRoot's single mousemove listener (and mouseout with a null point). */
  dispatchHover = (point: Point | null): void => {
    const hit = point ? this.hit(point) : null;
    const prev = this.#hovered;
    if (prev && prev.layer !== hit?.layer) this.#interactive.get(prev.layer)?.onhover?.(null, null);
    this.#hovered = hit ? { layer: hit.layer, id: hit.feature.id } : null;
    if (hit && point) this.#interactive.get(hit.layer)?.onhover?.(hit.feature, point);
    const canvas = this.map?.getCanvas();
    if (canvas) canvas.style.cursor = hit?.feature && this.#interactive.get(hit.layer)?.onclick ? 'pointer' : '';
  };

  /** A click on no interactive layer (the sea, outside the region). */
  onempty: (() => void) | null = null;
}

export function setMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('getMapContext() outside a <MapRoot>');
  return ctx;
}
