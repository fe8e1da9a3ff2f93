/**
 * Worker threads running the per-article step. Tasks go out in small batches, a bounded number per
 * worker at a time, so memory stays bounded however many files there are; results come back in
 * whatever order the workers finish (the writer restores the order).
 */
import { Worker } from 'node:worker_threads';
import type { Task, TaskConfig, TaskResult } from './task';

const BATCH = 8;
const IN_FLIGHT = 2;

export class IngestPool {
  private readonly workers: Worker[] = [];

  constructor(threads: number, config: TaskConfig) {
    for (let t = 0; t < threads; t++)
      this.workers.push(
        new Worker(new URL('./worker-boot.mjs', import.meta.url), {
          workerData: { entry: new URL('./ingest.worker.ts', import.meta.url).href, config }
        })
      );
  }

  /** Feeds every task through the workers; `onResult` sees each result as it arrives. */
  run(tasks: Iterable<Task>, onResult: (r: TaskResult) => void): Promise<void> {
    const it = tasks[Symbol.iterator]();
    let exhausted = false;
    const next = (): Task[] => {
      const batch: Task[] = [];
      while (!exhausted && batch.length < BATCH) {
        const n = it.next();
        if (n.done) exhausted = true;
        else batch.push(n.value);
      }
      return batch;
    };
    return new Promise((resolve, reject) => {
      let busy = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        reject(e);
      };
      const feed = (w: Worker) => {
        const batch = next();
        if (batch.length === 0) return false;
        busy++;
        w.postMessage(batch);
        return true;
      };
      for (const w of this.workers) {
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0 && !failed) fail(new Error(`a worker thread stopped (exit ${code})`));
        });
        w.on('message', (msg: 'ready' | TaskResult[]) => {
          if (msg === 'ready') {
            if (process.env.JJJ_INGEST_TIMING) process.stderr.write(`timing: worker ready ${performance.now().toFixed(0)} ms\n`);
            for (let k = 0; k < IN_FLIGHT; k++) feed(w);
          } else {
            busy--;
            for (const r of msg) onResult(r);
            feed(w);
          }
          if (busy === 0 && exhausted) resolve();
        });
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Synchronous stop for an interrupt (the process exits right after). */
  kill(): void {
    for (const w of this.workers) void w.terminate();
  }
}
