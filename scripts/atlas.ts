/**
 * npm run atlas -- <corpus folders or files…> --out <dir> [--title TEXT] [--threads N]
 *                  [--regions FILE] [--aliases FILE]
 *
 * Your corpus as a static site: ingests with evidence into the chunked dataset format (data/README.md
 * § Chunked dataset), builds the explorer to fetch that dataset from its own origin, and puts both
 * in <dir> (swapped in whole at the end). Serve it from any static host, e.g.
 * `npx vite preview --outDir <dir>`. Bad input as in the ingest: one line per bad file, the rest go
 * on, exit 2. An interrupted ingest resumes on the next run (its journal is kept beside <dir>).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestError } from '../src/lib/ingest/index';
import { DatasetWriter } from './lib/datasetWriter';
import { runIngest, type IngestOptions } from './lib/engine';
import { checkFlowExtractor, FlowsCsvCollector } from './lib/flowsCsv';
import { defaultOptions, parseOptions } from './lib/options';
import { AtomicDir } from './lib/tempfiles';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run atlas -- <corpus folders or files…> --out DIR [--title TEXT] [--threads N] [--regions FILE] [--aliases FILE]';

function parseArgs(argv: string[]): IngestOptions & { site: string } {
  let site: string | null = null;
  const o = parseOptions(argv, { ...defaultOptions(), evidence: true }, USAGE, (a, value) => {
    if (a !== '--out') return false;
    site = value();
    return true;
  });
  if (o.inputs.length === 0) throw new IngestError('atlas', `no corpus given (${USAGE})`);
  if (!site) throw new IngestError('atlas', `--out DIR is required (${USAGE})`);
  return { ...o, site: resolve(site) };
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const title = o.title ?? basename(resolve(o.inputs[0]));
  // A stable work folder beside the site, so an interrupted ingest finds its journal again.
  const work = join(dirname(o.site), `.${basename(o.site)}.atlas-work`);
  mkdirSync(work, { recursive: true });
  const dataDir = join(work, 'data');
  let dataset: DatasetWriter | null = null;
  const consumers: Parameters<typeof runIngest>[1] = [];
  try {
    await checkFlowExtractor();
    consumers.push(() => new FlowsCsvCollector(null, (csv) => dataset?.addFile('flows.csv', csv)));
  } catch {
    // Without the CSV extractor the explorer draws the aggregate's origin–destination pairs.
  }
  consumers.push(({ parent }) => (dataset = new DatasetWriter(dataDir, title, parent)));
  const summary = await runIngest({ ...o, out: join(work, 'articles.json'), title }, consumers);
  for (const p of summary.problems) process.stderr.write(`ingest: ${p.file}: ${p.reason}\n`);
  if (summary.articles === 0) return 2;

  const site = new AtomicDir(o.site);
  const vite = spawnSync(
    join(ROOT, 'node_modules/.bin/vite'),
    ['build', '--outDir', site.tmp, '--emptyOutDir', '--base', './', '--logLevel', 'error'],
    {
      cwd: ROOT,
      env: { ...process.env, VITE_DATASET: './data/' },
      encoding: 'utf8'
    }
  );
  if (vite.status !== 0) {
    site.abort();
    throw new IngestError(
      o.site,
      `the explorer did not build: ${(vite.stderr || vite.stdout).trim().split('\n').slice(0, 3).join(' / ')}`
    );
  }
  renameSync(dataDir, join(site.tmp, 'data'));
  site.commit();
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(
    `atlas: ${o.site}: ${summary.articles} articles ("${title}"); serve it from any static host, e.g. npx vite preview --outDir ${o.site}\n`
  );
  return summary.problems.length ? 2 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof IngestError) process.stderr.write(`atlas: ${e.file}: ${e.reason}\n`);
    else process.stderr.write(`atlas: internal error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exitCode = e instanceof IngestError ? 2 : 1;
  }
);
