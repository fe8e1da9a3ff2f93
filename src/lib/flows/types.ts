import type { FlowStatement } from '../domain/flow';

/** One row of `data/flows.csv`, parsed and validated. Column meanings: data/README.md § flows.csv. */
export interface Flow extends FlowStatement {
  id: string;
  /** Normalised period as written: '', 'YYYY', 'YYYY–', '–YYYY', 'YYYY–YYYY'. */
  period: string;
  periodStart: number | null;
  periodEnd: number | null;
  article: string;
  note: string;
  /** 1-based line of the row in its file, for messages. */
  line: number;
  /** Optional column of an extracted file: `extracted` by the ingest, or `reviewed` by an analyst. */
  source?: FlowSource;
  /** Optional column of an extracted file: UTF-16 offset of the evidence in the decoded article. */
  offset?: number | null;
}

export const FLOW_SOURCES = ['extracted', 'reviewed'] as const;
export type FlowSource = (typeof FLOW_SOURCES)[number];

export const FLOW_KINDS = [
  'projects',
  'investment',
  'enterprises',
  'relocation',
  'education',
  'health',
  'science_park',
  'research',
  'talent',
  'cooperation'
] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export const FLOW_MEASURES = [
  'projects',
  'yuan',
  'enterprises',
  'merchants',
  'schools',
  'hospitals',
  'institutes',
  'service_items'
] as const;
export type FlowMeasure = (typeof FLOW_MEASURES)[number];

export const FLOW_STATUSES = ['done', 'underway', 'planned'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

export const FLOW_COLUMNS = [
  'id',
  'origin',
  'destination',
  'kind',
  'measure',
  'value',
  'approx',
  'period',
  'period_start',
  'period_end',
  'status',
  'article',
  'note'
] as const;
/** Columns an extracted file adds (`npm run ingest -- … --flows-csv`); a curated file may keep them. */
export const FLOW_OPTIONAL_COLUMNS = ['source', 'offset'] as const;
export type FlowColumn = (typeof FLOW_COLUMNS)[number] | (typeof FLOW_OPTIONAL_COLUMNS)[number];

/** Cooperation is two-way: drawn without an arrow and kept out of inflow/outflow. */
export function isDirected(kind: FlowKind): boolean {
  return kind !== 'cooperation';
}

/** A problem found in a data file; `line` 0 means the file as a whole. */
export interface FlowIssue {
  file: string;
  line: number;
  column: string | null;
  value: string | null;
  message: string;
}

export function formatIssue(i: FlowIssue): string {
  const where = i.line > 0 ? `${i.file}:${i.line}` : i.file;
  const col = i.column ? ` column "${i.column}"` : '';
  const val = i.value !== null ? ` (value ${JSON.stringify(i.value)})` : '';
  return `${where}:${col} ${i.message}${val}`;
}
