import type { RegionIndex } from '../regions/types';
import { within } from '../report/regionReport';
import type { ArticleWorker } from '../worker/client.svelte';
import type { ArticleEvidence, FileError } from '../worker/protocol';
import type { Explorer } from './explorer.svelte';

/**
 * The user's own articles: the worker starts on the first open (its code and the gazetteer are
 * loaded only then), the records replace the bundled ones in the explorer, the texts stay in the worker.
 */
export class UserArticles {
  worker = $state.raw<ArticleWorker | null>(null);
  errors = $state.raw<FileError[]>([]);
  lastRun = $state.raw<{ files: number; bytes: number; ms: number } | null>(null);
  readonly #ex: Explorer;

  constructor(ex: Explorer) {
    this.#ex = ex;
  }

  get progress() {
    return this.worker?.progress ?? null;
  }

  async open(files: File[]): Promise<void> {
    if (!this.worker) {
      const [{ ArticleWorker }, aliases] = await Promise.all([
        import('../worker/client.svelte'),
        import('../../../data/gazetteer/aliases.csv?raw')
      ]);
      this.worker = new ArticleWorker(this.#ex.regions, aliases.default);
    }
    try {
      const out = await this.worker.ingest(files);
      this.errors = out.errors;
      this.lastRun = { files: files.length, bytes: out.bytes, ms: out.ms };
      if (out.records.length) {
        this.#ex.userArticles = out.records;
        this.#ex.useUserArticles = true;
      }
    } catch (e) {
      this.errors = [{ file: files.map((f) => f.name).join(', '), reason: e instanceof Error ? e.message : String(e) }];
    }
  }

  /** The evidence sentence of a flow extracted from an opened article; null when the worker has no such text. */
  flowEvidence(article: string, offset: number, codes: string[], regions: RegionIndex) {
    if (!this.worker) return Promise.resolve(null);
    const all = Object.keys(regions).filter((c) => codes.some((g) => within(c, g, regions)));
    return this.worker.flowEvidence(article, offset, all);
  }

  /** Snippets for a region and every unit inside it. */
  evidence(code: string, regions: RegionIndex): Promise<ArticleEvidence[]> {
    if (!this.worker) return Promise.resolve([]);
    const codes = Object.keys(regions).filter((c) => within(c, code, regions));
    return this.worker.snippets(codes);
  }
}
