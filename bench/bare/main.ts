// The benchmark's reference: the least a MapLibre page can do to draw the same district file.
// bench:interaction also opens it with ?level=county (the county file) and ?hover (a feature-state
// hover outline and the same DOM signal the explorer gives, so hover latency has a reference);
// without them the page is exactly what bench:load compares against. bench:load also opens it with
// ?cssSea: the sea as the container's CSS background instead of a background layer, as the
// explorer draws it, to show how much of the gap that one choice accounts for.
import { Map, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import districtUrl from '../../geo/out/district.geojson?url';
import countyUrl from '../../geo/out/county.geojson?url';

const params = new URLSearchParams(location.search);
const dataUrl = params.get('level') === 'county' ? countyUrl : districtUrl;
const hover = params.has('hover');
const cssSea = params.has('cssSea');
const SEA = '#d7e6ef';
if (cssSea) document.getElementById('map')!.style.background = SEA;

setWorkerUrl(workerUrl);
const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: cssSea ? [] : [{ id: 'bg', type: 'background', paint: { 'background-color': SEA } }]
  },
  bounds: [113.4, 36.0, 119.9, 42.7],
  hash: 'map'
});
map.on('load', () => {
  map.addSource('d', { type: 'geojson', data: new URL(dataUrl, location.href).href, ...(hover ? { promoteId: 'code' } : {}) });
  map.addLayer({ id: 'f', type: 'fill', source: 'd', paint: { 'fill-color': '#eef0ea' } });
  map.addLayer({ id: 'l', type: 'line', source: 'd', paint: { 'line-color': '#5f6b75' } });
  if (!hover) return;
  map.addLayer({
    id: 'h',
    type: 'line',
    source: 'd',
    paint: {
      'line-color': '#1f2a33',
      'line-width': 2,
      'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0]
    }
  });
  let hovered: string | null = null;
  map.on('mousemove', 'f', (e: MapLayerMouseEvent) => {
    const code = (e.features?.[0]?.properties?.code as string | undefined) ?? null;
    if (code === hovered) return;
    if (hovered) map.setFeatureState({ source: 'd', id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: 'd', id: code }, { hover: true });
    document.documentElement.dataset.hover = code ?? '';
  });
});
map.once('render', () => performance.mark('map-first-render'));
map.on('sourcedata', (e) => {
  if (e.isSourceLoaded && performance.getEntriesByName('source-' + e.sourceId).length === 0)
    performance.mark('source-' + e.sourceId);
});
map.on('idle', () => {
  if (!map.getSource('d') || !map.isSourceLoaded('d') || document.documentElement.dataset.mapReady) return;
  performance.mark('map-ready');
  document.documentElement.dataset.mapReady = 'true';
});
