/**
 * npm run ingest -- <files or folders…> [--out data/articles.json] [--threads N] [--evidence]
 *                    [--flows-csv FILE] [--dataset DIR] [--title TEXT]
 *                    [--regions geo/out/regions.json] [--aliases data/gazetteer/aliases.csv]
 *                    [--no-progress] [--in-process]
 *
 * Reads articles (folders: their *.txt files, recursively) on every core and writes one JSON file
 * atomically, or prints it when --out is absent. A file that cannot be read gets one line
 * `ingest: <file>: <reason>`; the others go on, and the exit code is 2. An interrupted run keeps a
 * journal beside --out and resumes from it. --in-process (with --threads 1) runs the per-article step
 * on the main thread, for a benchmark's single-thread baseline. The engine is scripts/lib/engine.ts;
 * the options shared with the atlas are in scripts/lib/options.ts.
 */
import { IngestError } from '../src/lib/ingest/index';
import { runIngest, type IngestOptions } from './lib/engine';
import { DatasetWriter } from './lib/datasetWriter';
import { checkFlowExtractor, FlowsCsvCollector } from './lib/flowsCsv';
import { defaultOptions, parseOptions } from './lib/options';

const USAGE =
  'usage: npm run ingest -- <files or folders…> [--out FILE] [--threads N] [--evidence] [--flows-csv FILE] [--dataset DIR] [--title TEXT] [--regions FILE] [--aliases FILE] [--no-progress] [--in-process]';

function parseArgs(argv: string[]): IngestOptions {
  const o = defaultOptions();
  parseOptions(argv, o, USAGE, (a, value) => {
    if (a === '--out') o.out = value();
    else if (a === '--flows-csv') o.flowsCsv = value();
    else if (a === '--dataset') o.dataset = value();
    else if (a === '--evidence') o.evidence = true;
    else return false;
    return true;
  });
  if (o.inputs.length === 0) throw new IngestError('ingest', `no input files (${USAGE})`);
  return o;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const consumers: Parameters<typeof runIngest>[1] = [];
  let dataset: DatasetWriter | null = null;
  if (o.flowsCsv) {
    await checkFlowExtractor();
    // Flows end before the dataset does, so the dataset can carry the same CSV.
    consumers.push(() => new FlowsCsvCollector(o.flowsCsv, (csv) => dataset?.addFile('flows.csv', csv)));
  }
  if (o.dataset) {
    const dir = o.dataset;
    consumers.push(({ parent }) => (dataset = new DatasetWriter(dir, o.title, parent)));
  }
  const summary = await runIngest(o, consumers);
  for (const p of summary.problems) process.stderr.write(`ingest: ${p.file}: ${p.reason}\n`);
  return summary.problems.length ? 2 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof IngestError) process.stderr.write(`ingest: ${e.file}: ${e.reason}\n`);
    else process.stderr.write(`ingest: internal error: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    process.exitCode = e instanceof IngestError ? 2 : 1;
  }
);
