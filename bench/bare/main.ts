// The benchmark's reference: the least a MapLibre page can do to draw the same district file.
import { Map, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import districtUrl from '../../geo/out/district.geojson?url';

setWorkerUrl(workerUrl);
const map = new Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#d7e6ef' } }] },
  bounds: [113.4, 36.0, 119.9, 42.7],
  hash: 'map'
});
map.on('load', () => {
  map.addSource('d', { type: 'geojson', data: new URL(districtUrl, location.href).href });
  map.addLayer({ id: 'f', type: 'fill', source: 'd', paint: { 'fill-color': '#eef0ea' } });
  map.addLayer({ id: 'l', type: 'line', source: 'd', paint: { 'line-color': '#5f6b75' } });
});
map.on('idle', () => {
  if (map.getSource('d') && map.isSourceLoaded('d')) document.documentElement.dataset.mapReady = 'true';
});
