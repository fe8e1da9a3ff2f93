import { parentPort, workerData } from 'node:worker_threads';
import { createTaskRunner, type Task, type TaskConfig } from './task';

const run = createTaskRunner((workerData as { config: TaskConfig }).config);
parentPort!.on('message', (tasks: Task[]) => parentPort!.postMessage(tasks.map(run)));
parentPort!.postMessage('ready');
