import type { StyleSpecification } from 'maplibre-gl';

export const LABEL_FONT = 'Noto Sans Regular';

/** The camera never leaves this box; the drawn water (geo/steps/sea.ts) covers it, so no view runs off the map. */
/** Zoom range of the map, shared with the link's camera check. */
export const ZOOM = { min: 5, max: 12 } as const;

export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [106, 32],
  [126, 46]
];

/**
 * The base style, built in code so the app needs no tile or style server. `glyphsUrl` is the app's
 * own folder of pre-drawn label glyphs (npm run glyphs, scripts/glyphs.ts), with `{fontstack}` and
 * `{range}` left for MapLibre: drawing them with TinySDF on the main thread was about a quarter of
 * the time to ready. The map is made with `localIdeographFontFamily: false`, so Chinese comes from
 * there too.
 */
export function baseStyle(glyphsUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'JJJ Atlas',
    glyphs: glyphsUrl,
    sources: {},
    // No background layer: land is the map container's CSS background (--land) showing through
    // the transparent canvas, and only water is drawn (geo/steps/sea.ts). In software WebGL every
    // pixel filled costs in every frame; without a background layer the map was ready 60–170 ms
    // sooner (15 paired runs, twice).
    layers: []
  } as StyleSpecification;
}

/** What a `#map=` camera in a link must stay within. */
export const CAMERA_LIMITS = { minZoom: ZOOM.min, maxZoom: ZOOM.max, bounds: MAX_BOUNDS };
