import type { FlowKind, FlowStatus } from '../flows/types';

// The flow kinds, measures and statuses are declared in flows/types.ts (the flows owners keep them
// in one typed table); this module is where the rest of the code imports them from.
export * from '../flows/types';

/**
 * What every flow record states, declared once: a row of data/flows.csv (`Flow`) and a flow found
 * in an article's text (`ExtractedFlow`) both extend it with where the statement comes from.
 */
export interface FlowStatement {
  /** Region codes of the sender(s); several when the text names them together (never split). */
  origin: string[];
  /** Region codes of the receiver(s). */
  destination: string[];
  kind: FlowKind;
  /** What `value` counts (the measures of data/flows.csv); null when the text gives no number. */
  measure: string | null;
  value: number | null;
  /** The text says "more than", "nearly", "about". */
  approx: boolean;
  status: FlowStatus;
}
