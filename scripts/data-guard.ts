import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateArticles, formatDataIssue } from '../src/lib/data/validateArticles.ts';
import { parseFlows } from '../src/lib/flows/parse.ts';
import { formatIssue } from '../src/lib/flows/types.ts';

/** The files a build bundles; relative paths are resolved from the working directory. */
export interface DataFiles {
  regions: string;
  articles: string;
  flows: string;
}
export const BUNDLED_DATA: DataFiles = {
  regions: 'geo/out/regions.json',
  articles: 'data/articles.json',
  flows: 'data/flows.csv'
};

/** Every problem in the data a build ships, as one line each; empty when the data is sound. */
export function dataProblems(files: DataFiles = BUNDLED_DATA): string[] {
  const read = (p: string) => readFileSync(p, 'utf8');
  let regions: Record<string, { parent: string | null }>;
  try {
    regions = JSON.parse(read(files.regions));
  } catch (e) {
    return [`${files.regions}: cannot be read (${e instanceof Error ? e.message : e}); run npm run geo`];
  }
  let articlesText: string, flowsText: string;
  try {
    articlesText = read(files.articles);
    flowsText = read(files.flows);
  } catch (e) {
    return [`cannot be read: ${e instanceof Error ? e.message : e}`];
  }
  const { articles, issues } = validateArticles(articlesText, new Set(Object.keys(regions)), files.articles);
  const flows = parseFlows(flowsText, {
    file: files.flows,
    regions: new Map(Object.entries(regions).map(([c, r]) => [c, r.parent])),
    articles: new Set((articles ?? []).map((a) => a.id))
  });
  return [...issues.map(formatDataIssue), ...flows.issues.map(formatIssue)];
}

/** Stops `vite build` when the data it bundles is malformed, so the app never ships half-valid data. */
export function dataGuard(files: DataFiles = BUNDLED_DATA, what = 'the bundled data'): Plugin {
  return {
    name: 'jjj-data-guard',
    apply: 'build',
    buildStart() {
      const problems = dataProblems(files);
      if (problems.length) this.error(`${what} is not valid:\n  ${problems.slice(0, 20).join('\n  ')}`);
    }
  };
}
