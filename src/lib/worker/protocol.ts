import type { ArticleRecord } from '../ingest/ingest';
import type { Figure } from '../ingest/figures';
import type { RegionsLike } from '../domain/region';
import type { Snippet } from '../evidence/kwic';
import type { Lang } from '../domain/language';
import type { EvidenceSegment } from '../evidence/flowEvidence';
import type { RegionPageItem } from '../data/chunked';

/**
 * Messages between the page and the ingest worker. Article text never leaves the worker: the page
 * asks for snippets. Every ingest is a numbered batch and every snippet request names the batch
 * whose articles it is about, so an answer can never be taken for another batch's:
 * - a new `ingest` replaces the running batch, which stops at its next file and answers `cancelled`;
 * - `keep` names the batch the page shows; the worker drops every other finished batch's texts;
 * - `failed` with a batch or request rejects that one; without either, the worker is unusable and
 *   the page rejects everything pending.
 */
export type ToWorker =
  | { type: 'init'; regions: RegionsLike; aliasesCsv: string }
  | { type: 'ingest'; batch: number; files: File[]; keep: number | null }
  | { type: 'cancel'; batch: number }
  | { type: 'snippets'; request: number; batch: number; codes: string[]; radius: number }
  /** One window of the mentions and figures of `codes`, in article then text order, and how many in all. */
  | { type: 'snippetPage'; request: number; batch: number; codes: string[]; radius: number; offset: number; limit: number }
  /** The sentence of a flow's evidence: batch, article id, offset, and the codes whose mentions to mark. */
  | { type: 'flowEvidence'; request: number; batch: number; article: string; offset: number; codes: string[] };

export interface FileError {
  file: string;
  reason: string;
}

export interface ArticleEvidence {
  article: string;
  date: string | null;
  lang: Lang;
  snippets: Snippet[];
  figures: { figure: Figure; sentence: string }[];
}

export type FromWorker =
  | { type: 'progress'; batch: number; done: number; total: number; bytes: number }
  | { type: 'ingested'; batch: number; records: ArticleRecord[]; errors: FileError[]; bytes: number; ms: number }
  | { type: 'cancelled'; batch: number }
  | { type: 'snippets'; request: number; evidence: ArticleEvidence[] }
  | { type: 'snippetPage'; request: number; items: RegionPageItem[]; total: number }
  | { type: 'flowEvidence'; request: number; segments: EvidenceSegment[] | null }
  | { type: 'failed'; batch?: number; request?: number; reason: string };
