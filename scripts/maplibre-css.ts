import type { Plugin } from 'vite';

/**
 * MapLibre's stylesheet carries every control's icons as inline SVG: 60 of its 72 KB (its logo alone
 * is 39 KB in three variants, 5 KB gzipped). The explorer creates only the zoom buttons, the scale
 * and the attribution (src/lib/map/MapRoot.svelte), so the rules that style nothing but the
 * controls and markers it never creates are dropped from the build. A control added later needs
 * its classes taken off this list, or it renders without its icon.
 */
export const UNUSED_MAPLIBRE_CLASSES = [
  'maplibregl-ctrl-logo',
  'maplibregl-ctrl-compass',
  'maplibregl-ctrl-geolocate',
  'maplibregl-ctrl-fullscreen',
  'maplibregl-ctrl-shrink',
  'maplibregl-ctrl-terrain',
  'maplibregl-ctrl-globe',
  'maplibregl-user-location-dot',
  'maplibregl-user-location-accuracy-circle',
  'maplibregl-popup',
  'maplibregl-marker'
];

/** Splits at the commas outside parentheses: `a, b:not(.c, .d)` → `a`, `b:not(.c, .d)`. */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/** A class named in a selector as itself, not as the start of a longer name. */
function namesAny(selector: string, classes: readonly string[]): boolean {
  return classes.some((c) => new RegExp(`\\.${c}(?![\\w-])|\\.${c}-`).test(selector));
}

/**
 * The stylesheet without the selectors that name any of `classes` (or a class starting with one of
 * them and a hyphen: `maplibregl-popup` takes `maplibregl-popup-tip`); a rule left with no selector,
 * and an at-rule block left empty, go too. Comments are dropped; everything else is kept as written.
 */
export function dropRulesNaming(css: string, classes: readonly string[]): string {
  const src = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{', i);
    if (open < 0) {
      out += src.slice(i);
      break;
    }
    const head = src.slice(i, open);
    // The block's end: the brace that closes this one (an at-rule's block holds rules).
    let depth = 1,
      j = open + 1;
    for (; j < src.length && depth; j++) {
      if (src[j] === '{') depth++;
      else if (src[j] === '}') depth--;
    }
    const body = src.slice(open + 1, j - 1);
    const at = head.trim().startsWith('@');
    if (at && /^@(media|supports|layer|container)\b/.test(head.trim())) {
      const inner = dropRulesNaming(body, classes);
      if (inner.trim()) out += `${head}{${inner}}`;
    } else if (at) {
      out += `${head}{${body}}`;
    } else {
      const kept = splitSelectors(head).filter((s) => !namesAny(s, classes));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = j;
  }
  return out;
}

/** The build's copy of maplibre-gl.css without the rules of the controls the explorer never adds. */
export function trimMaplibreCss(): Plugin {
  return {
    name: 'jjj-trim-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/maplibre-gl[\\/]dist[\\/]maplibre-gl\.css(\?|$)/.test(id)) return null;
      return { code: dropRulesNaming(code, UNUSED_MAPLIBRE_CLASSES), map: null };
    }
  };
}
