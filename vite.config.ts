import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { cspMeta, SECURITY_HEADERS } from './scripts/csp.ts';
import { dataGuard } from './scripts/data-guard.ts';
import { trimMaplibreCss } from './scripts/maplibre-css.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [svelte(), cspMeta(), dataGuard(), trimMaplibreCss()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    target: 'es2022',
    // maplibre-gl is one large chunk by nature; splitting it buys nothing.
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    rolldownOptions: {
      // MapLibre in a chunk of its own: it changes far less often than the app, so it stays cached.
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } }
    }
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  server: { port: 5173 }
});
