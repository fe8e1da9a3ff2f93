/// <reference lib="webworker" />
import { buildGazetteer } from '../ingest/gazetteer';
import { createMatcher, type Matcher } from '../ingest/matcher';
import { ingestArticle, type IngestResult } from '../ingest/ingest';
import { IngestError } from '../ingest/errors';
import { kwic, sentenceAround } from '../evidence/kwic';
import { flowEvidence } from '../evidence/flowEvidence';
import { articleId } from './articleId';
import type { ArticleEvidence, FileError, FromWorker, ToWorker } from './protocol';

/**
 * Runs the ingest library off the main thread, so the page stays responsive while hundreds of
 * files are read. The texts stay here; the page receives records and, on demand, snippets.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let matcher: Matcher | null = null;
let results: IngestResult[] = [];

const post = (m: FromWorker) => scope.postMessage(m);

async function ingest(files: File[]): Promise<void> {
  if (!matcher) return post({ type: 'failed', reason: 'the worker was not initialised' });
  const started = performance.now();
  const taken = new Set<string>();
  const errors: FileError[] = [];
  const next: IngestResult[] = [];
  let bytes = 0;
  let lastPost = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    try {
      if (!/\.txt$/i.test(f.name)) throw new IngestError(f.name, 'not a .txt article');
      const buf = new Uint8Array(await f.arrayBuffer());
      bytes += buf.length;
      next.push(ingestArticle(buf, articleId(f.name, taken), matcher, f.name));
    } catch (e) {
      errors.push({ file: f.name, reason: e instanceof IngestError ? e.reason : 'could not be read' });
    }
    const now = performance.now();
    if (now - lastPost > 50 || i === files.length - 1) {
      lastPost = now;
      post({ type: 'progress', done: i + 1, total: files.length, bytes });
    }
  }
  results = next;
  post({ type: 'ingested', records: next.map((r) => r.record), errors, bytes, ms: performance.now() - started });
}

function evidence(codes: Set<string>, radius: number): ArticleEvidence[] {
  const out: ArticleEvidence[] = [];
  for (const r of results) {
    const snippets = r.mentions.filter((m) => codes.has(m.code)).map((m) => kwic(r.text, m, radius));
    const figures = r.figures
      .filter((f) => f.code && codes.has(f.code))
      .map(({ start, end, ...figure }) => ({ figure, sentence: sentenceAround(r.text, start, end) }));
    if (snippets.length || figures.length)
      out.push({ article: r.record.id, date: r.record.date, lang: r.record.lang, snippets, figures });
  }
  return out;
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  try {
    if (m.type === 'init') matcher = createMatcher(buildGazetteer(m.regions, m.aliasesCsv));
    else if (m.type === 'ingest') void ingest(m.files);
    else if (m.type === 'snippets') post({ type: 'snippets', request: m.request, evidence: evidence(new Set(m.codes), m.radius) });
    else if (m.type === 'flowEvidence') {
      const r = results.find((x) => x.record.id === m.article);
      post({ type: 'flowEvidence', request: m.request, segments: r ? flowEvidence(r.text, m.offset, r.figures, r.mentions, new Set(m.codes)) : null });
    }
  } catch (err) {
    post({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
  }
};
