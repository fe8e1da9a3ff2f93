/**
 * The ingest run: collect inputs, skip what the journal already holds, ingest the rest on worker
 * threads in id order, and write the outputs in id order while they come in — each batch's entries
 * appended to the journal as they arrive, each record copied from them (or from the journal) to the
 * output as soon as every smaller id is done. Memory is bounded by a window of records plus an
 * index of files, the output does not depend on thread count or file order, and an interrupted run
 * resumes where it stopped. The coordinating thread only copies bytes and adds sums.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGazetteer, IngestError } from '../../src/lib/ingest/index';
import { ArticlesWriter, type Sink } from './articlesWriter';
import { aggregateRegions } from '../../src/lib/ingest/aggregate';
import { collectInputs, type InputFile, type Problem } from './collect';
import { Journal } from './journal';
import { batchesOf, IngestPool, type WorkerStats } from './pool';
import { Progress } from './progress';
import { createBatchRunner, type BatchResult, type Task, type TaskConfig } from './task';
import { threadCpuMs } from './threadCpu';
import { workerBundle } from './workerBundle';
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
  /** With one thread, run the per-article step on the main thread, no worker (a benchmark's baseline; Ctrl-C waits for the batch). */
  inProcess: boolean;
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
  // Single modules the ingest imports from elsewhere.
  for (const f of ['src/lib/data/evidence.ts', 'src/lib/csv.ts'])
    if (existsSync(join(ROOT, f))) h.update(readFileSync(join(ROOT, f)));
  // Reference tables the ingest library imports itself.
  for (const f of ['data/gazetteer/places.json']) if (existsSync(join(ROOT, f))) h.update(readFileSync(join(ROOT, f)));
  return h.digest('hex').slice(0, 16);
}

const keyOf = (f: InputFile) => `${resolve(f.path)}\u0000${f.size}\u0000${f.mtimeMs}`;

/** Copies small writes into ~1 MB blocks before they reach the file or stdout. */
class BlockSink implements Sink {
  private block = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  private readonly target: (b: Buffer) => void | Promise<void>;

  constructor(target: (b: Buffer) => void | Promise<void>) {
    this.target = target;
  }

  write(s: string | Uint8Array): void | Promise<void> {
    const n = typeof s === 'string' ? Buffer.byteLength(s) : s.length;
    let pending: void | Promise<void> = undefined;
    if (this.used + n > this.block.length) pending = this.flush();
    if (n > this.block.length) return chain(pending, () => this.target(typeof s === 'string' ? Buffer.from(s) : Buffer.from(s)));
    return chain(pending, () => {
      if (typeof s === 'string') this.used += this.block.write(s, this.used);
      else {
        this.block.set(s, this.used);
        this.used += n;
      }
    });
  }

  flush(): void | Promise<void> {
    if (this.used === 0) return;
    const out = this.block.subarray(0, this.used);
    // The target may hold on to the block (stdout writes asynchronously): start a new one.
    this.block = Buffer.allocUnsafe(1 << 20);
    this.used = 0;
    return this.target(out);
  }
}

const chain = (p: void | Promise<void>, then: () => void | Promise<void>): void | Promise<void> =>
  p instanceof Promise ? p.then(then) : then();

function stdoutTarget(b: Buffer): void | Promise<void> {
  if (process.stdout.write(b)) return;
  return new Promise<void>((done, fail) => process.stdout.once('drain', done).once('error', fail));
}

/** JJJ_INGEST_STATS=1: one `stats: {…}` line on stderr at the end (phases, CPU shares), for benchmarks. */
export interface RunStats {
  /** The per-article step on the main thread, no worker (the single-thread path). */
  inProcess: boolean;
  threads: number;
  files: number;
  /** ms since the process started. */
  phases: Record<string, number>;
  /** CPU of the main thread alone and of the whole process (all threads), ms. */
  mainCpuMs: number | null;
  processCpuMs: number;
  /** For the in-process path, the main thread's time inside the per-article step. */
  busyMs: number;
  workers: WorkerStats[];
}

/** Runs this small finish in well under a second on the main thread, without starting a worker. */
const IN_PROCESS_MAX = 48;

