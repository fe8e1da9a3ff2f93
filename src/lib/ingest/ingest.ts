import { decodeArticle, type Encoding } from './decode';
import { extractDate } from './date';
import { extractFigures, type Figure, type FigureSpan } from './figures';
import { extractFlows, type ExtractedFlow } from './flows/index';
import { detectLang, type Lang } from './lang';
import type { Matcher, Mention } from './matcher';

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

/**
 * Bytes of one article → its record plus the spans of every mention and figure. Throws IngestError
 * for input that is not a readable text. Pure: no I/O, so it runs in Node and in a Web Worker.
 */
export function ingestArticle(bytes: Uint8Array, id: string, matcher: Matcher, file = id): IngestResult {
  const { text, encoding } = decodeArticle(bytes, file);
  const lang = detectLang(text);
  const { mentions, view, hits } = matcher.match(text);
  const figures = extractFigures(text, view.norm, lang, mentions, hits);
  const counts: Record<string, number> = {};
  for (const code of mentions.map((m) => m.code).sort()) counts[code] = (counts[code] ?? 0) + 1;
  const date = extractDate(text);
  const record: ArticleRecord = {
    id,
    lang,
    date,
    bytes: bytes.length,
    encoding,
    mentions: counts,
    figures: figures.map((f) => ({ value: f.value, unit: f.unit, code: f.code, ...(f.from ? { from: f.from } : {}), approx: f.approx, flags: f.flags, raw: f.raw, offset: f.offset })),
    flows: extractFlows(text, view.norm, lang, mentions, figures, date)
  };
  return { record, text, mentions, figures };
}
