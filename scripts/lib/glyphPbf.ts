// The glyph PBF format MapLibre reads from a style's `glyphs` URL (one file per fontstack and range
// of 256 code points): glyphs { fontstack stacks = 1 } fontstack { name = 1; range = 2; glyph
// glyphs = 3 } glyph { id = 1; bitmap = 2; width = 3; height = 4; sint32 left = 5; sint32 top = 6;
// advance = 7 }. The bitmap is a signed distance field of (width + 6) × (height + 6) bytes.
import { wholeNames } from '../../src/lib/map/flowPairs';

/** What one rasterised glyph gives, in the 24 px em the format is defined at. */
export interface SdfGlyph {
  id: number;
  /** (width + 2 × 3) × (height + 2 × 3) bytes; empty for a glyph with no ink (a space). */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export const GLYPH_BORDER = 3;

function varint(out: number[], n: number): void {
  let v = n >>> 0;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
}
const zigzag = (n: number) => ((n << 1) ^ (n >> 31)) >>> 0;
function key(out: number[], field: number, wire: 0 | 2): void {
  varint(out, (field << 3) | wire);
}
function bytes(out: number[], field: number, b: ArrayLike<number>): void {
  key(out, field, 2);
  varint(out, b.length);
  for (let i = 0; i < b.length; i++) out.push(b[i]);
}
function uint(out: number[], field: number, n: number): void {
  key(out, field, 0);
  varint(out, n);
}

function encodeGlyph(g: SdfGlyph): number[] {
  const expected = g.width && g.height ? (g.width + 2 * GLYPH_BORDER) * (g.height + 2 * GLYPH_BORDER) : 0;
  if (g.bitmap.length !== expected)
    throw new Error(`glyph U+${g.id.toString(16)}: bitmap of ${g.bitmap.length} bytes, expected ${expected}`);
  const out: number[] = [];
  uint(out, 1, g.id);
  if (g.bitmap.length) bytes(out, 2, g.bitmap);
  uint(out, 3, g.width);
  uint(out, 4, g.height);
  uint(out, 5, zigzag(g.left));
  uint(out, 6, zigzag(g.top));
  uint(out, 7, g.advance);
  return out;
}

/** The file of one range (`start` a multiple of 256) of one fontstack: its glyphs, by code point. */
export function encodeGlyphRange(fontstack: string, start: number, glyphs: SdfGlyph[]): Uint8Array {
  const stack: number[] = [];
  bytes(stack, 1, new TextEncoder().encode(fontstack));
  bytes(stack, 2, new TextEncoder().encode(`${start}-${start + 255}`));
  for (const g of [...glyphs].sort((a, b) => a.id - b.id)) {
    if (g.id < start || g.id > start + 255)
      throw new Error(`glyph U+${g.id.toString(16)} is not in range ${start}-${start + 255}`);
    bytes(stack, 3, encodeGlyph(g));
  }
  const out: number[] = [];
  bytes(out, 1, stack);
  return Uint8Array.from(out);
}

/** `name.pbf` of the range a code point falls in, as MapLibre asks for it. */
export const rangeFile = (codePoint: number) => {
  const start = Math.floor(codePoint / 256) * 256;
  return `${start}-${start + 255}.pbf`;
};

/**
 * Every character the map's text can draw: the region labels in both languages, the flow places'
 * names of whole units (wholeNames, e.g. 河北省（全省）), and printable ASCII so a digit or a sign
 * never goes missing.
 */
export function labelCharacters(regions: Record<string, { name_en: string; name_zh: string }>): number[] {
  const set = new Set<number>();
  for (let c = 0x20; c < 0x7f; c++) set.add(c);
  for (const r of Object.values(regions)) {
    const { whole_en, whole_zh } = wholeNames(r);
    for (const ch of r.name_en + r.name_zh + whole_en + whole_zh) set.add(ch.codePointAt(0)!);
  }
  return [...set].sort((a, b) => a - b);
}