/** Emitted records kept in memory for the output until their turn; beyond this they are re-read. */
const WINDOW_BYTES = 64 << 20;
const PENDING = -2;
const FAILED = -1;

export async function runIngest(
  o: IngestOptions,
  consumers: ((ctx: { parent: ReadonlyMap<string, string | null> }) => RecordConsumer)[] = []
): Promise<IngestSummary> {
  guardTempFiles();
  const phases: Record<string, number> = { start: performance.now() };
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
  if (o.out && !existsSync(dirname(resolve(o.out)))) throw new IngestError(o.out, 'its folder does not exist');
  const config: TaskConfig = { regionsText, aliasesText, aliasesFile: o.aliases, evidence: o.evidence };
  const n = files.length;
  const wanted = o.threads ?? Math.min(availableParallelism(), Math.ceil(n / 32));
  const threads = Math.max(1, Math.min(wanted, n));
  // Tiny runs, or on request, run the per-article step here. Otherwise the main thread stays free, so
  // a Ctrl-C is handled at once (journal closed, temp files removed). `npm run ingest` runs Node with
  // tsx as a loader: the tsx binary would add a parent that SIGKILLs a child slow to answer a signal.
  const inProcess = threads === 1 && (o.inProcess || n <= IN_PROCESS_MAX);
  // The workers load their code and build their matcher while this thread reads the journal.
  let pool: IngestPool | null = inProcess ? null : new IngestPool(threads, config, await workerBundle());
  let journal: Journal | null = null;
  let doneCount = 0;
  let progress: Progress | null = null;
  whenInterrupted(() => {
    pool?.kill();
    progress?.end();
    journal?.close();
    if (o.out)
      process.stderr.write(`ingest: interrupted after ${doneCount} of ${n} files; run the same command again to resume\n`);
    else journal?.remove();
  });
  try {
    const gazetteer = buildGazetteer(regions as Parameters<typeof buildGazetteer>[0], aliasesText, o.aliases);
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
    const opened = Journal.open(journalPath, configHash);
    const j = (journal = opened.journal);

    // Per file: where its payload is in the journal and how long (PENDING, FAILED), and why it failed.
    const at = new Float64Array(n);
    const len = new Int32Array(n).fill(PENDING);
    const errs = new Map<number, string>();
    const indexOf = new Map<string, number>();
    files.forEach((f, i) => indexOf.set(keyOf(f), i));
    const resumedMentions = new Map<number, Record<string, number>>();
    for (const e of opened.entries) {
      const i = indexOf.get(e.header.k);
      if (i === undefined) continue; // a file of an earlier run that this one does not include
      if (e.header.err !== undefined) {
        len[i] = FAILED;
        errs.set(i, e.header.err);
        resumedMentions.delete(i);
      } else {
        at[i] = e.at;
        len[i] = e.n;
        errs.delete(i);
        resumedMentions.set(i, e.header.m ?? {});
      }
    }
    indexOf.clear();
    const order = files.map((_, i) => i).sort((a, b) => (files[a].id < files[b].id ? -1 : files[a].id > files[b].id ? 1 : 0));
    phases.collected = performance.now();

    const todo: (Task & { size: number })[] = [];
    for (const i of order)
      if (len[i] === PENDING) todo.push({ i, path: files[i].path, id: files[i].id, k: keyOf(files[i]), size: files[i].size });
    const resumed = n - todo.length;
    doneCount = resumed;
    if (resumed > 0) process.stderr.write(`ingest: resuming: ${resumed} of ${n} files already done (${journalPath})\n`);
    if (todo.length === 0 && pool) {
      await pool.close();
      pool = null;
    }
    const bar = (progress = new Progress(
      todo.length,
      todo.reduce((s, t) => s + t.size, 0),
      o.progress
    ));

    const out = o.out ? new AtomicFile(o.out) : null;
    const sink = new BlockSink(out ? (b) => out.write(b) : stdoutTarget);
    const writer = new ArticlesWriter(sink, gazetteer.parent);
    writer.addTotals(
      aggregateRegions(
        [...resumedMentions.values()].map((mentions) => ({ mentions })),
        gazetteer.parent
      )
    );
    resumedMentions.clear();
    const extra = consumers.map((c) => c({ parent: gazetteer.parent }));

    // The output, in id order: order[cursor] is the next file to write once it is done.
    const window = new Map<number, Buffer>();
    let windowBytes = 0;
    let cursor = 0;
    let good = 0;
    let pump: Promise<void> | null = null;
    let pumpError: unknown = null;
    const drain = async () => {
      let k = 0;
      while (cursor < n && len[order[cursor]] !== PENDING) {
        const i = order[cursor++];
        if (len[i] === FAILED) continue;
        let payload = window.get(i);
        if (payload) {
          window.delete(i);
          windowBytes -= payload.length;
        } else payload = j.readBytes(at[i], len[i]);
        good++;
        await writer.addRecord(files[i].id, payload);
        if (extra.length) {
          const rec = JSON.parse(payload.toString('utf8')) as Record<string, unknown>;
          for (const c of extra) await c.add(rec);
        }
        // Let a signal in now and then (a long run of resumed entries is written without a break).
        if (++k % 256 === 0) await new Promise((r) => setImmediate(r));
      }
    };
    const kick = () => {
      if (pumpError) throw pumpError;
      pump ??= drain()
        .catch((e) => void (pumpError = e))
        .finally(() => {
          pump = null;
          if (!pumpError && cursor < n && len[order[cursor]] !== PENDING) kick();
        });
    };
    const onBatch = (r: BatchResult) => {
      const bytes = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength);
      const base = j.appendEntries(bytes);
      writer.addTotals(r.totals);
      for (const it of r.items) {
        if (it.err !== null) {
          len[it.i] = FAILED;
          errs.set(it.i, it.err);
        } else {
          at[it.i] = base + it.at;
          len[it.i] = it.n;
          if (windowBytes < WINDOW_BYTES) {
            window.set(it.i, bytes.subarray(it.at, it.at + it.n));
            windowBytes += it.n;
          }
        }
        doneCount++;
        bar.tick(files[it.i].size);
      }
      kick();
    };

    let inProcessBusy = 0;
    let workerStats: WorkerStats[] = [];
    try {
      kick(); // entries the journal already held, up to the first file still to do
      if (inProcess) {
        // The single-thread path: no worker to start or feed.
        const run = createBatchRunner(config);
        phases.ready = performance.now();
        for (const batch of batchesOf(todo)) {
          const r = run(batch);
          inProcessBusy += r.busyMs;
          onBatch(r);
          await new Promise((r) => setImmediate(r));
        }
      } else if (pool) {
        try {
          await pool.run(batchesOf(todo), onBatch);
        } finally {
          await pool.close();
          workerStats = pool.stats;
          pool = null;
        }
      }
      phases.ingested = performance.now();
      while (pump) await pump;
      if (pumpError) throw pumpError;
      bar.end();
      if (cursor !== n) throw new Error(`only ${cursor} of ${n} files reached the output`);

      for (const i of errs.keys()) problems.push({ file: files[i].path, reason: errs.get(i)! });
      if (good === 0) {
        // Nothing readable: an existing --out is left as it was.
        out?.abort();
        j.remove();
        return { files: n, articles: 0, resumed, problems: problems.sort(byFile), threads };
      }
      await writer.end();
      await sink.flush();
      for (const c of extra) await c.end();
      out?.commit();
    } catch (e) {
      out?.abort();
      throw e;
    }
    phases.written = performance.now();
    if (process.env.JJJ_INGEST_STATS) {
      const stats: RunStats = {
        inProcess,
        threads: inProcess ? 1 : workerStats.length,
        files: n,
        phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])),
        mainCpuMs: threadCpuMs(),
        processCpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
        busyMs: Math.round(inProcessBusy),
        workers: workerStats.map((w) => ({ ...w, busyMs: Math.round(w.busyMs), readyMs: w.readyMs && Math.round(w.readyMs) }))
      };
      process.stderr.write(`stats: ${JSON.stringify(stats)}\n`);
    }
    // Tests keep a finished journal to fake a crash; a real run has no use for it once --out is written.
    if (process.env.JJJ_INGEST_KEEP_JOURNAL) j.close();
    else j.remove();
    problems.sort(byFile);
    return { files: n, articles: good, resumed, problems, threads: todo.length ? threads : 0 };
  } finally {
    pool?.kill();
  }
}

const byFile = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export { writeFileAtomic };
