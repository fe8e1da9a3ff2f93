/**
 * npm run ingest -- <files or folders…> [--out data/articles.json] [--threads N] [--evidence]
 *                    [--flows-csv FILE] [--dataset DIR] [--title TEXT]
 *                    [--regions geo/out/regions.json] [--aliases data/gazetteer/aliases.csv]
 *
 * Reads articles (folders: their *.txt files, recursively) on every core and writes one JSON file
 * atomically, or prints it when --out is absent. A file that cannot be read gets one line
 * `ingest: <file>: <reason>`; the others go on, and the exit code is 2. An interrupted run keeps a
 * journal beside --out and resumes from it. The engine is scripts/lib/engine.ts.
 */
import { IngestError } from '../src/lib/ingest/index';
import { runIngest, type IngestOptions } from './lib/engine';
import { DatasetWriter } from './lib/datasetWriter';
import { checkFlowExtractor, FlowsCsvCollector } from './lib/flowsCsv';

const USAGE =
  'usage: npm run ingest -- <files or folders…> [--out FILE] [--threads N] [--evidence] [--flows-csv FILE] [--dataset DIR] [--title TEXT] [--regions FILE] [--aliases FILE]';

function parseArgs(argv: string[]): IngestOptions {
  const o: IngestOptions = {
    inputs: [],
    out: null,
    regions: 'geo/out/regions.json',
    aliases: 'data/gazetteer/aliases.csv',
    threads: null,
    evidence: false,
    flowsCsv: null,
    dataset: null,
    title: null,
    progress: !!process.stderr.isTTY
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new IngestError(a, 'option needs a value');
      return v;
    };
    if (a === '--out') o.out = value();
    else if (a === '--regions') o.regions = value();
    else if (a === '--aliases') o.aliases = value();
    else if (a === '--flows-csv') o.flowsCsv = value();
    else if (a === '--dataset') o.dataset = value();
    else if (a === '--title') o.title = value();
    else if (a === '--evidence') o.evidence = true;
    else if (a === '--no-progress') o.progress = false;
    else if (a === '--threads') {
      const v = value();
      if (!/^[1-9]\d{0,3}$/.test(v)) throw new IngestError(a, `expected a whole number of threads ≥ 1, got "${v}"`);
      o.threads = Number(v);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new IngestError(a, `unknown option (${USAGE})`);
    else o.inputs.push(a);
  }
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
