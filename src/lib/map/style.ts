import type { StyleSpecification } from 'maplibre-gl';

export const LABEL_FONT = 'Noto Sans Regular';

/**
 * The base style, built in code so the app needs no tile, style or glyph server. No `glyphs`:
 * MapLibre draws text locally, Latin from the bundled font in `font-faces`, Chinese through
 * `localIdeographFontFamily`.
 */
export function baseStyle(fontUrl: string, seaColor = '#d7e6ef'): StyleSpecification {
  return {
    version: 8,
    name: 'JJJ Atlas',
    'font-faces': { [LABEL_FONT]: fontUrl },
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': seaColor } }]
  } as StyleSpecification;
}
