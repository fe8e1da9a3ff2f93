/**
 * The explorer built with synthetic data instead of the bundled data (bench:scale): the same app
 * config, with the two bundled-data imports of src/lib/data/bundled.ts aliased to files that
 * bench/scale.ts writes into bench/out/scale-data/. The base config's jjj-data-guard still checks the
 * real data; this config adds the same checks for the synthetic files.
 */
import { defineConfig, mergeConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import base from '../vite.config.ts';
import { BUNDLED_DATA, dataGuard } from '../scripts/data-guard.ts';

const dataDir = fileURLToPath(new URL('./out/scale-data/', import.meta.url));

export default mergeConfig(
  base,
  defineConfig({
    plugins: [
      dataGuard(
        { ...BUNDLED_DATA, articles: `${dataDir}articles.json`, flows: `${dataDir}flows.csv` },
        'the synthetic data (run bench/scale.ts, which writes it)'
      )
    ],
    resolve: {
      alias: [
        { find: /^.*\/data\/flows\.csv\?raw$/, replacement: `${dataDir}flows.csv?raw` },
        { find: /^.*\/data\/articles\.json$/, replacement: `${dataDir}articles.json` }
      ]
    },
    build: { outDir: fileURLToPath(new URL('./out/scale', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    logLevel: 'warn'
  })
);
