import type { RegionsLike } from '../ingest/regions';
import type { ArticleRecord } from '../ingest/ingest';
import type { ArticleEvidence, FileError, FromWorker } from './protocol';
import type { EvidenceSegment } from '../evidence/flowEvidence';

export interface IngestOutcome {
  records: ArticleRecord[];
  errors: FileError[];
  bytes: number;
  ms: number;
}

/** The page's handle on the ingest worker: progress as state, results as promises. */
export class ArticleWorker {
  progress = $state<{ done: number; total: number } | null>(null);
  readonly #worker: Worker;
  #pendingIngest: ((o: IngestOutcome) => void) | null = null;
  #failIngest: ((e: Error) => void) | null = null;
  #snippetRequests = new Map<number, (e: ArticleEvidence[]) => void>();
  #flowEvidenceRequests = new Map<number, (s: EvidenceSegment[] | null) => void>();
  #nextRequest = 1;

  constructor(regions: RegionsLike, aliasesCsv: string) {
    this.#worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
    this.#worker.onmessage = (e: MessageEvent<FromWorker>) => this.#receive(e.data);
    this.#worker.onerror = (e) => this.#failIngest?.(new Error(e.message || 'the ingest worker stopped'));
    this.#worker.postMessage({ type: 'init', regions, aliasesCsv });
  }

  #receive(m: FromWorker): void {
    if (m.type === 'progress') this.progress = { done: m.done, total: m.total };
    else if (m.type === 'ingested') {
      this.progress = null;
      this.#pendingIngest?.({ records: m.records, errors: m.errors, bytes: m.bytes, ms: m.ms });
      this.#pendingIngest = this.#failIngest = null;
    } else if (m.type === 'snippets') {
      this.#snippetRequests.get(m.request)?.(m.evidence);
      this.#snippetRequests.delete(m.request);
    } else if (m.type === 'flowEvidence') {
      this.#flowEvidenceRequests.get(m.request)?.(m.segments);
      this.#flowEvidenceRequests.delete(m.request);
    } else if (m.type === 'failed') {
      this.progress = null;
      this.#failIngest?.(new Error(m.reason));
      this.#pendingIngest = this.#failIngest = null;
    }
  }

  ingest(files: File[]): Promise<IngestOutcome> {
    return new Promise((resolve, reject) => {
      this.#pendingIngest = resolve;
      this.#failIngest = reject;
      this.progress = { done: 0, total: files.length };
      this.#worker.postMessage({ type: 'ingest', files });
    });
  }

  snippets(codes: string[], radius = 60): Promise<ArticleEvidence[]> {
    const request = this.#nextRequest++;
    return new Promise((resolve) => {
      this.#snippetRequests.set(request, resolve);
      this.#worker.postMessage({ type: 'snippets', request, codes, radius });
    });
  }

  /** The sentence of a flow's evidence in an opened article, with its number and places marked. */
  flowEvidence(article: string, offset: number, codes: string[]): Promise<EvidenceSegment[] | null> {
    const request = this.#nextRequest++;
    return new Promise((resolve) => {
      this.#flowEvidenceRequests.set(request, resolve);
      this.#worker.postMessage({ type: 'flowEvidence', request, article, offset, codes });
    });
  }

  terminate(): void {
    this.#worker.terminate();
  }
}
