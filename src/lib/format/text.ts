/**
 * A name shortened to `max` characters (code points, so no surrogate pair is cut) with an ellipsis
 * in the middle, keeping the end that tells files apart (".txt", a number). Bidirectional controls
 * are dropped: a name holding U+202E must not reverse the text after it. Render it in a <bdi>.
 */
export function shortName(name: string | null | undefined, max = 48): string {
  if (!name) return '';
  const clean = [...name.replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')];
  if (clean.length <= max) return clean.join('');
  const tail = Math.floor((max - 1) / 3);
  return `${clean.slice(0, max - 1 - tail).join('')}…${clean.slice(clean.length - tail).join('')}`;
}
