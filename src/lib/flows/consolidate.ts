import { isDirected, type Flow } from './types';

/** Where a flow comes from: the curated data/flows.csv (reviewed) or the flow extractor (extracted). */
export type Provenance = 'reviewed' | 'extracted';

/** One statement of a flow in one article: a row of flows.csv, or a flow the extractor found. */
export interface FlowStatement extends Flow {
  /** The article's publication date (YYYY-MM-DD), null when unknown. */
  date: string | null;
  provenance: Provenance;
  /** UTF-16 offset of the evidence in the decoded article text, when known. */
  offset: number | null;
}

/** One statement behind a consolidated flow, as its details list it. */
export interface FlowSource {
  id: string;
  article: string;
  date: string | null;
  value: number | null;
  approx: boolean;
  period: string;
  status: Flow['status'];
  provenance: Provenance;
  offset: number | null;
}

/**
 * A distinct flow: the statements of one quantity across articles, the latest one standing for
 * all. It is a Flow (the latest statement's fields), so everything that draws or counts flows
 * takes it as it is.
 */
export interface ConsolidatedFlow extends FlowStatement {
  /** Every statement of this same quantity, latest article first (the first is the flow itself). */
  sources: FlowSource[];
  /** Earlier cumulative figures this one supersedes ("4,959 since 2017" in 2022, then "5,100" in 2023), latest first. */
  history: FlowSource[];
}

const sortedCodes = (codes: readonly string[]) => [...new Set(codes)].sort().join('+');

function places(f: Flow): string {
  const o = sortedCodes(f.origin),
    d = sortedCodes(f.destination);
  // Two-way cooperation has no sender: Tongzhou↔Langfang is Langfang↔Tongzhou.
  return isDirected(f.kind) ? `${o}>${d}` : `~${[o, d].sort().join('~')}`;
}

/** Whether the period is cumulative: "since 2017" (`2017–`) or "to date" (`–2022`). */
export function isCumulative(period: string): boolean {
  return /^\d{4}–$|^–\d{4}$/.test(period.trim());
}

/**
 * The period as a statement of the quantity, not of when it was counted: every "since 2017" is one
 * series whatever year the article counted it up to; every "to date" without a start is one too.
 */
function periodSignature(f: Flow): string {
  const p = f.period.trim();
  if (/^\d{4}–$/.test(p)) return `since ${p.slice(0, 4)}`;
  if (/^–\d{4}$/.test(p)) return 'to date';
  if (p) return p;
  if (f.periodStart !== null || f.periodEnd !== null) return `${f.periodStart ?? ''}–${f.periodEnd ?? ''}`;
  return '';
}

/**
 * Whether two stated values are the same figure within rounding: both rounded to the precision
 * of the less precise one agree (278.7 billion = 2,787亿 = 279 billion; 4,959 ≠ 4,900).
 */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b)) return false;
  // At least two digits: "10" and "12" projects are two figures, not one rounded.
  const digits = Math.max(2, Math.min(precision(a), precision(b)));
  return Number(a.toPrecision(digits)) === Number(b.toPrecision(digits));
}

/** Significant digits as printed: trailing zeros of an integer are not precision (2,787亿 → 4). */
function precision(v: number): number {
  const s = Math.abs(v).toPrecision(15).replace(/e.*$/, '');
  const digits = s.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(1, Math.min(15, digits.length));
}

/** Statements with the same key state the same places, measure (or kind, with no number) and period. */
export function consolidationKey(s: Flow): string {
  const what = s.value !== null && s.measure !== null ? `m:${s.measure}` : `k:${s.kind}`;
  return `${places(s)}|${what}|${periodSignature(s)}`;
}

const byDateDesc = (a: FlowStatement, b: FlowStatement) =>
  (b.date ?? '').localeCompare(a.date ?? '') ||
  (a.provenance === b.provenance ? 0 : a.provenance === 'reviewed' ? -1 : 1) ||
  a.id.localeCompare(b.id);

const source = (s: FlowStatement): FlowSource => ({
  id: s.id,
  article: s.article,
  date: s.date,
  value: s.value,
  approx: s.approx,
  period: s.period,
  status: s.status,
  provenance: s.provenance,
  offset: s.offset
});

/**
 * One statement, one flow. Statements of the same quantity (same places, same measure — or, with
 * no number, the same kind — same period, value equal within rounding) in several articles become
 * one flow listing them all as sources. For cumulative figures, the statements of the latest
 * article supersede earlier articles' figures for the same places, measure and period; those are
 * kept as the flow's history. Statements of one article never supersede each other: a text that
 * gives 672 projects and 47 projects for the same places gives two figures. Undated statements
 * supersede nothing and are superseded by nothing. Output in input order of the flows' first
 * statements; deterministic.
 */
export function consolidateFlows(statements: readonly FlowStatement[]): ConsolidatedFlow[] {
  const groups = new Map<string, FlowStatement[]>();
  for (const s of statements) {
    const key = consolidationKey(s);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const out: { flow: ConsolidatedFlow; first: number }[] = [];
  const order = new Map(statements.map((s, i) => [s, i]));
  for (const group of groups.values()) {
    // Same quantity within rounding → one cluster.
    const clusters: FlowStatement[][] = [];
    for (const s of group) {
      const c = clusters.find((c) => sameValue(c[0].value, s.value));
      if (c) c.push(s);
      else clusters.push([s]);
    }
    const flows = clusters.map((c) => {
      const sorted = [...c].sort(byDateDesc);
      const flow: ConsolidatedFlow = { ...sorted[0], sources: sorted.map(source), history: [] };
      return { flow, latest: sorted[0].date, first: Math.min(...c.map((s) => order.get(s)!)) };
    });
    const cumulative = isCumulative(group[0].period) && group[0].value !== null;
    const dated = flows.filter((f) => f.latest !== null);
    const latest = dated.reduce<string | null>((m, f) => (m === null || f.latest! > m ? f.latest : m), null);
    if (cumulative && latest !== null && dated.some((f) => f.latest !== latest)) {
      const winners = flows.filter((f) => f.latest === null || f.latest === latest);
      const heir = winners.filter((f) => f.latest === latest).sort((a, b) => (b.flow.value ?? 0) - (a.flow.value ?? 0))[0];
      for (const f of flows) if (!winners.includes(f)) heir.flow.history.push(...f.flow.sources);
      heir.flow.history.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
      out.push(...winners);
    } else out.push(...flows);
  }
  return out.sort((a, b) => a.first - b.first).map((f) => f.flow);
}
