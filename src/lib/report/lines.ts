import type { FlowSide } from '../metrics/catalog';
import type { FlowStatus } from '../flows/types';
import type { Provenance } from '../flows/consolidate';

/** What the details panel shows per metric and per flow, ready to print. */
export interface MetricLine {
  id: string;
  label: string;
  unit: string;
  value: number | undefined;
  rank: { rank: number; of: number } | null;
  /** Set for flow metrics, which the panel shows as a table of measure × in/out/net. */
  flow?: { side: FlowSide; measure: string };
  /** The value is a lower bound: parts that may overlap were not added. */
  atLeast?: boolean;
  /** The value is a difference of lower bounds. */
  approx?: boolean;
}

/** How a flow enters the region's totals. */
export type FlowRole =
  /** Added to the region's total. */
  | 'counted'
  /** One of several parts that may overlap: only the largest of them is added. */
  | 'part'
  /** Stated for a group the region belongs to: added to no member. */
  | 'shared'
  /** A target or commitment: counted under planned inflow only, never with what is done. */
  | 'planned'
  /** No number (or two-way cooperation): listed, not counted. */
  | 'listed';

export interface FlowLine {
  id: string;
  /** The other side, named in the reader's language. */
  other: string;
  kind: string;
  measure: string;
  value: number | null;
  approx: boolean;
  status: FlowStatus;
  period: string;
  article: string;
  role: FlowRole;
  /** For `shared`: the other members of the group, named. */
  sharedWith: string;
  /** For `part`: the other parts' values it may overlap with. */
  overlapsWith: number[];
  /** Articles stating this same quantity. */
  sources: number;
  /** Earlier cumulative figures this one supersedes. */
  supersedes: number;
  provenance: Provenance;
  /** Stated for a group on the other side ("from Beijing + Tianjin"). */
  grouped: boolean;
}
