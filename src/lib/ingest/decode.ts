import { IngestError } from './errors';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

// Signatures of formats people drop into an articles folder by mistake; NUL bytes catch most others.
const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]]
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

// One fatal decoder per label, reused: decode() without { stream } starts afresh each call.
const DECODERS = new Map<string, TextDecoder>();
function tryDecode(label: string, bytes: Uint8Array): string | null {
  let d = DECODERS.get(label);
  if (!d) DECODERS.set(label, (d = new TextDecoder(label, { fatal: true })));
  try {
    return d.decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

// Control characters other than tab, newline, form feed and carriage return do not occur in articles.
export const TOO_MANY_CONTROLS = 0.01;
export const CONTROLS_MESSAGE = 'binary file (control characters), not a text article';
function controlShare(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f || c === 0xfffd) n++;
  }
  return text.length ? n / text.length : 0;
}

/**
 * Bytes → text. UTF-8 (BOM optional) and UTF-16 with a BOM are taken as they say; bytes that are not
 * UTF-8 are tried as GB18030 (a superset of GBK and GB2312), the encoding of older Chinese pages.
 * Anything else is refused with an IngestError naming the file and why.
 */
export function decodeArticle(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeBytes(bytes, file);
  if (controlShare(decoded.text) > TOO_MANY_CONTROLS) throw new IngestError(file, CONTROLS_MESSAGE);
  return decoded;
}

/**
 * decodeArticle without the control-character check, for callers that count control characters in
 * their own pass over the text (ingest.ts: the matching view counts them) and apply the same test.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new IngestError(file, 'empty file');
  for (const [name, sig] of MAGIC)
    if (startsWith(bytes, sig)) throw new IngestError(file, `binary file (looks like ${name}), not a text article`);

  let decoded: Decoded | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes);
    if (text === null)
      throw new IngestError(file, `undecodable bytes: UTF-8 BOM but invalid UTF-8 at byte ${firstBadUtf8(bytes)}`);
    decoded = { text, encoding: 'utf-8' };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0)
      throw new IngestError(file, `undecodable bytes: ${encoding.toUpperCase()} BOM but an odd number of bytes`);
    const text = tryDecode(encoding, bytes);
    if (text === null)
      throw new IngestError(file, `undecodable bytes: ${encoding.toUpperCase()} BOM but invalid ${encoding.toUpperCase()}`);
    decoded = { text, encoding };
  } else {
    if (bytes.includes(0)) throw new IngestError(file, 'binary file (contains NUL bytes), not a text article');
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
    else {
      const gb = tryDecode('gb18030', bytes);
      if (gb === null)
        throw new IngestError(file, `undecodable bytes: neither UTF-8 (bad byte at offset ${firstBadUtf8(bytes)}) nor GB18030`);
      decoded = { text: gb, encoding: 'gb18030' };
    }
  }
  if (decoded.text.startsWith('\ufeff')) decoded.text = decoded.text.slice(1);
  if (decoded.text.trim() === '') throw new IngestError(file, 'empty file (only whitespace)');
  return decoded;
}
