import { buildGazetteer } from '../ingest/gazetteer';
import { createMatcher, type Matcher } from '../ingest/matcher';
import { ingestArticle, type IngestResult } from '../ingest/ingest';
import { IngestError } from '../ingest/errors';
import { kwic, sentenceAround } from '../evidence/kwic';
import { flowEvidence } from '../evidence/flowEvidence';
import { articleId } from './articleId';
import type { ArticleEvidence, FileError, FromWorker, ToWorker } from './protocol';
import type { RegionPageItem } from '../data/chunked';

/**
 * Where each mention and figure of a set of codes is, as (article, kind, index) triples in article
 * then text order: built once per region and batch, so any page of it is cut without making
 * snippets for the rest (70,000 mentions of one large file cost a scan, not 70,000 snippets).
 */
function locate(results: readonly IngestResult[], codes: ReadonlySet<string>): Int32Array {
  const out: number[] = [];
  for (let r = 0; r < results.length; r++) {
    const { mentions, figures } = results[r];
    let i = 0;
    let j = 0;
    const nextMention = () => {
      while (i < mentions.length && !codes.has(mentions[i].code)) i++;
    };
    const nextFigure = () => {
      while (j < figures.length && !(figures[j].code && codes.has(figures[j].code!))) j++;
    };
    nextMention();
    nextFigure();
    while (i < mentions.length || j < figures.length) {
      if (j >= figures.length || (i < mentions.length && mentions[i].start <= figures[j].start)) {
        out.push(r, 0, i++);
        nextMention();
      } else {
        out.push(r, 1, j++);
        nextFigure();
      }
    }
  }
  return Int32Array.from(out);
}

/**
 * The worker's side of the protocol (protocol.ts), apart from the worker global so it can be run
 * in-process by tests: returns the message handler; `post` sends to the page.
 */
export function createIngestService(post: (m: FromWorker) => void): (m: ToWorker) => void {
  let matcher: Matcher | null = null;
  let running: number | null = null;
  /** Finished batches whose texts are kept for snippets: the one the page shows and the newest. */
  const finished = new Map<number, IngestResult[]>();
  /** The last region located, so paging through it does not scan again. */
  let located: { batch: number; key: string; refs: Int32Array } | null = null;

  function snippetPage(batch: number, results: IngestResult[], codes: string[], radius: number, offset: number, limit: number) {
    const key = [...codes].sort().join(',');
    if (located?.batch !== batch || located.key !== key) located = { batch, key, refs: locate(results, new Set(codes)) };
    const { refs } = located;
    const total = refs.length / 3;
    const items: RegionPageItem[] = [];
    for (let k = Math.max(0, offset); k < Math.min(total, offset + limit); k++) {
      const r = results[refs[3 * k]];
      const base = { article: r.record.id, date: r.record.date, lang: r.record.lang };
      if (refs[3 * k + 1] === 0) {
        const s = kwic(r.text, r.mentions[refs[3 * k + 2]], radius);
        items.push({ ...base, code: s.code, snippet: { before: s.before, match: s.match, after: s.after } });
      } else {
        const { start, end, code, value, unit, approx, flags, raw } = r.figures[refs[3 * k + 2]];
        items.push({
          ...base,
          code: code!,
          figure: { value, unit, approx, flags, raw },
          sentence: sentenceAround(r.text, start, end)
        });
      }
    }
    return { items, total };
  }

  async function ingest(batch: number, files: File[], keep: number | null): Promise<void> {
    if (!matcher) return post({ type: 'failed', batch, reason: 'the worker was not initialised' });
    running = batch;
    for (const b of [...finished.keys()]) if (b !== keep) finished.delete(b);
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
        // Reading yields to the message loop: a newer batch or a cancel may have arrived meanwhile.
        if (running !== batch) return post({ type: 'cancelled', batch });
        bytes += buf.length;
        next.push(ingestArticle(buf, articleId(f.name, taken), matcher, f.name));
      } catch (e) {
        errors.push({ file: f.name, reason: e instanceof IngestError ? e.reason : 'could not be read' });
      }
      const now = performance.now();
      if (now - lastPost > 50 || i === files.length - 1) {
        lastPost = now;
        post({ type: 'progress', batch, done: i + 1, total: files.length, bytes });
      }
    }
    if (running !== batch) return post({ type: 'cancelled', batch });
    running = null;
    finished.set(batch, next);
    post({ type: 'ingested', batch, records: next.map((r) => r.record), errors, bytes, ms: performance.now() - started });
  }

  function evidence(results: IngestResult[], codes: Set<string>, radius: number): ArticleEvidence[] {
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

  return (m: ToWorker) => {
    if (m.type === 'init') {
      try {
        matcher = createMatcher(buildGazetteer(m.regions, m.aliasesCsv));
      } catch (err) {
        post({ type: 'failed', reason: `the gazetteer could not be built: ${err instanceof Error ? err.message : String(err)}` });
      }
    } else if (m.type === 'ingest') {
      ingest(m.batch, m.files, m.keep).catch((err) =>
        post({ type: 'failed', batch: m.batch, reason: err instanceof Error ? err.message : String(err) })
      );
    } else if (m.type === 'cancel') {
      if (running === m.batch) running = null;
      finished.delete(m.batch);
      if (located?.batch === m.batch) located = null;
    } else if (m.type === 'snippets') {
      const results = finished.get(m.batch);
      if (!results) return post({ type: 'failed', request: m.request, reason: 'those articles are no longer loaded' });
      try {
        post({ type: 'snippets', request: m.request, evidence: evidence(results, new Set(m.codes), m.radius) });
      } catch (err) {
        post({ type: 'failed', request: m.request, reason: err instanceof Error ? err.message : String(err) });
      }
    } else if (m.type === 'snippetPage') {
      const results = finished.get(m.batch);
      if (!results) return post({ type: 'failed', request: m.request, reason: 'those articles are no longer loaded' });
      try {
        post({ type: 'snippetPage', request: m.request, ...snippetPage(m.batch, results, m.codes, m.radius, m.offset, m.limit) });
      } catch (err) {
        post({ type: 'failed', request: m.request, reason: err instanceof Error ? err.message : String(err) });
      }
    } else if (m.type === 'flowEvidence') {
      const results = finished.get(m.batch);
      if (!results) return post({ type: 'failed', request: m.request, reason: 'those articles are no longer loaded' });
      try {
        const r = results.find((x) => x.record.id === m.article);
        const segments = r ? flowEvidence(r.text, m.offset, r.figures, r.mentions, new Set(m.codes)) : null;
        post({ type: 'flowEvidence', request: m.request, segments });
      } catch (err) {
        post({ type: 'failed', request: m.request, reason: err instanceof Error ? err.message : String(err) });
      }
    }
  };
}
