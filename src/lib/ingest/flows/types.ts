import type { FlowKind, FlowStatus } from '../../flows/types';

/**
 * A flow found in an article's text (data/README.md § flows in articles.json). Field names are the
 * ones the articles.json format uses, so the record stores this object as it is.
 */
export interface ExtractedFlow {
  /** Region codes of the sender(s); several when the text names them together. */
  origin: string[];
  /** Region codes of the receiver(s). */
  destination: string[];
  kind: FlowKind;
  /** What `value` counts (the measures of data/flows.csv); null when the text gives no number. */
  measure: string | null;
  value: number | null;
  approx: boolean;
  period_start: number | null;
  period_end: number | null;
  status: FlowStatus;
  /** UTF-16 offset of the evidence: the number, or the trigger word when there is none. */
  offset: number;
}
