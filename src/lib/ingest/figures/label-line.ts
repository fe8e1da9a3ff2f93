import { readEnglishUnit, type UnitRead } from '../units';

/**
 * The counted noun of a bulleted "Label: N" line ("- Projects signed: 31", "Expected new jobs: 2,600",
 * "Number of enterprises: 12"): press releases put the noun in the label and the bare number last on
 * its line, so nothing after the number says what it counts. Null unless the line is exactly a short
 * label, a colon and the number (a sentence with a colon, "The results: 31 signed", is prose).
 *
 * `text` is the decoded text (its line breaks), `norm` its lowercased view with the same offsets;
 * `start`/`end` the number's extent. Looks at most LABEL_MAX characters either side, so a text
 * without line breaks costs no more per number.
 */
export function labelLineUnit(text: string, norm: string, start: number, end: number): UnitRead | null {
  const colon = prevNonSpace(text, start);
  if (colon < 0 || (text[colon] !== ':' && text[colon] !== '：')) return null;
  if (!restOfLineEmpty(text, end)) return null;
  let ls = colon;
  while (ls > 0 && text[ls - 1] !== '\n') if (colon - --ls > LABEL_MAX) return null;
  const m = LABEL.exec(text.slice(ls, colon));
  if (!m) return null;
  const labelStart = ls + m.index + m[0].length - m[1].length;
  // "Number of enterprises": the noun after "number of"; else the label's first plural noun, read
  // as after a number (so "Projects from Beijing" counts projects, "Expected new jobs" jobs).
  let from = labelStart;
  const num = NUMBER_OF.exec(norm.slice(labelStart, colon));
  if (num) from += num[0].length;
  const label = ` ${norm.slice(from, colon).replace(/^(?:the|total|all) /, '')}`;
  const u = readEnglishUnit(label, 0, false);
  return u ? { unit: u.unit, end, phraseStart: labelStart } : null;
}

const LABEL_MAX = 80;
// An optional bullet or list number, then 1–8 words starting with a capital letter.
const LABEL = /^\s*(?:[-•·*▶►■●▪–—]\s*|\(?\d{1,2}[.)]\s+|[a-z]\)\s+)?([A-Z][A-Za-z'’-]*(?:[ -][A-Za-z'’-]+){0,7})\s*$/;
const NUMBER_OF = /^(?:the |total )?(?:number|count) of /;

function prevNonSpace(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= 4 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return at - i > 4 ? -1 : i;
}

/** Only spaces and a closing full stop or semicolon between `at` and the end of its line. */
function restOfLineEmpty(text: string, at: number): boolean {
  let i = at;
  for (; i < text.length && i < at + 8; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '.' && c !== ';') return false;
  }
  return i === text.length;
}
