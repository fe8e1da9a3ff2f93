/**
 * CPU time of the calling thread alone (ms), from Linux's /proc/<pid>/task/<tid>/schedstat (ns,
 * the scheduler's own accounting): process.cpuUsage also counts V8's helper threads (parallel and
 * concurrent GC, background compilation), which run beside the ingest, not in it. Null where the
 * file is unreadable (not Linux), so callers fall back to the process's figure.
 */
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

const path = threadId === 0 ? `/proc/${process.pid}/task/${process.pid}/schedstat` : null;

export function threadCpuMs(): number | null {
  if (!path) return null;
  try {
    return Number(readFileSync(path, 'latin1').split(' ', 1)[0]) / 1e6;
  } catch {
    return null;
  }
}
