import type { ArticleRecord } from '../ingest/ingest';
import type { ExtractedFlow } from '../ingest/flows/types';
import { FLOW_COLUMNS, FLOW_OPTIONAL_COLUMNS } from './types';

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The period column from a flow's years (data/README.md § flows.csv): one year, `YYYY–` for a
 * span that runs to the article's year ("since 2017"), `–YYYY` when only the end is known,
 * `YYYY–YYYY` otherwise.
 */
export function periodText(f: Pick<ExtractedFlow, 'period_start' | 'period_end'>, articleYear: number | null): string {
  const { period_start: s, period_end: e } = f;
  if (s === null && e === null) return '';
  if (s === null) return `–${e}`;
  if (e === null || e === articleYear) return s === e ? `${s}` : `${s}–`;
  return s === e ? `${s}` : `${s}–${e}`;
}

/** A short note in our own words (never text of the article): what moves, and where the evidence is. */
function note(f: ExtractedFlow): string {
  const what = f.value === null ? f.kind : `${f.approx ? 'about ' : ''}${f.measure}`;
  const text = `extracted: ${what} ${f.origin.join('+')} to ${f.destination.join('+')}, ${f.status}`;
  return text.length <= 160 ? text : text.slice(0, 159) + '…';
}

/**
 * The flows the ingest extracted, as a flows CSV (the columns of data/flows.csv plus `source` =
 * extracted and the evidence `offset`), so that an analyst can review it and keep it as the
 * curated file; `npm run validate:data` accepts it. Articles in id order, flows in text order;
 * ids are `<article>-<nn>`. Pure and deterministic.
 */
export function extractedFlowsCsv(records: readonly ArticleRecord[]): string {
  const lines = [[...FLOW_COLUMNS, ...FLOW_OPTIONAL_COLUMNS].join(',')];
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of sorted) {
    const year = r.date ? Number(r.date.slice(0, 4)) : null;
    const flows = [...(r.flows ?? [])].sort((a, b) => a.offset - b.offset);
    flows.forEach((f, i) => {
      const period = periodText(f, year);
      const open = period.endsWith('–');
      const row: Record<(typeof FLOW_COLUMNS)[number] | (typeof FLOW_OPTIONAL_COLUMNS)[number], string> = {
        id: `${r.id}-${String(i + 1).padStart(2, '0')}`,
        origin: f.origin.join('+'),
        destination: f.destination.join('+'),
        kind: f.kind,
        measure: f.measure ?? '',
        value: f.value === null ? '' : numberText(f.value),
        approx: String(f.approx),
        period,
        period_start: f.period_start === null ? '' : String(f.period_start),
        period_end: f.period_end === null ? (open && year !== null ? String(year) : '') : String(f.period_end),
        status: f.status,
        article: r.id,
        note: note(f),
        source: 'extracted',
        offset: String(f.offset)
      };
      lines.push([...FLOW_COLUMNS, ...FLOW_OPTIONAL_COLUMNS].map((c) => quote(row[c])).join(','));
    });
  }
  return lines.join('\n') + '\n';
}

/** Plain digits, as the flows format wants them (no exponent, no separators). */
function numberText(v: number): string {
  if (Number.isInteger(v)) return BigInt(v).toString();
  return String(v);
}
