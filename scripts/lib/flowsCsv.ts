/**
 * --flows-csv: the flows the ingest extracted (record.flows), as a CSV in data/flows.csv's columns,
 * by the ingest team's pure `extractedFlowsCsv`. Each record's flows are kept (nothing else of it);
 * a flow CSV of a whole corpus is written once, at the end, atomically.
 */
import { IngestError } from '../../src/lib/ingest/index';
import type { RecordConsumer } from './engine';
import { writeFileAtomic } from './tempfiles';

type ExtractedFlowsCsv = (records: unknown[]) => string;

async function loadExtractor(): Promise<ExtractedFlowsCsv> {
  // Resolved at run time: the extractor lives with the ingest library and may be absent on a branch.
  const path = '../../src/lib/flows/extractedCsv';
  try {
    const mod = (await import(path)) as { extractedFlowsCsv?: ExtractedFlowsCsv };
    if (typeof mod.extractedFlowsCsv === 'function') return mod.extractedFlowsCsv;
  } catch {
    /* reported below */
  }
  throw new IngestError('--flows-csv', 'this build has no flow extractor (src/lib/flows/extractedCsv.ts)');
}

export class FlowsCsvCollector implements RecordConsumer {
  private readonly records: Record<string, unknown>[] = [];
  private readonly file: string | null;
  private readonly onCsv: ((csv: string) => void) | null;
  csv: string | null = null;

  constructor(file: string | null, onCsv: ((csv: string) => void) | null = null) {
    this.file = file;
    this.onCsv = onCsv;
  }

  add(record: Record<string, unknown>): void {
    // Only what a CSV row reads (id, date, flows), only for records with flows: a 100,000-article
    // atlas kept every record here (1.2 GB peak RSS); now memory follows the number of flows.
    const flows = record.flows;
    if (Array.isArray(flows) && flows.length > 0) this.records.push({ id: record.id, date: record.date, flows });
  }

  async end(): Promise<void> {
    const extract = await loadExtractor();
    this.csv = extract(this.records);
    if (this.file) writeFileAtomic(this.file, this.csv);
    this.onCsv?.(this.csv);
  }
}

/** Fails early, before a long run, when the extractor is missing. */
export async function checkFlowExtractor(): Promise<void> {
  await loadExtractor();
}
