// npm run glyphs — the map labels' glyphs, pre-drawn: public/glyphs/<fontstack>/<range>.pbf for
// exactly the characters the labels can show (scripts/lib/glyphPbf.ts's labelCharacters). Without
// them MapLibre draws every label glyph with TinySDF on the main thread while the map loads, about a
// quarter of the time to ready (DEVELOPERS.md, "The first load"). They are drawn here the way
// MapLibre would draw them (the same TinySDF, in Chromium), from the same fonts: the bundled Noto
// Sans (Latin) and Noto Sans CJK SC (Debian's fonts-noto-cjk, which .ci/run installs) for the rest.
// Rerun after the region names change; tests/explorer/glyphs.test.ts fails until then.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/browser/chromium';
import { LABEL_FONT } from '../src/lib/map/style';
import { encodeGlyphRange, labelCharacters, rangeFile, type SdfGlyph } from './lib/glyphPbf';

const LATIN = 'src/assets/fonts/noto-sans-latin-400-normal.woff2';
const CJK = 'Noto Sans CJK SC';
const OUT = `public/glyphs/${LABEL_FONT}`;
// MapLibre's own constants for drawn glyphs, at the format's 1× em of 24 px (glyph_manager.ts).
const FONT_SIZE = 24;
const TOP_ADJUSTMENT = 27.5;

interface Drawn {
  id: number;
  data: number[];
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
}

async function main() {
  const regions = JSON.parse(readFileSync('geo/out/regions.json', 'utf8')) as Record<
    string,
    { name_en: string; name_zh: string }
  >;
  const chars = labelCharacters(regions);
  // TinySDF as MapLibre bundles it, made a page global (it is an ES module with one default export).
  const tinySdf = readFileSync('node_modules/@mapbox/tiny-sdf/index.js', 'utf8').replace(
    'export default class TinySDF',
    'window.TinySDF = class TinySDF'
  );
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  let drawn: Drawn[];
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8">');
    await page.addScriptTag({ content: tinySdf });
    drawn = await page.evaluate(
      async ({ latin, cjk, chars, fontSize }) => {
        const bytes = Uint8Array.from(atob(latin), (c) => c.charCodeAt(0));
        const faces = [new FontFace('LabelLatin', bytes), new FontFace('LabelCJK', `local('${cjk}')`)];
        for (const f of faces) {
          try {
            (document.fonts as unknown as { add(face: FontFace): void }).add(await f.load());
          } catch {
            throw new Error(
              `font ${f.family === 'LabelCJK' ? `"${cjk}" is not installed (apt-get install fonts-noto-cjk)` : 'file unreadable'}`
            );
          }
        }
        type Sdf = { draw(c: string): Omit<Drawn, 'id' | 'data'> & { data: Uint8ClampedArray } };
        const Ctor = (window as unknown as { TinySDF: new (o: object) => Sdf }).TinySDF;
        const sdf = new Ctor({ fontSize, buffer: 3, radius: 8, cutoff: 0.25, fontFamily: 'LabelLatin, LabelCJK' });
        return chars.map((id) => {
          const g = sdf.draw(String.fromCodePoint(id));
          return { ...g, id, data: [...g.data] };
        });
      },
      { latin: readFileSync(LATIN).toString('base64'), cjk: CJK, chars, fontSize: FONT_SIZE }
    );
  } finally {
    await browser.close();
  }
  const byFile = new Map<string, SdfGlyph[]>();
  for (const d of drawn) {
    const ink = d.glyphWidth > 0 && d.glyphHeight > 0;
    const glyph: SdfGlyph = {
      id: d.id,
      bitmap: ink ? Uint8Array.from(d.data) : new Uint8Array(),
      width: ink ? d.glyphWidth : 0,
      height: ink ? d.glyphHeight : 0,
      left: d.glyphLeft,
      top: Math.round(d.glyphTop - TOP_ADJUSTMENT),
      advance: Math.round(d.glyphAdvance)
    };
    const file = rangeFile(d.id);
    byFile.set(file, [...(byFile.get(file) ?? []), glyph]);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let total = 0;
  for (const [file, glyphs] of byFile) {
    const pbf = encodeGlyphRange(LABEL_FONT, Number(file.split('-')[0]), glyphs);
    total += pbf.length;
    writeFileSync(`${OUT}/${file}`, pbf);
  }
  console.log(`${chars.length} glyphs in ${byFile.size} files under ${OUT} (${(total / 1024).toFixed(1)} KB)`);
}

main().catch((e) => {
  console.error(`glyphs: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
