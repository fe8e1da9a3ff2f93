/** One place a region is named in an article, as the ingest matcher reports it. */
export interface MatchSpan {
  start: number;
  end: number;
  code: string;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
  start: number;
  code: string;
}

function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  return '。！？!?；;\n'.includes(ch) || (ch === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

const fold = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Keyword-in-context: up to `radius` characters either side of a match, cut at a sentence end when
 * one is nearer, whitespace folded, an ellipsis where the cut is mid-sentence. The text stays in
 * the page; nothing here is stored.
 */
export function kwic(text: string, match: MatchSpan, radius = 60): Snippet {
  let from = Math.max(0, match.start - radius);
  let leftCut = from > 0;
  for (let i = match.start - 1; i >= from; i--)
    if (endsSentence(text, i)) {
      from = i + 1;
      leftCut = false;
      break;
    }
  let to = Math.min(text.length, match.end + radius);
  let rightCut = to < text.length;
  for (let i = match.end; i < to; i++)
    if (endsSentence(text, i)) {
      to = i + 1;
      rightCut = false;
      break;
    }
  return {
    before: (leftCut ? '…' : '') + fold(text.slice(from, match.start)).trimStart(),
    match: text.slice(match.start, match.end),
    after: fold(text.slice(match.end, to)).trimEnd() + (rightCut ? '…' : ''),
    start: match.start,
    code: match.code
  };
}

/** The sentence around a character range (a figure's evidence), at most `max` characters each side. */
export function sentenceAround(text: string, start: number, end: number, max = 200): string {
  const s = kwic(text, { start, end, code: '' }, max);
  return `${s.before}${s.match}${s.after}`;
}
