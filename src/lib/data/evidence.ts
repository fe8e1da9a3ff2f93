import { kwic, sentenceAround } from '../evidence/kwic';

/** Characters either side of a mention or figure: with the match itself, a snippet stays ≤ ~200. */
export const EVIDENCE_RADIUS = 90;

export interface MentionEvidence {
  code: string;
  before: string;
  match: string;
  after: string;
}

/** Short snippets kept with a record under --evidence, so an atlas shows sentences without texts. */
export interface ArticleEvidence {
  /** One per distinct snippet of a mention, in text order (repeats of the same context dropped). */
  mentions: MentionEvidence[];
  /** Parallel to record.figures. */
  figures: string[];
  /** Parallel to record.flows, when the ingest extracts flows. */
  flows?: string[];
}

interface Span {
  start: number;
  end: number;
}

interface IngestResultLike {
  text: string;
  mentions: readonly (Span & { code: string })[];
  figures: readonly Span[];
  record: object & { flows?: readonly unknown[] };
  flows?: readonly unknown[];
}

/** Where a flow's evidence sits: the ingest's flow spans carry start/end or an offset. */
function flowSpan(f: unknown): Span | null {
  const o = f as { start?: unknown; end?: unknown; offset?: unknown };
  if (typeof o?.start === 'number' && typeof o.end === 'number') return { start: o.start, end: o.end };
  if (typeof o?.offset === 'number') return { start: o.offset, end: o.offset };
  return null;
}

const cap = (s: string, max = 2 * EVIDENCE_RADIUS + 20) => (s.length > max ? s.slice(0, max - 1) + '…' : s);

export function evidenceFor(result: IngestResultLike, radius = EVIDENCE_RADIUS): ArticleEvidence {
  const { text } = result;
  const seen = new Set<string>();
  const mentions: MentionEvidence[] = [];
  for (const m of result.mentions) {
    const s = kwic(text, m, radius);
    const sentence = `${s.code}\u0000${s.before}${s.match}${s.after}`;
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    mentions.push({ code: s.code, before: s.before, match: s.match, after: s.after });
  }
  const figures = result.figures.map((f) => cap(sentenceAround(text, f.start, f.end, radius)));
  const out: ArticleEvidence = { mentions, figures };
  const flows = result.flows ?? result.record.flows;
  if (flows?.length)
    out.flows = flows.map((f) => {
      const span = flowSpan(f);
      return span ? cap(sentenceAround(text, span.start, span.end, radius)) : '';
    });
  return out;
}
