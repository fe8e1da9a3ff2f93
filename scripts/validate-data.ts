#!/usr/bin/env tsx
// `npm run validate:data`: checks data/flows.csv against the region codes (geo/out/regions.json),
// the article ids (../shared/seeds, else data/articles.json) and the figures the ingest read from
// each article (data/articles.json). Prints one line per problem; exit 0 clean, 2 on any problem.
// Options (for tests and one-off checks): --flows F --regions F --seeds DIR --articles F
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFiguresFrom, checkFigures, formatIssue, parseFlows, regionLookup } from '../src/lib/flows/index.ts';
import type { RegionIndex } from '../src/lib/regions/types.ts';
import type { FlowIssue } from '../src/lib/flows/types.ts';
import { csvBatches } from './lib/csvBatches.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

class Fatal extends Error {}

function options(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(flows|regions|seeds|articles)$/.exec(argv[i]);
    if (!m || argv[i + 1] === undefined)
      throw new Fatal(
        `unknown argument ${JSON.stringify(argv[i])}; use --flows, --regions, --seeds, --articles followed by a path`
      );
    out[m[1]] = argv[++i];
  }
  return out;
}

function readJson(path: string, what: string): unknown {
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) throw new Fatal(`${shown}: not found (${what})`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Fatal(`${shown}: not valid JSON (${(e as Error).message})`);
  }
}

function main(): number {
  const opt = options(process.argv.slice(2));
  const flowsPath = resolve(opt.flows ?? resolve(ROOT, 'data/flows.csv'));
  const regionsPath = resolve(opt.regions ?? resolve(ROOT, 'geo/out/regions.json'));
  const seedsDir = resolve(opt.seeds ?? resolve(ROOT, '../shared/seeds'));
  const articlesPath = resolve(opt.articles ?? resolve(ROOT, 'data/articles.json'));
  const file = relative(process.cwd(), flowsPath) || flowsPath;

  const regionsJson = readJson(regionsPath, 'the region index; run `npm run geo` first');
  if (!regionsJson || typeof regionsJson !== 'object' || Array.isArray(regionsJson)) {
    throw new Fatal(`${relative(process.cwd(), regionsPath)}: expected an object keyed by region code`);
  }
  const { parents } = regionLookup(regionsJson as RegionIndex);

  const hasArticles = existsSync(articlesPath);
  const figures = hasArticles ? articleFiguresFromFile(articlesPath) : null;
  let articles: Set<string>;
  let articleSource: string;
  if (existsSync(seedsDir)) {
    articles = new Set(
      readdirSync(seedsDir)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => n.slice(0, -4))
    );
    articleSource = relative(process.cwd(), seedsDir);
  } else if (figures) {
    articles = new Set(figures.map((a) => a.id));
    articleSource = relative(process.cwd(), articlesPath);
  } else {
    throw new Fatal(`no article list: neither ${seedsDir} nor ${articlesPath} exists`);
  }

  if (!existsSync(flowsPath)) throw new Fatal(`${file}: not found`);
  const ctx = { file, regions: parents, articles };
  const byArticle = new Map((figures ?? []).map((a) => [a.id, a]));
  let problems = 0;
  let count = 0;
  const report = (i: FlowIssue) => {
    problems++;
    console.error(formatIssue(i));
  };
  // The file is read in batches of whole records, so memory stays flat at millions of rows; each
  // batch is parsed with the header in front and its line numbers shifted back to the file's.
  const firstLine = new Map<string, number>();
  let sawBatch = false;
  for (const b of csvBatches(flowsPath)) {
    if ('nul' in b) throw new Fatal(`${file}: contains NUL bytes; this is not a CSV text file`);
    if (!sawBatch) {
      sawBatch = true;
      const head = parseFlows(b.header, ctx);
      if (head.issues.length) {
        head.issues.forEach(report);
        break;
      }
    }
    const shift = (line: number) => (line > b.headerLines ? line - (b.headerLines + 1) + b.startLine : line);
    const { flows, issues } = parseFlows(b.header + b.text, ctx);
    for (const i of issues)
      report({
        ...i,
        line: shift(i.line),
        message: i.message.replace(/first used on line (\d+)/, (_m, n) => `first used on line ${shift(Number(n))}`)
      });
    for (const f of flows) f.line = shift(f.line);
    // Ids repeated across batches: parseFlows sees one batch at a time.
    const fresh = flows.filter((f) => {
      const seen = firstLine.get(f.id);
      if (seen === undefined) {
        firstLine.set(f.id, f.line);
        return true;
      }
      if (seen !== f.line)
        report({ file, line: f.line, column: 'id', value: f.id, message: `duplicate id, first used on line ${seen}` });
      return false;
    });
    count += fresh.length;
    if (figures) {
      const cited = [...new Set(fresh.map((f) => f.article))].flatMap((id) => byArticle.get(id) ?? []);
      checkFigures(fresh, cited, file).forEach(report);
    }
  }
  if (!sawBatch) parseFlows('', ctx).issues.forEach(report);

  if (!figures) {
    console.error(
      `WARNING: ${relative(process.cwd(), articlesPath)} not found: flow values were NOT checked against the ingest's figures`
    );
  }
  if (problems > 0) {
    console.error(`${file}: ${problems} problem${problems === 1 ? '' : 's'}`);
    return 2;
  }
  const checked = figures ? `, values found among the figures of ${relative(process.cwd(), articlesPath)}` : '';
  console.log(
    `${file}: ${count} flows OK (codes from ${relative(process.cwd(), regionsPath)}, article ids from ${articleSource}${checked})`
  );
  return 0;
}

function articleFiguresFromFile(path: string) {
  const json = readJson(path, 'the ingest output');
  try {
    return articleFiguresFrom(json);
  } catch (e) {
    throw new Fatal(`${relative(process.cwd(), path)}: ${(e as Error).message}`);
  }
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(e instanceof Fatal ? e.message : `validate-data failed: ${(e as Error)?.message ?? String(e)}`);
  process.exitCode = 2;
}
