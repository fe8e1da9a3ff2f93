/**
 * The ingest run: collect inputs, skip what the journal already holds, ingest the rest on worker
 * threads, then write the outputs in id order from the journal — so memory is bounded by one record
 * plus an index of ids, the output does not depend on thread count or file order, and an
 * interrupted run resumes where it stopped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, IngestError } from '../../src/lib/ingest/index';
import { ArticlesWriter, type Sink } from './articlesWriter';
import { collectInputs, type InputFile, type Problem } from './collect';
import { Journal, type EntryRef } from './journal';
import { IngestPool } from './pool';
import { Progress } from './progress';
import { createTaskRunner, type Task, type TaskConfig, type TaskResult } from './task';
import { AtomicFile, guardTempFiles, whenInterrupted, writeFileAtomic } from './tempfiles';

export interface IngestOptions {
  inputs: string[];
  out: string | null;
  regions: string;
  aliases: string;
  threads: number | null;
  evidence: boolean;
  flowsCsv: string | null;
  /** A folder for the chunked dataset (src/lib/data/chunked.ts), for large corpora and atlases. */
  dataset: string | null;
  title: string | null;
  progress: boolean;
}

export interface IngestSummary {
  files: number;
  articles: number;
  resumed: number;
  problems: Problem[];
  threads: number;
}

/** Extra consumers of the sorted records (flows CSV, chunked dataset) beside articles.json. */
export interface RecordConsumer {
  add(record: Record<string, unknown>): void | Promise<void>;
  end(): void | Promise<void>;
}

/** Runs this small finish in well under a second on the main thread, without starting a worker. */
const IN_PROCESS_MAX = 48;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function readText(file: string, what: string): string {
  if (!existsSync(file)) throw new IngestError(file, `${what} not found`);
  return readFileSync(file, 'utf8');
}

/** The ingest code itself is part of the configuration: a journal written by older code is stale. */
function codeHash(): string {
  const h = createHash('sha256');
  const add = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) add(p);
      else if (/\.(ts|mjs)$/.test(name)) h.update(name).update(readFileSync(p));
    }
  };
  for (const d of ['src/lib/ingest', 'src/lib/evidence', 'scripts/lib']) if (existsSync(join(ROOT, d))) add(join(ROOT, d));
  h.update(readFileSync(join(ROOT, 'src/lib/data/evidence.ts')));
  // Reference tables the ingest library imports itself.
  for (const f of ['data/gazetteer/places.json']) if (existsSync(join(ROOT, f))) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

const keyOf = (f: InputFile) => `${resolve(f.path)}\u0000${f.size}\u0000${f.mtimeMs}`;

function stdoutSink(): Sink {
  return {
    write: (s) =>
      new Promise<void>((done, fail) => {
        if (process.stdout.write(s)) done();
        else process.stdout.once('drain', done).once('error', fail);
      })
  };
}

/** Collects small strings and hands them on in ~1 MB writes. */
function buffered(sink: Sink): Sink & { flush(): Promise<void> } {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length) await sink.write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: async (s) => {
      parts.push(s);
      size += s.length;
      if (size > 1 << 20) await flush();
    },
    flush
  };
}

/** JJJ_INGEST_TIMING=1: phase times on stderr, for benchmarks. */
const timing = process.env.JJJ_INGEST_TIMING
  ? (what: string) => process.stderr.write(`timing: ${what} ${performance.now().toFixed(0)} ms\n`)
  : () => {};

