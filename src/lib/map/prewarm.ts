import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Imported first by main.ts, for its side effect: MapLibre's worker starts loading while the rest
 * of the app is still evaluated and mounted, instead of when the map is created.
 */
setWorkerUrl(workerUrl);
prewarm();
