/**
 * Worker threads running the per-article step. They start (load the code, build the matcher) as
 * soon as the pool is made, while the main thread is still reading the journal. Tasks go out in
 * batches, a bounded number per worker at a time, so memory stays bounded however many files there
 * are; each batch comes back as one transferred buffer of journal entries plus its region totals,
 * in whatever order the workers finish (the engine restores the order).
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { BatchResult, Task, TaskConfig } from './task';

/** A batch ends at this many files or bytes of input, whichever comes first. */
const BATCH_FILES = 16;
const BATCH_BYTES = 256 << 10;
const IN_FLIGHT = 2;

/**
 * Each worker's young generation, semi-spaces of 32 MB (V8's default grows them to 16 MB at most).
 * The per-article step allocates about 100 times its input (~0.8 MB for an 8 KB article) and keeps
 * much of it until the article is done: with 16 MB a scavenge came every ~20 articles and copied
 * the article in hand each time, on V8's helper threads, which with a worker on every core only take
 * CPU from the workers. With 32 MB, a third of the scavenges (28 against 81 per worker for 3,000
 * articles on two). The flag is process-wide but read when an isolate is made, so it reaches the
 * workers and not the main thread, which allocates little; the limit beside it lets the space grow.
 */
export const SEMI_SPACE_MB = 32;
const workerLimits = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };
let youngSized = false;
function sizeYoungGeneration(): void {
  if (youngSized) return;
  youngSized = true;
  setFlagsFromString(`--min-semi-space-size=${SEMI_SPACE_MB}`);
}

/** Tasks cut into batches: few messages for small articles, a short batch for a big one. */
export function* batchesOf(tasks: Iterable<Task & { size: number }>): Generator<Task[]> {
  let batch: Task[] = [];
  let bytes = 0;
  for (const t of tasks) {
    if (batch.length > 0 && (batch.length === BATCH_FILES || bytes + t.size > BATCH_BYTES)) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push({ i: t.i, path: t.path, id: t.id, k: t.k });
    bytes += t.size;
  }
  if (batch.length > 0) yield batch;
}

export interface WorkerStats {
  /** ms from the pool's start until the worker could take work (loading code, building the matcher). */
  readyMs: number | null;
  /** ms spent inside batches. */
  busyMs: number;
  /** The thread's own CPU time at its last batch, ms (null off Linux). */
  cpuMs: number | null;
  files: number;
  /** Event-loop utilisation over the worker's life (busy / (busy + idle)). */
  utilization: number;
}

type Message = 'ready' | (BatchResult & { cpuMs: number | null });

export class IngestPool {
  private readonly workers: Worker[] = [];
  private readonly started = performance.now();
  private readonly ready: boolean[] = [];
  private error: Error | null = null;
  private onMessage: ((n: number, msg: Message) => void) | null = null;
  private onError: ((e: Error) => void) | null = null;
  readonly stats: WorkerStats[] = [];

  /** `bundle`: the worker as plain JavaScript (workerBundle.ts); without it each worker boots through tsx. */
  constructor(threads: number, config: TaskConfig, bundle: string | null = null) {
    sizeYoungGeneration();
    for (let n = 0; n < threads; n++) {
      const w = bundle
        ? new Worker(bundle, { workerData: { config }, resourceLimits: workerLimits })
        : new Worker(new URL('./worker-boot.mjs', import.meta.url), {
            workerData: { entry: new URL('./ingest.worker.ts', import.meta.url).href, config },
            resourceLimits: workerLimits
          });
      this.workers.push(w);
      this.ready.push(false);
      this.stats.push({ readyMs: null, busyMs: 0, cpuMs: null, files: 0, utilization: 0 });
      const fail = (e: Error) => {
        this.error ??= e;
        this.onError?.(e);
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a worker thread stopped (exit ${code})`));
      });
      w.on('message', (msg: Message) => {
        if (msg === 'ready') {
          this.ready[n] = true;
          this.stats[n].readyMs = performance.now() - this.started;
        }
        this.onMessage?.(n, msg);
      });
    }
  }

  /** Feeds every batch through the workers; `onBatch` sees each result as it arrives. */
  run(batches: Iterator<Task[]>, onBatch: (r: BatchResult) => void): Promise<void> {
    let exhausted = false;
    const next = (): Task[] => {
      if (exhausted) return [];
      const n = batches.next();
      if (n.done) exhausted = true;
      return n.done ? [] : n.value;
    };
    return new Promise((resolve, reject) => {
      let busy = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      if (this.error) return fail(this.error);
      this.onError = fail;
      const feed = (n: number) => {
        const batch = next();
        if (batch.length === 0) return;
        busy++;
        this.workers[n].postMessage(batch);
      };
      const settle = () => {
        if (busy === 0 && exhausted && !failed) resolve();
      };
      this.onMessage = (n, msg) => {
        if (failed) return;
        if (msg === 'ready') {
          for (let k = 0; k < IN_FLIGHT; k++) feed(n);
        } else {
          busy--;
          const s = this.stats[n];
          s.busyMs += msg.busyMs;
          s.cpuMs = msg.cpuMs;
          s.files += msg.items.length;
          // Refill before handing the batch on, so the worker never waits for the writer.
          feed(n);
          try {
            onBatch(msg);
          } catch (e) {
            return fail(e as Error);
          }
        }
        settle();
      };
      // Workers that became ready before the run started.
      this.ready.forEach((r, n) => r && this.onMessage!(n, 'ready'));
      if (this.ready.every(Boolean)) settle();
    });
  }

  async close(): Promise<void> {
    this.workers.forEach((w, n) => (this.stats[n].utilization = w.performance.eventLoopUtilization().utilization));
    this.onError = null;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Synchronous stop for an interrupt (the process exits right after). */
  kill(): void {
    for (const w of this.workers) void w.terminate();
  }
}
