import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateArticles, formatDataIssue } from '../src/lib/data/validateArticles';
import { parseFlows } from '../src/lib/flows/parse';
import { formatIssue } from '../src/lib/flows/types';

/** Every problem in the data the app ships, as one line each; empty when the data is sound. */
export function dataProblems(root = '.'): string[] {
  const read = (p: string) => readFileSync(`${root}/${p}`, 'utf8');
  let regions: Record<string, { parent: string | null }>;
  try {
    regions = JSON.parse(read('geo/out/regions.json'));
  } catch (e) {
    return [`geo/out/regions.json: cannot be read (${e instanceof Error ? e.message : e}); run npm run geo`];
  }
  const codes = new Set(Object.keys(regions));
  const { articles, issues } = validateArticles(read('data/articles.json'), codes);
  const problems = issues.map(formatDataIssue);
  const flows = parseFlows(read('data/flows.csv'), {
    file: 'data/flows.csv',
    regions: new Map(Object.entries(regions).map(([c, r]) => [c, r.parent])),
    articles: new Set((articles ?? []).map((a) => a.id))
  });
  return [...problems, ...flows.issues.map(formatIssue)];
}

/** Stops `vite build` when the bundled data is malformed, so the app never ships half-valid data. */
export function dataGuard(): Plugin {
  return {
    name: 'jjj-data-guard',
    apply: 'build',
    buildStart() {
      const problems = dataProblems();
      if (problems.length) this.error(`the bundled data is not valid:\n  ${problems.slice(0, 20).join('\n  ')}`);
    }
  };
}
