import type { RegionsLike } from '../domain/region';
import type { ArticleRecord } from '../ingest/ingest';
import type { ArticleEvidence, FileError, FromWorker, ToWorker } from './protocol';
import type { EvidenceSegment } from '../evidence/flowEvidence';
import type { EvidencePage } from '../data/load';

export interface IngestOutcome {
  /** The batch these records came from: snippet requests about them name it. */
  batch: number;
  records: ArticleRecord[];
  errors: FileError[];
  bytes: number;
  ms: number;
}

/** Rejects a batch that a newer batch replaced or the user cancelled: not a failure, nothing to show. */
export class IngestCancelled extends Error {
  constructor(batch: number) {
    super(`batch ${batch} was cancelled`);
    this.name = 'IngestCancelled';
  }
}

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerPort {
  postMessage(m: ToWorker): void;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

const moduleWorker = (): WorkerPort =>
  new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' }) as unknown as WorkerPort;

/** Batch numbers are unique across workers, so a replaced worker's batch is never taken for a new one's. */
let nextBatch = 1;

interface Pending<T> {
  resolve: (v: T) => void;
  reject: (e: Error) => void;
}

/**
 * The page's handle on the ingest worker: progress as state, results as promises. One batch runs at
 * a time: `ingest` while another runs replaces it (the older promise rejects with IngestCancelled),
 * `cancel` stops it. A failure rejects what it concerns; a worker that stops or cannot be
 * initialised rejects everything pending, and every later call, with its reason (`broken`).
 */
export class ArticleWorker {
  progress = $state<{ done: number; total: number } | null>(null);
  broken = $state.raw<Error | null>(null);
  readonly #worker: WorkerPort;
  #batch: (Pending<IngestOutcome> & { id: number }) | null = null;
  /** Requests about a batch's texts (snippets…), by request number; every answer names its request. */
  #requests = new Map<number, Pending<never>>();
  #nextRequest = 1;

  constructor(regions: RegionsLike, aliasesCsv: string, create: () => WorkerPort = moduleWorker) {
    this.#worker = create();
    this.#worker.onmessage = (e) => this.#receive(e.data);
    this.#worker.onerror = (e) => this.#fail(new Error(e.message || 'the ingest worker stopped'));
    this.#worker.onmessageerror = () => this.#fail(new Error('the ingest worker sent a message that could not be read'));
    this.#worker.postMessage({ type: 'init', regions, aliasesCsv });
  }

  #receive(m: FromWorker): void {
    const batch = this.#batch;
    if (m.type === 'progress') {
      if (batch?.id === m.batch) this.progress = { done: m.done, total: m.total };
    } else if (m.type === 'ingested') {
      if (batch?.id !== m.batch) return; // a replaced batch that finished before it heard so
      this.#batch = null;
      this.progress = null;
      batch.resolve({ batch: m.batch, records: m.records, errors: m.errors, bytes: m.bytes, ms: m.ms });
    } else if (m.type === 'cancelled') {
      // Already settled on this side when it was replaced or cancelled.
    } else if (m.type === 'snippets') {
      this.#answer(m.request, m.evidence);
    } else if (m.type === 'snippetPage') {
      this.#answer(m.request, { items: m.items, total: m.total });
    } else if (m.type === 'flowEvidence') {
      this.#answer(m.request, m.segments);
    } else if (m.type === 'failed') {
      const error = new Error(m.reason);
      if (m.request !== undefined) {
        this.#requests.get(m.request)?.reject(error);
        this.#requests.delete(m.request);
      } else if (m.batch !== undefined) {
        if (batch?.id !== m.batch) return;
        this.#batch = null;
        this.progress = null;
        batch.reject(error);
      } else this.#fail(error);
    }
  }

  /** Rejects everything pending and every later call: the worker is of no further use. */
  #fail(error: Error): void {
    this.broken ??= error;
    this.#batch?.reject(error);
    this.#batch = null;
    this.progress = null;
    for (const p of this.#requests.values()) p.reject(error);
    this.#requests.clear();
  }

  /** Reads `files` as one batch, replacing any running batch. `keep` is the batch the page shows. */
  ingest(files: File[], keep: number | null = null): Promise<IngestOutcome> {
    if (this.broken) return Promise.reject(this.broken);
    this.cancel();
    const id = nextBatch++;
    return new Promise((resolve, reject) => {
      this.#batch = { id, resolve, reject };
      this.progress = { done: 0, total: files.length };
      this.#worker.postMessage({ type: 'ingest', batch: id, files, keep });
    });
  }

  /** Stops the running batch, if any: its promise rejects with IngestCancelled. */
  cancel(): void {
    const batch = this.#batch;
    if (!batch) return;
    this.#batch = null;
    this.progress = null;
    this.#worker.postMessage({ type: 'cancel', batch: batch.id });
    batch.reject(new IngestCancelled(batch.id));
  }

  get running(): boolean {
    return this.#batch !== null;
  }

  /** Mentions in context and figures with their sentences, from batch `batch`'s articles only. */
  snippets(batch: number, codes: string[], radius = 60): Promise<ArticleEvidence[]> {
    return this.#ask((request) => ({ type: 'snippets', request, batch, codes, radius }));
  }

  /** `limit` of batch `batch`'s mentions and figures of `codes` from `offset` (article then text order), and the total. */
  snippetPage(batch: number, codes: string[], offset: number, limit: number, radius = 60): Promise<EvidencePage> {
    return this.#ask((request) => ({ type: 'snippetPage', request, batch, codes, radius, offset, limit }));
  }

  /** Sends one request about a batch's texts; its answer (or failure) settles the promise. */
  #ask<T>(message: (request: number) => ToWorker): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const request = this.#nextRequest++;
    return new Promise<T>((resolve, reject) => {
      this.#requests.set(request, { resolve: resolve as (v: never) => void, reject });
      this.#worker.postMessage(message(request));
    });
  }

  /** The sentence of a flow's evidence in one of batch `batch`'s articles, with its number and places marked. */
  flowEvidence(batch: number, article: string, offset: number, codes: string[]): Promise<EvidenceSegment[] | null> {
    return this.#ask((request) => ({ type: 'flowEvidence', request, batch, article, offset, codes }));
  }

  #answer(request: number, value: unknown): void {
    this.#requests.get(request)?.resolve(value as never);
    this.#requests.delete(request);
  }

  terminate(): void {
    this.#fail(new Error('the ingest worker was stopped'));
    this.#worker.terminate();
  }
}
