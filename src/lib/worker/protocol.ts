import type { ArticleRecord } from '../ingest/ingest';
import type { Figure } from '../ingest/figures';
import type { RegionsLike } from '../ingest/regions';
import type { Snippet } from '../evidence/kwic';
import type { EvidenceSegment } from '../evidence/flowEvidence';

/** Messages to the ingest worker. Article text never leaves it: the page asks for snippets. */
export type ToWorker =
  | { type: 'init'; regions: RegionsLike; aliasesCsv: string }
  | { type: 'ingest'; files: File[] }
  | { type: 'snippets'; request: number; codes: string[]; radius: number }
  /** The sentence of a flow's evidence: article id, offset, and the codes whose mentions to mark. */
  | { type: 'flowEvidence'; request: number; article: string; offset: number; codes: string[] };

export interface FileError {
  file: string;
  reason: string;
}

export interface ArticleEvidence {
  article: string;
  date: string | null;
  lang: 'en' | 'zh';
  snippets: Snippet[];
  figures: { figure: Figure; sentence: string }[];
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'ingested'; records: ArticleRecord[]; errors: FileError[]; bytes: number; ms: number }
  | { type: 'snippets'; request: number; evidence: ArticleEvidence[] }
  | { type: 'flowEvidence'; request: number; segments: EvidenceSegment[] | null }
  | { type: 'failed'; reason: string };
