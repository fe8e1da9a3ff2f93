/// <reference lib="webworker" />
import { createIngestService } from './service';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Runs the ingest library off the main thread, so the page stays responsive while hundreds of
 * files are read. The texts stay here; the page receives records and, on demand, snippets.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createIngestService((m: FromWorker) => scope.postMessage(m));
scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
