/**
 * A same-length "matching view" of a text: every UTF-16 code unit maps to exactly one code unit, so
 * offsets found in the view are offsets in the original text.
 *
 * `norm` folds what should not matter for matching: ASCII case, curly apostrophes, dashes, odd
 * spaces and full-width ASCII (％, １２). `ascii` further maps every non-ASCII unit to a printable
 * ASCII stand-in. modern-ahocorasick matches pure-ASCII input on a fast path but runs
 * Intl.Segmenter over anything else, which is two orders of magnitude slower (see
 * bench/ingest.ts); matching the ASCII stand-ins and then checking each candidate against `norm`
 * keeps its automaton and gives exact results at ASCII speed.
 */
export interface MatchView {
  norm: string;
  ascii: string;
}

// Stand-ins for non-ASCII units: upper-case letters (the view folds real ones to lower case) and
// symbols rare in prose, so a Chinese pattern's stand-ins never match inside English words; the
// nationwide table adds hundreds of two-character names, which on the old printable-range mapping
// matched somewhere in almost every English sentence.
const STAND_INS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#$*+<=>@[\\]^_`{|}~';

const NORM = new Uint16Array(0x10000);
const ASCII = new Uint8Array(0x10000);

for (let c = 0; c < 0x10000; c++) {
  let n = c;
  if (c >= 0x41 && c <= 0x5a) n = c + 32;
  else if (c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))
    n = 0x20;
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032 || c === 0xff07) n = 0x27;
  else if (c >= 0x2010 && c <= 0x2015) n = 0x2d;
  else if (c >= 0xff01 && c <= 0xff5e) {
    n = c - 0xff01 + 0x21;
    if (n >= 0x41 && n <= 0x5a) n += 32;
  }
  NORM[c] = n;
  // Printable range only: CR/LF pairs would otherwise form one grapheme and shift offsets.
  ASCII[c] = n < 0x80 ? (n < 0x20 || n === 0x7f ? 0x20 : n) : STAND_INS.charCodeAt(n % STAND_INS.length);
}

// Decoding a buffer is the fastest way to turn code units back into a string.
// ignoreBOM keeps a leading U+FEFF so lengths match; lone surrogates become U+FFFD, still one unit.
// Units below 0x80 go through UTF-8, several times faster than UTF-16 (a one-byte string); the
// ASCII view always does, the normalised view when the text has nothing wider.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const asString = (units: Uint16Array) => UTF16.decode(units);

export function normalizeForMatch(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = NORM[text.charCodeAt(i)];
  return asString(out);
}

export function matchView(text: string): MatchView {
  const norm = new Uint16Array(text.length);
  const ascii = new Uint8Array(text.length);
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const n = NORM[text.charCodeAt(i)];
    norm[i] = n;
    wide |= n;
    ascii[i] = ASCII[n];
  }
  return { norm: wide < 0x80 ? UTF8.decode(new Uint8Array(norm)) : asString(norm), ascii: UTF8.decode(ascii) };
}
