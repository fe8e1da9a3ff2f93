import type { RegionIndex } from '../domain/region';
import { within } from '../report/regionReport';
import type { ArticleWorker } from '../worker/client.svelte';
import type { ArticleEvidence, FileError } from '../worker/protocol';
import type { Explorer } from './explorer.svelte';
import type { EvidenceSource } from '../data/load';

type MakeWorker = (ex: Explorer) => Promise<ArticleWorker>;

/** The worker starts on the first open: its code and the gazetteer are loaded only then. */
const lazyWorker: MakeWorker = async (ex) => {
  const [{ ArticleWorker }, aliases] = await Promise.all([
    import('../worker/client.svelte'),
    import('../../../data/gazetteer/aliases.csv?raw')
  ]);
  return new ArticleWorker(ex.regions, aliases.default);
};

/**
 * The user's own articles; the records replace the bundled ones in the explorer, the texts stay in
 * the worker. Opening files while a batch is read replaces that batch (it is cancelled, and nothing
 * of it is shown); Cancel stops it. The map, the summary and the snippets always come from one
 * batch, the last that finished with at least one readable article: a batch of unreadable files
 * only lists its errors. The errors always belong to the newest finished batch.
 */
export class UserArticles {
  worker = $state.raw<ArticleWorker | null>(null);
  errors = $state.raw<FileError[]>([]);
  lastRun = $state.raw<{ files: number; bytes: number; ms: number } | null>(null);
  readonly #ex: Explorer;
  readonly #make: MakeWorker;
  #starting: Promise<ArticleWorker> | null = null;
  /** The batch whose records the explorer shows, for snippet requests. */
  #shown: number | null = null;

  constructor(ex: Explorer, make: MakeWorker = lazyWorker) {
    this.#ex = ex;
    this.#make = make;
  }

  get progress() {
    return this.worker?.progress ?? null;
  }

  async #ready(): Promise<ArticleWorker> {
    if (this.worker && !this.worker.broken) return this.worker;
    // A worker that stopped is replaced; the articles it held are gone (their snippets say so).
    this.#starting ??= this.#make(this.#ex).then((w) => {
      this.worker?.terminate();
      this.#starting = null;
      return (this.worker = w);
    });
    return this.#starting;
  }

  async open(files: File[]): Promise<void> {
    try {
      const worker = await this.#ready();
      const out = await worker.ingest(files, this.#shown);
      this.errors = out.errors;
      if (out.records.length) {
        this.#shown = out.batch;
        this.lastRun = { files: files.length, bytes: out.bytes, ms: out.ms };
        this.#ex.userArticles = out.records;
        this.#ex.useUserArticles = true;
      }
    } catch (e) {
      if (e instanceof Error && e.name === 'IngestCancelled') return;
      this.errors = [{ file: files.map((f) => f.name).join(', '), reason: e instanceof Error ? e.message : String(e) }];
    }
  }

  /** Stops the batch being read; what the explorer shows stays as it was. */
  cancel(): void {
    this.worker?.cancel();
  }

  /** The evidence sentence of a flow extracted from an opened article; null when the worker has no such text. */
  flowEvidence(article: string, offset: number, codes: string[], regions: RegionIndex) {
    if (!this.worker || this.#shown === null) return Promise.resolve(null);
    const all = Object.keys(regions).filter((c) => codes.some((g) => within(c, g, regions)));
    return this.worker.flowEvidence(this.#shown, article, offset, all);
  }

  /** Pages of the mentions and figures of a region and every unit inside it, from the articles the explorer shows. */
  evidencePage(code: string, regions: RegionIndex): EvidenceSource {
    const worker = this.worker;
    const batch = this.#shown;
    if (!worker || batch === null) return async () => ({ items: [], total: 0 });
    const codes = Object.keys(regions).filter((c) => within(c, code, regions));
    return (offset, limit) => worker.snippetPage(batch, codes, offset, limit);
  }

  /** Snippets for a region and every unit inside it, from the articles the explorer shows. */
  evidence(code: string, regions: RegionIndex): Promise<ArticleEvidence[]> {
    if (!this.worker || this.#shown === null) return Promise.resolve([]);
    const codes = Object.keys(regions).filter((c) => within(c, code, regions));
    return this.worker.snippets(this.#shown, codes);
  }
}
