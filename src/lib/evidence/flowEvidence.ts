/** A piece of an evidence sentence: plain text, the flow's number, or one of its places. */
export interface EvidenceSegment {
  text: string;
  mark: 'number' | 'place' | null;
}

interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n]/;
const endsAt = (text: string, i: number) =>
  SENTENCE_END.test(text[i]) || (text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])));

/**
 * The sentence holding a flow's evidence offset, cut into segments with the number at the offset
 * and the mentions of the flow's places marked. At most `max` characters either side of the
 * offset (an ellipsis where cut). Whitespace folded. Runs where the text is (the worker); only the
 * sentence leaves it.
 */
export function flowEvidence(
  text: string,
  offset: number,
  numbers: readonly Span[],
  places: readonly (Span & { code: string })[],
  codes: ReadonlySet<string>,
  max = 240
): EvidenceSegment[] | null {
  if (!Number.isInteger(offset) || offset < 0 || offset >= text.length) return null;
  let from = Math.max(0, offset - max),
    to = Math.min(text.length, offset + max);
  const cutLeft = from > 0,
    cutRight = to < text.length;
  let left = cutLeft,
    right = cutRight;
  for (let i = offset - 1; i >= from; i--)
    if (endsAt(text, i)) {
      from = i + 1;
      left = false;
      break;
    }
  for (let i = offset; i < to; i++)
    if (endsAt(text, i)) {
      to = i + 1;
      right = false;
      break;
    }
  const marks: (Span & { mark: 'number' | 'place' })[] = [];
  const number = numbers.find((n) => n.start <= offset && offset < Math.max(n.end, n.start + 1));
  if (number) marks.push({ start: Math.max(from, number.start), end: Math.min(to, number.end), mark: 'number' });
  for (const p of places)
    if (codes.has(p.code) && p.start >= from && p.end <= to && !marks.some((m) => m.start < p.end && p.start < m.end))
      marks.push({ start: p.start, end: p.end, mark: 'place' });
  marks.sort((a, b) => a.start - b.start);
  const out: EvidenceSegment[] = [];
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  let at = from;
  for (const m of marks) {
    if (m.start > at) out.push({ text: fold(text.slice(at, m.start)), mark: null });
    out.push({ text: fold(text.slice(m.start, m.end)), mark: m.mark });
    at = m.end;
  }
  if (at < to) out.push({ text: fold(text.slice(at, to)), mark: null });
  if (out.length) {
    if (out[0].mark === null) out[0].text = out[0].text.trimStart();
    const last = out[out.length - 1];
    if (last.mark === null) last.text = last.text.trimEnd();
  }
  if (left) out.unshift({ text: '…', mark: null });
  if (right) out.push({ text: '…', mark: null });
  return out;
}
