import type { FlowStatement } from './consolidate';
import { consolidationKey, sameValue } from './consolidate';
import { FLOW_KINDS, FLOW_STATUSES, type Flow, type FlowKind, type FlowStatus } from './types';

/** A flow as the extractor writes it into an article record (data/articles.json schema 2, `flows[]`). */
export interface ExtractedFlowLike {
  origin: string[];
  destination: string[];
  kind: string;
  measure: string | null;
  value: number | null;
  approx: boolean;
  period_start: number | null;
  period_end: number | null;
  status: string;
  offset: number;
}

export interface RecordWithFlows {
  id: string;
  date: string | null;
  flows?: readonly ExtractedFlowLike[];
}

/** The curated rows of data/flows.csv as statements, each dated by its article. */
export function reviewedStatements(flows: readonly Flow[], dateOf: (article: string) => string | null): FlowStatement[] {
  return flows.map((f) => ({ ...f, date: dateOf(f.article), provenance: 'reviewed', offset: null }));
}

const isKind = (k: string): k is FlowKind => (FLOW_KINDS as readonly string[]).includes(k);
const isStatus = (s: string): s is FlowStatus => (FLOW_STATUSES as readonly string[]).includes(s);
const year = (y: unknown) => (typeof y === 'number' && Number.isInteger(y) ? y : null);

/**
 * The period as data/flows.csv writes it, from the extractor's years: one year, a range, "since"
 * (start only, or a range ending in the article's year: data/README.md writes an open `YYYY–` with
 * the article's year as its end) or "to" (end only).
 */
function periodOf(start: number | null, end: number | null, articleYear: number | null): string {
  if (start !== null && end !== null && start < end && end === articleYear) return `${start}–`;
  if (start !== null && end !== null) return start === end ? String(start) : `${start}–${end}`;
  if (start !== null) return `${start}–`;
  if (end !== null) return `–${end}`;
  return '';
}

/**
 * The flows the extractor found in article records, as statements. A flow the record holds in a
 * shape this version does not know (an unknown kind or status, a non-finite value) is left out
 * rather than drawn half-read.
 */
export function extractedStatements(records: readonly RecordWithFlows[]): FlowStatement[] {
  const out: FlowStatement[] = [];
  for (const r of records) {
    (r.flows ?? []).forEach((f, i) => {
      if (!isKind(f.kind) || !isStatus(f.status) || !Array.isArray(f.origin) || !Array.isArray(f.destination)) return;
      if (f.value !== null && !Number.isFinite(f.value)) return;
      const start = year(f.period_start),
        end = year(f.period_end);
      const articleYear = r.date ? Number(r.date.slice(0, 4)) : null;
      out.push({
        id: `${r.id}#${i + 1}`,
        origin: [...f.origin],
        destination: [...f.destination],
        kind: f.kind,
        measure: f.measure ?? null,
        value: f.value,
        approx: !!f.approx,
        period: periodOf(start, end, articleYear),
        periodStart: start,
        periodEnd: end,
        status: f.status,
        article: r.id,
        note: '',
        line: 0,
        date: r.date,
        provenance: 'extracted',
        offset: Number.isInteger(f.offset) ? f.offset : null
      });
    });
  }
  return out;
}

/** Extracted statements that state no quantity the curated file already has: what review has not covered. */
export function notInCurated(extracted: readonly FlowStatement[], curated: readonly FlowStatement[]): FlowStatement[] {
  const keys = new Map<string, FlowStatement[]>();
  for (const c of curated) {
    const k = consolidationKey(c);
    keys.set(k, [...(keys.get(k) ?? []), c]);
  }
  return extracted.filter((e) => !(keys.get(consolidationKey(e)) ?? []).some((c) => sameValue(c.value, e.value)));
}
