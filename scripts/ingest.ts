/**
 * npm run ingest -- <files or folders…> [--out data/articles.json] [--regions geo/out/regions.json]
 *                    [--aliases data/gazetteer/aliases.csv]
 *
 * Reads articles (folders: their *.txt files, sorted), writes one JSON file atomically (temp file +
 * rename, so a failed run leaves an existing --out untouched), or prints it when --out is absent.
 * Any unreadable input stops the run with `ingest: <file>: <reason>` and exit code 2.
 */
import { existsSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  IngestError,
  buildArticlesFile,
  buildGazetteer,
  createMatcher,
  ingestArticle,
  stringifyArticlesFile,
  type ArticleRecord
} from '../src/lib/ingest/index';

interface Options {
  inputs: string[];
  out: string | null;
  regions: string;
  aliases: string;
}

const USAGE = 'usage: npm run ingest -- <files or folders…> [--out FILE] [--regions FILE] [--aliases FILE]';

function parseArgs(argv: string[]): Options {
  const o: Options = { inputs: [], out: null, regions: 'geo/out/regions.json', aliases: 'data/gazetteer/aliases.csv' };
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
    else if (a === '--help' || a === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new IngestError(a, `unknown option (${USAGE})`);
    else o.inputs.push(a);
  }
  if (o.inputs.length === 0) throw new IngestError('ingest', `no input files (${USAGE})`);
  return o;
}

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new IngestError(file, `${what} not found`);
  return readFileSync(file, 'utf8');
}

/** Files to read, in a stable order; folders contribute their .txt files (recursively). */
function collect(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.toLowerCase().endsWith('.txt') ? [join(dir, d.name)] : []));
  for (const input of inputs) {
    if (!existsSync(input)) throw new IngestError(input, 'no such file or directory');
    if (statSync(input).isDirectory()) {
      const found = walk(input);
      if (found.length === 0) throw new IngestError(input, 'folder has no .txt articles');
      files.push(...found);
    } else files.push(input);
  }
  return files;
}

function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write('\n');
}

function writeAtomically(file: string, content: string): void {
  const tmp = join(dirname(resolve(file)), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw new IngestError(file, `cannot write: ${(e as Error).message}`);
  }
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  // Inputs first: a mistyped article path is the likelier mistake and should be the one reported.
  const files = collect(o.inputs);
  let regions: unknown;
  try {
    regions = JSON.parse(readText(o.regions, 'regions file'));
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError(o.regions, `not valid JSON: ${(e as Error).message}`);
  }
  const gazetteer = buildGazetteer(regions as Parameters<typeof buildGazetteer>[0], readText(o.aliases, 'alias table'), o.aliases);
  const matcher = createMatcher(gazetteer);
  const showProgress = process.stderr.isTTY && files.length >= 50;
  const records: ArticleRecord[] = [];
  const seen = new Map<string, string>();
  files.forEach((file, i) => {
    const id = basename(file, extname(file));
    if (seen.has(id)) throw new IngestError(file, `duplicate article id "${id}" (also ${seen.get(id)})`);
    seen.set(id, file);
    records.push(ingestArticle(new Uint8Array(readFileSync(file)), id, matcher, file).record);
    if (showProgress) progress(i + 1, files.length);
  });
  const json = stringifyArticlesFile(buildArticlesFile(records, gazetteer.parent));
  if (o.out) writeAtomically(o.out, json);
  else process.stdout.write(json);
}

try {
  main();
} catch (e) {
  if (e instanceof IngestError) {
    process.stderr.write(`ingest: ${e.file}: ${e.reason}\n`);
    process.exit(2);
  }
  const msg = e instanceof Error ? e.message : String(e);
  process.stderr.write(`ingest: internal error: ${msg.split('\n')[0]}\n`);
  process.exit(1);
}