export async function runIngest(
  o: IngestOptions,
  consumers: ((ctx: { parent: ReadonlyMap<string, string | null> }) => RecordConsumer)[] = []
): Promise<IngestSummary> {
  guardTempFiles();
  timing('start');
  // Inputs first: a mistyped article path is the likelier mistake and should be the one reported.
  const { files, problems } = collectInputs(o.inputs);
  if (files.length === 0) return { files: 0, articles: 0, resumed: 0, problems, threads: 0 };
  const regionsText = readText(o.regions, 'regions file');
  let regions: unknown;
  try {
    regions = JSON.parse(regionsText);
  } catch (e) {
    throw new IngestError(o.regions, `not valid JSON: ${(e as Error).message}`);
  }
  const aliasesText = readText(o.aliases, 'alias table');
  const gazetteer = buildGazetteer(regions as Parameters<typeof buildGazetteer>[0], aliasesText, o.aliases);
  const config: TaskConfig = { regionsText, aliasesText, aliasesFile: o.aliases, evidence: o.evidence };
  const configHash = createHash('sha256')
    .update(regionsText)
    .update('\0')
    .update(aliasesText)
    .update(`\0${o.evidence}\0`)
    .update(codeHash())
    .digest('hex');

  // The journal lives beside --out so a rerun finds it; without --out it is scratch space.
  const journalPath = o.out
    ? join(dirname(resolve(o.out)), `.${basename(o.out)}.journal`)
    : join(tmpdir(), `jjj-ingest-${process.pid}.journal`);
  if (o.out && !existsSync(dirname(resolve(o.out)))) throw new IngestError(o.out, 'its folder does not exist');
  const { journal, entries } = Journal.open(journalPath, configHash);
  const done = new Map<string, EntryRef>();
  for (const e of entries) done.set(e.header.k, e);

  timing('collected');
  const todo: Task[] = [];
  const byIndex = files;
  files.forEach((f, i) => {
    if (!done.has(keyOf(f))) todo.push({ i, path: f.path, id: f.id });
  });
  const resumed = files.length - todo.length;
  if (resumed > 0) process.stderr.write(`ingest: resuming: ${resumed} of ${files.length} files already done (${journalPath})\n`);

  const wanted = o.threads ?? Math.min(availableParallelism(), Math.ceil(todo.length / 32));
  const threads = Math.max(1, Math.min(wanted, todo.length || 1));
  const todoBytes = todo.reduce((s, t) => s + byIndex[t.i].size, 0);
  const progress = new Progress(todo.length, todoBytes, o.progress);
  const record = (r: TaskResult) => {
    const f = byIndex[r.i];
    const ref = r.ok
      ? journal.append({ k: keyOf(f), id: f.id, m: r.mentions }, r.json)
      : journal.append({ k: keyOf(f), id: f.id, err: r.reason });
    done.set(ref.header.k, ref);
    progress.tick(f.size);
  };

  let pool: IngestPool | null = null;
  whenInterrupted(() => {
    pool?.kill();
    progress.end();
    journal.close();
    if (o.out)
      process.stderr.write(
        `ingest: interrupted after ${done.size} of ${files.length} files; run the same command again to resume\n`
      );
    else journal.remove();
  });

  if (todo.length > 0) {
    // The main thread stays free (journal, progress, signals) unless the run is too small to matter:
    // a Ctrl-C is then handled at once, before tsx's relay gives up on us and kills the process.
    if (threads === 1 && todo.length <= IN_PROCESS_MAX) {
      const run = createTaskRunner(config);
      for (const t of todo) record(run(t));
    } else {
      pool = new IngestPool(threads, config);
      try {
        await pool.run(todo, record);
      } finally {
        await pool.close();
        pool = null;
      }
    }
  }
  progress.end();
  timing('ingested');

  // Every file has an entry now; order by id for the outputs.
  const good: EntryRef[] = [];
  for (const f of files) {
    const ref = done.get(keyOf(f))!;
    if (ref.header.err !== undefined) problems.push({ file: f.path, reason: ref.header.err });
    else good.push(ref);
  }
  good.sort((a, b) => (a.header.id < b.header.id ? -1 : a.header.id > b.header.id ? 1 : 0));

  if (good.length === 0) {
    // Nothing readable: an existing --out is left as it was.
    journal.remove();
    return { files: files.length, articles: 0, resumed, problems: problems.sort(byFile), threads };
  }

  const out = o.out ? new AtomicFile(o.out) : null;
  const sink = buffered(out ? { write: (s) => out.write(s) } : stdoutSink());
  const writer = new ArticlesWriter(sink, gazetteer.parent);
  const extra = consumers.map((c) => c({ parent: gazetteer.parent }));
  try {
    let k = 0;
    for (const ref of good) {
      // Let a signal in now and then: an interrupt while writing must still remove the temp file.
      if (++k % 256 === 0) await new Promise((r) => setImmediate(r));
      const json = journal.read(ref);
      await writer.add(ref.header.id, ref.header.m ?? {}, json);
      if (extra.length) {
        const rec = JSON.parse(json) as Record<string, unknown>;
        for (const c of extra) await c.add(rec);
      }
    }
    await writer.end();
    await sink.flush();
    for (const c of extra) await c.end();
    out?.commit();
  } catch (e) {
    out?.abort();
    throw e;
  }
  timing('written');
  // Tests keep a finished journal to fake a crash; a real run has no use for it once --out is written.
  if (process.env.JJJ_INGEST_KEEP_JOURNAL) journal.close();
  else journal.remove();
  problems.sort(byFile);
  return { files: files.length, articles: good.length, resumed, problems, threads: todo.length ? threads : 0 };
}

const byFile = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export { writeFileAtomic };
