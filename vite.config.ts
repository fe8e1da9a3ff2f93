import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  build: {
    target: 'es2022',
    // maplibre-gl is one large chunk by nature; splitting it buys nothing.
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 }
});
