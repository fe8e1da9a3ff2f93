import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropRulesNaming, UNUSED_MAPLIBRE_CLASSES } from '../../scripts/maplibre-css';

describe('dropRulesNaming', () => {
  const drop = ['x-logo', 'x-popup'];
  it.each([
    ['a rule naming only a dropped class', '.x-logo{a:1}.x-ctrl{b:2}', '.x-ctrl{b:2}'],
    ['a longer name with a hyphen goes with its stem', '.x-popup-tip{a:1}', ''],
    ['a longer name without a hyphen stays', '.x-logotype{a:1}', '.x-logotype{a:1}'],
    ['one selector of a list goes, the others stay', '.x-ctrl,.x-logo,.x-zoom{a:1}', '.x-ctrl,.x-zoom{a:1}'],
    ['commas inside :not() are not selector lists', '.x-ctrl:not(.a,.b){a:1}', '.x-ctrl:not(.a,.b){a:1}'],
    [
      'an at-rule block keeps its kept rules',
      '@media (forced-colors:active){.x-logo{a:1}.x-ctrl{b:2}}',
      '@media (forced-colors:active){.x-ctrl{b:2}}'
    ],
    ['an at-rule block left empty goes', '@media print{.x-logo{a:1}}', ''],
    ['other at-rules stay as written', '@keyframes spin{0%{a:1}to{a:2}}', '@keyframes spin{0%{a:1}to{a:2}}'],
    ['comments go', '/* c */.x-ctrl{a:1}', '.x-ctrl{a:1}']
  ])('%s', (_, css, want) => expect(dropRulesNaming(css, drop)).toBe(want));
});

describe("the build's MapLibre stylesheet", () => {
  const css = readFileSync(new URL('../../node_modules/maplibre-gl/dist/maplibre-gl.css', import.meta.url), 'utf8');
  const trimmed = dropRulesNaming(css, UNUSED_MAPLIBRE_CLASSES);
  it('keeps the rules of the controls the explorer adds: zoom, scale, attribution (compact too)', () => {
    for (const c of ['ctrl-zoom-in', 'ctrl-zoom-out', 'ctrl-scale', 'ctrl-attrib', 'compact-show', 'ctrl-top-right', 'canvas'])
      expect(trimmed, c).toContain(`.maplibregl-${c}`);
  });
  it('drops the logo and the icons of controls it never adds, at least 40 KB of inline SVG', () => {
    for (const c of UNUSED_MAPLIBRE_CLASSES) expect(trimmed, c).not.toContain(`.${c}`);
    expect(css.length - trimmed.length).toBeGreaterThan(40_000);
  });
});
