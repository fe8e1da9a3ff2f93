/**
 * The command-line options the ingest and the atlas share, with their defaults, parsed in one place.
 * Reference data defaults to the project's own files whatever the current folder.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IngestError } from '../../src/lib/ingest/errors';
import type { IngestOptions } from './engine';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function defaultOptions(): IngestOptions {
  return {
    inputs: [],
    out: null,
    regions: join(ROOT, 'geo/out/regions.json'),
    aliases: join(ROOT, 'data/gazetteer/aliases.csv'),
    threads: null,
    evidence: false,
    flowsCsv: null,
    dataset: null,
    title: null,
    progress: !!process.stderr.isTTY,
    inProcess: false
  };
}

/**
 * Parses `argv` into `o`: the shared options here, the tool's own through `own` (return true when
 * it took the option; `value()` reads the option's argument). Prints `usage` for --help.
 */
export function parseOptions(
  argv: readonly string[],
  o: IngestOptions,
  usage: string,
  own: (option: string, value: () => string) => boolean = () => false
): IngestOptions {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new IngestError(a, 'option needs a value');
      return v;
    };
    if (own(a, value)) continue;
    if (a === '--title') o.title = value();
    else if (a === '--regions') o.regions = value();
    else if (a === '--aliases') o.aliases = value();
    else if (a === '--no-progress') o.progress = false;
    else if (a === '--in-process') o.inProcess = true;
    else if (a === '--threads') {
      const v = value();
      if (!/^[1-9]\d{0,3}$/.test(v)) throw new IngestError(a, `expected a whole number of threads ≥ 1, got "${v}"`);
      o.threads = Number(v);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(usage + '\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new IngestError(a, `unknown option (${usage})`);
    else o.inputs.push(a);
  }
  return o;
}
