import type { Map as MapLibreMap } from 'maplibre-gl';

type State = Record<string, string | number | boolean | null>;

/**
 * Joins values to a source's features by feature state, keyed by promoted id. Each call sets only
 * what changed since the last and clears ids no longer given, so a metric change costs one state
 * write per region whose colour moved.
 */
export function joinState(map: MapLibreMap, source: string): (next: Record<string, State>) => void {
  let last: Record<string, State> = {};
  return (next) => {
    if (!map.getSource(source)) return;
    for (const id of Object.keys(last)) if (!(id in next)) map.removeFeatureState({ source, id });
    for (const [id, s] of Object.entries(next)) {
      const prev = last[id];
      if (!prev || Object.keys(s).some((k) => prev[k] !== s[k])) map.setFeatureState({ source, id }, s);
    }
    last = next;
  };
}
