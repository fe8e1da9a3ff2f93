import { describe, expect, it } from 'vitest';
import { flowLayers } from '../../src/lib/map/flowLayers';
import { focusStates } from '../../src/lib/map/flowFocus';
import { flowMapData, flowPairs, widthScale } from '../../src/lib/map/flowPairs';
import { LAYER_ORDER } from '../../src/lib/map/ids';
import { fixtureRegions, flow } from '../flows/helpers';

const TZ = '110112',
  CZ = '130900',
  HB = '130000';

/** Every feature property a layer's expressions read with ['get', …]. */
function reads(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) out.add(value[1]);
    else value.forEach((v) => reads(v, out));
  } else if (value && typeof value === 'object') Object.values(value).forEach((v) => reads(v, out));
  return out;
}
// perFeature() reads a property no feature has, on purpose (perFeature.ts).
const readsData = (spec: object) => [...reads(spec)].filter((k) => k !== '__constant').sort();

describe('flowLayers', () => {
  // A district map with a flow from Tongzhou to Cangzhou and one from all of Hebei (coarser than
  // the level: its ring is named) to Tongzhou.
  const pairs = flowPairs(
    [
      flow({ id: 'a', origin: [TZ], destination: [CZ], measure: 'projects', value: 3 }),
      flow({ id: 'b', origin: [HB], destination: [TZ], measure: 'projects', value: 2, status: 'planned' })
    ],
    'district',
    fixtureRegions
  );
  const labels = Object.fromEntries(Object.values(fixtureRegions).map((r) => [r.code, r.label]));
  const data = flowMapData(pairs, labels, widthScale(new Map(), pairs), {
    coarse: (c) => (c === HB ? fixtureRegions[c] : null)
  });
  const props = (fc: { features: { properties: object }[] }) => new Set(fc.features.flatMap((f) => Object.keys(f.properties)));

  it.each(['en', 'zh'] as const)('in %s, reads only properties the flow map data has', (lang) => {
    const l = flowLayers(lang);
    const has = { arcs: props(data.arcs), arrows: props(data.arrows), places: props(data.places) };
    for (const [spec, source] of [
      [l.casing, has.arcs],
      [l.line, has.arcs],
      [l.arrow, has.arrows],
      [l.place, has.places],
      [l.placeName, has.places]
    ] as const)
      for (const key of readsData(spec)) expect(source, `${spec.id} reads ${key}`).toContain(key);
  });

  it.each([
    ['en', ['anchor_en', 'offset_en', 'whole_en']],
    ['zh', ['anchor_zh', 'offset_zh', 'whole_en', 'whole_zh']]
  ] as const)('names coarse places in %s', (lang, fields) => {
    expect(readsData(flowLayers(lang).placeName)).toEqual(fields);
  });

  it('declares every layer in the map’s order, once', () => {
    const ids = Object.values(flowLayers('en')).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(LAYER_ORDER).toContain(id);
  });

  // MapLibre compiles a program per set of per-feature paint properties: the casing shares the
  // line's only while the same properties vary by feature in both (perFeature.ts).
  it('gives the casing the line’s per-feature paint properties', () => {
    const varying = (paint: object | undefined) =>
      Object.entries(paint ?? {})
        .filter(([, v]) => Array.isArray(v))
        .map(([k]) => k)
        .sort();
    const { casing, line } = flowLayers('en');
    expect(varying(casing.paint)).toEqual(varying(line.paint));
  });
});

describe('focusStates', () => {
  const arcs = [
    { properties: { i: 0, origin: 'A', destination: 'B' } },
    { properties: { i: 1, origin: 'C', destination: 'A' } },
    { properties: { i: 2, origin: 'C', destination: 'D' } }
  ];
  const lit = { dim: false, lit: true },
    dim = { dim: true, lit: false },
    off = { dim: false, lit: false };
  it.each([
    [
      'lights the place’s lines in and out, dims the rest',
      'A',
      [],
      [
        [0, lit],
        [1, lit],
        [2, dim]
      ],
      [0, 1, 2]
    ],
    [
      'a place with no line dims them all',
      'E',
      [],
      [
        [0, dim],
        [1, dim],
        [2, dim]
      ],
      [0, 1, 2]
    ],
    [
      'leaving resets what was focused',
      null,
      [0, 1, 2],
      [
        [0, off],
        [1, off],
        [2, off]
      ],
      []
    ],
    // A line lit before that the data no longer has is reset too.
    [
      'moving to another place resets lines gone since',
      'D',
      [0, 7],
      [
        [0, dim],
        [7, off],
        [1, dim],
        [2, lit]
      ],
      [0, 1, 2]
    ],
    ['nothing focused, nothing hovered: no change', null, [], [], []]
  ] as const)('%s', (_, code, previous, states, focused) => {
    const got = focusStates(arcs, code, previous);
    expect([...got.states].sort(([a], [b]) => a - b)).toEqual([...states].sort(([a], [b]) => a - b));
    expect(got.focused).toEqual(focused);
  });
});
