/**
 * A same-length "matching view" of a text: every UTF-16 code unit maps to exactly one code unit, so
 * offsets found in the view are offsets in the original text.
 *
 * `norm` folds what should not matter for matching: ASCII case, curly apostrophes, dashes, odd
 * spaces and full-width ASCII (％, １２). `ascii` further maps every non-ASCII unit to a printable
 * ASCII stand-in (as bytes). modern-ahocorasick matches pure-ASCII input on a fast path but runs
 * Intl.Segmenter over anything else, which is two orders of magnitude slower (see
 * bench/ingest.ts); matching the ASCII stand-ins and then checking each candidate against `norm`
 * keeps its automaton and gives exact results at ASCII speed.
 */
export interface MatchView {
  norm: string;
  /** One printable ASCII byte per code unit of the text (not decoded to a string: only the automaton reads it). */
  ascii: Uint8Array;
  /** Han characters (U+4E00–U+9FFF) and ASCII letters in the text, as detectLang counts them (lang.ts langOf). */
  han: number;
  latin: number;
  /** Control characters other than tab, LF, FF and CR, plus DEL and U+FFFD, as decode.ts counts them. */
  controls: number;
}

// Stand-ins for non-ASCII units: upper-case letters (the view folds real ones to lower case) and
// symbols rare in prose, so a Chinese pattern's stand-ins never match inside English words; the
// nationwide table adds hundreds of two-character names, which on the old printable-range mapping
// matched somewhere in almost every English sentence.
const STAND_INS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ#$*+<=>@[\\]^_`{|}~';

const NORM = new Uint16Array(0x10000);
const ASCII = new Uint8Array(0x10000);
const CONTROL = new Uint8Array(0x10000);
for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 12 && c !== 13) CONTROL[c] = 1;
CONTROL[0x7f] = 1;
CONTROL[0xfffd] = 1;

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
// A view with nothing above 0x7f (most English texts: curly quotes and dashes fold to ASCII) is
// built in bytes and decoded as 'latin1' (windows-1252, the identity below 0x80), several times
// faster than UTF-16 and than UTF-8, which must validate; the first wider unit switches to UTF-16.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const NARROW = new TextDecoder('latin1');
const asString = (units: Uint16Array) => UTF16.decode(units);

export function normalizeForMatch(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = NORM[text.charCodeAt(i)];
  return asString(out);
}

// The code units of `norm` only pass through a buffer on their way to the decoder (which copies
// them), so one buffer of each width serves every text up to SCRATCH units: a fresh zeroed array
// per text was an allocation of its length (twice that for Chinese) each time. Longer texts get
// their own, so a 30 MB file leaves nothing that large behind.
const SCRATCH = 1 << 18;
let narrowScratch = new Uint8Array(0);
let wideScratch = new Uint16Array(0);
function narrowBuffer(len: number): Uint8Array {
  if (len > SCRATCH) return new Uint8Array(len);
  if (narrowScratch.length < len) narrowScratch = new Uint8Array(Math.min(SCRATCH, Math.max(len, 2 * narrowScratch.length)));
  return narrowScratch.subarray(0, len);
}
function wideBuffer(len: number): Uint16Array {
  if (len > SCRATCH) return new Uint16Array(len);
  if (wideScratch.length < len) wideScratch = new Uint16Array(Math.min(SCRATCH, Math.max(len, 2 * wideScratch.length)));
  return wideScratch.subarray(0, len);
}

let asciiScratch = new Uint8Array(0);

/**
 * `transient`: the caller uses `ascii` only until its next call (ingest.ts scans it at once), so it
 * may come from a buffer reused by the next transient view; the matcher keeps its patterns' views.
 */
export function matchView(text: string, transient = false): MatchView {
  const len = text.length;
  let ascii: Uint8Array;
  if (transient && len <= SCRATCH) {
    if (asciiScratch.length < len) asciiScratch = new Uint8Array(Math.min(SCRATCH, Math.max(len, 2 * asciiScratch.length)));
    ascii = asciiScratch.subarray(0, len);
  } else ascii = new Uint8Array(len);
  const narrow = narrowBuffer(len);
  let latin = 0;
  let han = 0;
  let controls = 0;
  let i = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    const n = NORM[c];
    if (n >= 0x80) break;
    narrow[i] = n;
    ascii[i] = ASCII[n];
    controls += CONTROL[c];
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  if (i === len) return { norm: NARROW.decode(narrow), ascii, han, latin, controls };
  const wide = wideBuffer(len);
  wide.set(narrow.subarray(0, i));
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    const n = NORM[c];
    wide[i] = n;
    ascii[i] = ASCII[n];
    controls += CONTROL[c];
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return { norm: asString(wide), ascii, han, latin, controls };
}
