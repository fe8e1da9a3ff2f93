import { parentPort, workerData } from 'node:worker_threads';
import { createBatchRunner, type Task, type TaskConfig } from './task';
import { threadCpuMs } from './threadCpu';

const run = createBatchRunner((workerData as { config: TaskConfig }).config);
parentPort!.on('message', (tasks: Task[]) => {
  const r = run(tasks);
  // The entries' buffer is moved, not copied, to the coordinating thread.
  parentPort!.postMessage({ ...r, cpuMs: threadCpuMs() }, [r.bytes.buffer as ArrayBuffer]);
});
parentPort!.postMessage('ready');
