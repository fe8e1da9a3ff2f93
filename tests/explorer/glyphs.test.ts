import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { GLYPH_BORDER, encodeGlyphRange, labelCharacters, rangeFile, type SdfGlyph } from '../../scripts/lib/glyphPbf';
import { LABEL_FONT } from '../../src/lib/map/style';

// Read back the way MapLibre reads a glyphs URL (src/style/parse_glyph_pbf.ts, same Pbf library).
interface Read {
  stack: string;
  range: string;
  glyphs: { id: number; bitmap?: Uint8Array; width: number; height: number; left: number; top: number; advance: number }[];
}
function decode(data: Uint8Array): Read[] {
  return new PbfReader(data).readFields((tag, out: Read[], pbf) => {
    if (tag !== 1) return;
    out.push(
      pbf.readMessage(
        (t, s: Read, p) => {
          if (t === 1) s.stack = p.readString();
          else if (t === 2) s.range = p.readString();
          else if (t === 3)
            s.glyphs.push(
              p.readMessage(
                (k, g: Read['glyphs'][number], q) => {
                  if (k === 1) g.id = q.readVarint();
                  else if (k === 2) g.bitmap = q.readBytes();
                  else if (k === 3) g.width = q.readVarint();
                  else if (k === 4) g.height = q.readVarint();
                  else if (k === 5) g.left = q.readSVarint();
                  else if (k === 6) g.top = q.readSVarint();
                  else if (k === 7) g.advance = q.readVarint();
                },
                { id: -1, width: 0, height: 0, left: 0, top: 0, advance: 0 }
              )
            );
        },
        { stack: '', range: '', glyphs: [] }
      )
    );
  }, [] as Read[]);
}

const ink = (id: number, w: number, h: number, left: number, top: number, advance: number): SdfGlyph => ({
  id,
  bitmap: new Uint8Array((w + 2 * GLYPH_BORDER) * (h + 2 * GLYPH_BORDER)).map((_, i) => i % 251),
  width: w,
  height: h,
  left,
  top,
  advance
});

describe('glyph PBF encoding', () => {
  it.each([
    ['a letter', ink(0x61, 11, 13, 1, -15, 13)],
    ['a space (no ink)', { id: 0x20, bitmap: new Uint8Array(), width: 0, height: 0, left: 0, top: -26, advance: 6 }],
    ['a negative left and a wide advance', ink(0x6d, 19, 13, -2, -14, 300)],
    ['an ideograph (two-byte varint id)', ink(0x4eac, 22, 23, 0, -6, 24)]
  ])('%s reads back as MapLibre reads it', (_, glyph) => {
    const start = Math.floor(glyph.id / 256) * 256;
    const [stack] = decode(encodeGlyphRange('Noto Sans Regular', start, [glyph]));
    expect(stack.stack).toBe('Noto Sans Regular');
    expect(stack.range).toBe(`${start}-${start + 255}`);
    const { bitmap, ...rest } = stack.glyphs[0];
    expect(rest).toEqual({
      id: glyph.id,
      width: glyph.width,
      height: glyph.height,
      left: glyph.left,
      top: glyph.top,
      advance: glyph.advance
    });
    expect([...(bitmap ?? [])]).toEqual([...glyph.bitmap]);
  });

  it.each([
    ['a bitmap of the wrong size', [{ ...ink(0x61, 11, 13, 1, -15, 13), width: 12 }], 0],
    ['a glyph outside its range', [ink(0x100, 5, 5, 0, 0, 5)], 0]
  ])('refuses %s', (_, glyphs, start) => {
    expect(() => encodeGlyphRange('x', start, glyphs)).toThrow(/U\+/);
  });

  it.each([
    [0x20, '0-255.pbf'],
    [0xff, '0-255.pbf'],
    [0x4eac, '19968-20223.pbf'],
    [0xff08, '65280-65535.pbf']
  ])('code point %i is in %s', (cp, file) => expect(rangeFile(cp)).toBe(file));
});

describe('the committed label glyphs (public/glyphs, npm run glyphs)', () => {
  const dir = `public/glyphs/${LABEL_FONT}`;
  const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8'));
  it('have every character of every label and flow place name, in the file MapLibre asks for', () => {
    const missing: string[] = [];
    const cache = new Map<string, Set<number>>();
    for (const cp of labelCharacters(regions)) {
      const file = rangeFile(cp);
      if (!cache.has(file)) {
        const path = `${dir}/${file}`;
        cache.set(file, new Set(existsSync(path) ? decode(readFileSync(path)).flatMap((s) => s.glyphs.map((g) => g.id)) : []));
      }
      if (!cache.get(file)!.has(cp)) missing.push(String.fromCodePoint(cp));
    }
    expect(missing, 'characters without a pre-drawn glyph: run `npm run glyphs`').toEqual([]);
    expect(labelCharacters(regions)).toContain('京'.codePointAt(0));
  });

  it('hold nothing the labels cannot draw (rerun `npm run glyphs` after a rename)', () => {
    const wanted = new Set(labelCharacters(regions));
    const extra = readdirSync(dir).flatMap((f) =>
      decode(readFileSync(`${dir}/${f}`))
        .flatMap((s) => s.glyphs.map((g) => g.id))
        .filter((id) => !wanted.has(id))
    );
    expect(extra.map((id) => String.fromCodePoint(id))).toEqual([]);
  });
});
