import type { AddLayerObject, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_ORDER } from './ids';

/** Adds a layer at its place in LAYER_ORDER, whatever order the components mounted in. */
export function addLayerOrdered(map: MapLibreMap, layer: AddLayerObject): void {
  const at = LAYER_ORDER.indexOf(layer.id);
  const before = LAYER_ORDER.slice(at + 1).find((id) => map.getLayer(id));
  map.addLayer(layer, before);
}

/** Removes layers (top first) and then their sources, skipping what is already gone. */
export function removeAll(map: MapLibreMap, layers: readonly string[], sources: readonly string[]): void {
  for (const id of [...layers].reverse()) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of sources) if (map.getSource(id)) map.removeSource(id);
}
