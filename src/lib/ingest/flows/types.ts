import type { FlowStatement } from '../../domain/flow';

/**
 * A flow found in an article's text (data/README.md § flows in articles.json). Field names are the
 * ones the articles.json format uses, so the record stores this object as it is.
 */
export interface ExtractedFlow extends FlowStatement {
  period_start: number | null;
  period_end: number | null;
  /** UTF-16 offset of the evidence: the number, or the trigger word when there is none. */
  offset: number;
}
