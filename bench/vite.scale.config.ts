/**
 * The explorer built with synthetic data instead of the bundled data (bench:scale): the same app
 * config, with the two bundled-data imports of src/lib/data/bundled.ts aliased to files that
 * bench/scale.ts writes into bench/out/scale-data/. The base config's jjj-data-guard still checks the
 * real data; this config adds the same checks for the synthetic files (see syntheticDataGuard).
 */
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from '../vite.config';
import { validateArticles, formatDataIssue } from '../src/lib/data/validateArticles';
import { parseFlows } from '../src/lib/flows/parse';
import { formatIssue } from '../src/lib/flows/types';

const dataDir = fileURLToPath(new URL('./out/scale-data/', import.meta.url));
const regionsFile = fileURLToPath(new URL('../geo/out/regions.json', import.meta.url));

/**
 * Every problem in the synthetic files, as the real guard reports them. validateArticles finds each
 * article's line by scanning the text from the start, which is quadratic on 10,000 articles; so each
 * article is validated on its own (same checks), and duplicate ids are checked across the whole set.
 */
export function syntheticProblems(): string[] {
  const regions: Record<string, { parent: string | null }> = JSON.parse(readFileSync(regionsFile, 'utf8'));
  const codes = new Set(Object.keys(regions));
  const file = `${dataDir}articles.json`;
  let parsed: { schema?: unknown; articles?: unknown[] };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return [`${file}: not readable JSON (${e instanceof Error ? e.message : e}); run bench/scale.ts, which writes it`];
  }
  const problems: string[] = [];
  if (parsed.schema !== 1 || !Array.isArray(parsed.articles)) return [`${file}: expected schema 1 and an articles array`];
  const ids = new Set<string>();
  for (const a of parsed.articles) {
    const r = validateArticles(JSON.stringify({ schema: 1, articles: [a] }), codes, file);
    problems.push(...r.issues.map(formatDataIssue));
    const id = (a as { id?: string }).id ?? '';
    if (ids.has(id)) problems.push(`${file}: duplicate id ${id}`);
    ids.add(id);
  }
  const flows = parseFlows(readFileSync(`${dataDir}flows.csv`, 'utf8'), {
    file: `${dataDir}flows.csv`,
    regions: new Map(Object.entries(regions).map(([c, r]) => [c, r.parent])),
    articles: ids
  });
  return [...problems, ...flows.issues.map(formatIssue)];
}

function syntheticDataGuard(): Plugin {
  return {
    name: 'jjj-bench-synthetic-data-guard',
    apply: 'build',
    buildStart() {
      const problems = syntheticProblems();
      if (problems.length) this.error(`the synthetic data is not valid:\n  ${problems.slice(0, 20).join('\n  ')}`);
    }
  };
}

export default mergeConfig(
  base,
  defineConfig({
    plugins: [syntheticDataGuard()],
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
