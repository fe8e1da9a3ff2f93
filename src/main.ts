// First: starts MapLibre's worker before the app's modules and data are evaluated.
import './lib/map/prewarm';
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import App from './App.svelte';
import { preloadDataset } from './lib/data/bundled';

// An atlas build (VITE_DATASET) fetches its dataset first; otherwise this resolves at once.
export default preloadDataset().then(() => mount(App, { target: document.getElementById('app')! }));
