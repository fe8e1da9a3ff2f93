import { CONTROLS_MESSAGE, TOO_MANY_CONTROLS, decodeBytes, type Encoding } from './decode';
import { IngestError } from './errors';
import { extractDate } from './date';
import { extractFigures, type Figure, type FigureSpan } from './figures';
import { extractFlows, type ExtractedFlow } from './flows/index';
import { langOf, type Lang } from './lang';
import type { Matcher, Mention } from './matcher';
import { matchView } from './view';

/** One article as stored in data/articles.json: facts about the text, never the text. */
export interface ArticleRecord {
  id: string;
  lang: Lang;
  date: string | null;
  bytes: number;
  encoding: Encoding;
  /** Places named, at the most specific unit named; code → count. Keys sorted. */
  mentions: Record<string, number>;
  figures: Figure[];
  /** Flows between places of the region the text states, in text order (data/README.md § flows). */
  flows: ExtractedFlow[];
}

/** What the explorer needs at run time besides the record: the text and where things are in it. */
export interface IngestResult {
  record: ArticleRecord;
  text: string;
  mentions: Mention[];
  figures: FigureSpan[];
}

/** The stored fields in their documented order; `from` only when known. Built without object spread, which was slow per figure. */
function storedFigure(f: FigureSpan): Figure {
  const out: Figure = { value: f.value, unit: f.unit, code: f.code } as Figure;
  if (f.from) out.from = f.from;
  out.approx = f.approx;
  out.flags = f.flags;
  out.raw = f.raw;
  out.offset = f.offset;
  return out;
}

/**
 * Bytes of one article → its record plus the spans of every mention and figure. Throws IngestError
 * for input that is not a readable text. Pure: no I/O, so it runs in Node and in a Web Worker.
 */
export function ingestArticle(bytes: Uint8Array, id: string, matcher: Matcher, file = id): IngestResult {
  const { text, encoding } = decodeBytes(bytes, file);
  // One pass over the text gives the matching view, the counts detectLang decides by and the control
  // characters decodeArticle refuses (its own pass over the text is skipped).
  // Transient: the view's ASCII bytes are scanned once, by matcher.match below.
  const view = matchView(text, true);
  if (view.controls / text.length > TOO_MANY_CONTROLS) throw new IngestError(file, CONTROLS_MESSAGE);
  const lang = langOf(view.han, view.latin);
  const { mentions, hits } = matcher.match(text, view);
  const figures = extractFigures(text, view.norm, lang, mentions, hits);
  // Counted first, then keys inserted in sorted order: sorting every mention's code was a cost per mention.
  const tally = new Map<string, number>();
  for (const m of mentions) tally.set(m.code, (tally.get(m.code) ?? 0) + 1);
  const counts: Record<string, number> = {};
  for (const code of [...tally.keys()].sort()) counts[code] = tally.get(code)!;
  const date = extractDate(text);
  const record: ArticleRecord = {
    id,
    lang,
    date,
    bytes: bytes.length,
    encoding,
    mentions: counts,
    figures: figures.map(storedFigure),
    flows: extractFlows(text, view.norm, lang, mentions, figures, date)
  };
  return { record, text, mentions, figures };
}
