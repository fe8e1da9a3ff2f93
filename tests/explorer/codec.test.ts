import { describe, expect, it } from 'vitest';
import {
  decodeView,
  encodeView,
  parseCameraHash,
  withoutCamera,
  DEFAULTS,
  type ViewState,
  type Vocabulary
} from '../../src/lib/url/codec';

const vocab: Vocabulary = {
  regions: new Set(['120101', '130730', '110105', '133100']),
  metrics: new Set(['mentions', 'articles', 'inflow:projects', 'net:yuan']),
  flowKinds: new Set(['projects', 'investment', 'education', 'cooperation']),
  defaultMetric: 'mentions',
  flowIds: new Set(['000-01', '003-07'])
};
const defaults: ViewState = { ...DEFAULTS, metric: 'mentions' };

/** mulberry32: a seeded generator, so the fuzz cases are the same every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('decodeView', () => {
  it.each([
    ['', {}, 0],
    ['?level=county&region=130730&lang=zh', { level: 'county', region: '130730', lang: 'zh' }, 0],
    ['?metric=inflow:projects&class=quantile', { metric: 'inflow:projects', class: 'quantile' }, 0],
    ['?metric=inflow%3Aprojects', { metric: 'inflow:projects' }, 0],
    ['?flows=projects,education', { flows: ['education', 'projects'] }, 0],
    ['?flows=none', { flows: [] }, 0],
    ['?flows=projects,bogus', { flows: ['projects'] }, 1],
    ['?flows=bogus', { flows: null }, 1],
    ['?from=2019&to=2023', { from: 2019, to: 2023 }, 0],
    ['?from=2023&to=2019', { from: null, to: null }, 1],
    ['?from=abc', { from: null }, 1],
    ['?view=table', { view: 'table' }, 0],
    ['?level=planet', { level: 'district' }, 1],
    ['?region=999999', { region: null }, 1],
    ['?region=12010', { region: null }, 1],
    ['?region=<script>alert(1)</script>', { region: null }, 1],
    ['?lang=fr&class=jenks', { lang: 'en', class: 'ckmeans' }, 2],
    ['?metric=constructor', { metric: 'mentions' }, 1],
    ['?region=', { region: null }, 0],
    ['?level=%E0%A4%A', { level: 'district' }, 1]
  ] as const)('%s', (search, expected, problemCount) => {
    const { state, problems } = decodeView(search, vocab);
    expect(state).toEqual({ ...defaults, ...expected });
    expect(problems).toHaveLength(problemCount);
  });

  it('rejects overlong links whole', () => {
    const { state, problems } = decodeView('?level=county&x=' + 'a'.repeat(5000), vocab);
    expect(state).toEqual(defaults);
    expect(problems[0].en).toMatch(/too long/);
    expect(problems[0].zh).toMatch(/链接过长/);
  });
});

describe('encodeView', () => {
  it('writes only what differs from the default, in a stable order', () => {
    expect(encodeView(defaults, 'mentions')).toBe('');
    expect(encodeView({ ...defaults, lang: 'zh', region: '120101', level: 'county' }, 'mentions')).toBe(
      '?level=county&region=120101&lang=zh'
    );
    expect(encodeView({ ...defaults, flows: [] }, 'mentions')).toBe('?flows=none');
    expect(encodeView({ ...defaults, flows: ['projects', 'education'] }, 'mentions')).toBe('?flows=education,projects');
  });

  it('round-trips every valid state', () => {
    const r = rng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    for (let i = 0; i < 2000; i++) {
      const from = pick([null, 2017, 2021]);
      const region = pick([null, ...vocab.regions]);
      const state: ViewState = {
        level: pick(['province', 'district', 'county'] as const),
        metric: pick([...vocab.metrics]),
        class: pick(['ckmeans', 'quantile', 'equal'] as const),
        region,
        lang: pick(['en', 'zh'] as const),
        flows: pick([null, [], ['projects'], ['cooperation', 'education']]),
        view: pick(['map', 'table'] as const),
        from,
        to: from === null ? pick([null, 2025]) : pick([null, from, 2025]),
        flow: pick([null, '000-01', '003-07']),
        page: region === null ? 0 : pick([0, 1, 41]),
        pair: pick([null, '120101>133100|projects', '110105~120101|'])
      };
      expect(decodeView(encodeView(state, 'mentions'), vocab)).toEqual({ state, problems: [] });
    }
  });

  it("carries the page of a region's details, 1-based, only with a region", () => {
    expect(encodeView({ ...defaults, region: '120101', page: 2 }, 'mentions')).toBe('?region=120101&page=3');
    expect(encodeView({ ...defaults, region: null, page: 2 }, 'mentions')).toBe('');
    expect(decodeView('?region=120101&page=3', vocab).state.page).toBe(2);
    expect(decodeView('?page=3', vocab)).toEqual({ state: defaults, problems: [] });
    for (const bad of ['0', '-1', '1.5', 'x', '99999999'])
      expect(decodeView(`?region=120101&page=${bad}`, vocab)).toEqual({
        state: { ...defaults, region: '120101' },
        problems: [{ en: `unknown page “${bad}”`, zh: `无法识别的页码“${bad}”` }]
      });
  });
});

describe('hostile links', () => {
  const alphabet = [
    '<',
    '>',
    '"',
    "'",
    '&',
    '=',
    '?',
    '#',
    '%',
    '%00',
    '%E4%B8',
    'script',
    'level',
    'region',
    'metric',
    'flows',
    'from',
    'to',
    'lang',
    'class',
    '120101',
    '__proto__',
    'constructor',
    ',',
    ';',
    ' ',
    '\u202e',
    '𝕏'
  ];
  it('never throws and always yields a valid state for 5,000 generated links', () => {
    const r = rng(2026);
    for (let i = 0; i < 5000; i++) {
      const len = Math.floor(r() * 30);
      let s = '?';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(r() * alphabet.length)];
      const { state } = decodeView(s, vocab);
      expect(['province', 'district', 'county']).toContain(state.level);
      expect(vocab.metrics.has(state.metric)).toBe(true);
      expect(state.region === null || vocab.regions.has(state.region)).toBe(true);
      expect(['en', 'zh']).toContain(state.lang);
      for (const k of state.flows ?? []) expect(vocab.flowKinds.has(k)).toBe(true);
      expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
    }
  });
});

describe('the opened flow and regions at other levels', () => {
  it('carries a known flow id and rejects an unknown one', () => {
    expect(decodeView('?flow=003-07', vocab)).toEqual({ state: { ...defaults, flow: '003-07' }, problems: [] });
    const bad = decodeView('?flow=nope', vocab);
    expect(bad.state.flow).toBeNull();
    expect(bad.problems.map((p) => p.en)).toEqual(['unknown flow “nope”']);
    expect(encodeView({ ...defaults, flow: '003-07' }, 'mentions')).toBe('?flow=003-07');
  });

  // Cangzhou (130900) is a district-level unit inside Hebei (130000); 110000 has no county.
  const parents: Record<string, string | null> = { '130900': '130000', '130000': null, '110000': null };
  const shownAt: Record<string, string[]> = { '130900': ['district', 'county'], '130000': ['province'], '110000': ['province'] };
  const unitAt = (code: string, level: string) => {
    for (let c: string | null = code; c; c = parents[c] ?? null) if (shownAt[c]?.includes(level)) return c;
    return null;
  };
  const v2: Vocabulary = {
    ...vocab,
    regions: new Set(Object.keys(parents)),
    unitAt,
    regionName: (c, lang) =>
      (lang === 'zh'
        ? { '130900': '沧州市', '130000': '河北省', '110000': '北京市' }
        : { '130900': 'Cangzhou', '130000': 'Hebei', '110000': 'Beijing' })[c] ?? c
  };
  it.each([
    [
      '?region=130900&level=province',
      '130000',
      {
        en: 'Cangzhou (130900) is not shown at province level; showing Hebei (130000), which contains it',
        zh: '沧州市（130900）不在省级地图上显示，改为显示包含它的河北省（130000）'
      }
    ],
    [
      '?region=110000&level=county',
      null,
      {
        en: 'Beijing (110000) has no unit at county level; no region selected',
        zh: '北京市（110000）在县级地图上没有对应单元，未选中地区'
      }
    ],
    ['?region=130900', '130900', null]
  ])('%s selects %s', (search, region, problem) => {
    const { state, problems } = decodeView(search, v2);
    expect(state.region).toBe(region);
    expect(problems).toEqual(problem ? [problem] : []);
  });
});

describe('parseCameraHash', () => {
  const limits = {
    minZoom: 5,
    maxZoom: 12,
    bounds: [
      [106, 32],
      [126, 46]
    ] as [[number, number], [number, number]]
  };
  it.each([
    ['', null, false],
    ['#map=8/40.4/115.5', { zoom: 8, lat: 40.4, lng: 115.5 }, false],
    ['#map=8.25/40.4/115.5/0/0', { zoom: 8.25, lat: 40.4, lng: 115.5 }, false],
    ['#other=1&map=9/39.1/117.2', { zoom: 9, lat: 39.1, lng: 117.2 }, false],
    ['#map=abc', null, true],
    ['#map=99/999/999', null, true],
    ['#map=8/40.4', null, true],
    ['#map=8/40/Infinity', null, true],
    ['#map=8/40/1e309', null, true],
    ['#map=8/40/NaN', null, true],
    ['#map=8/60/115', null, true],
    ['#map=8/40/115/45', null, true],
    ['#map=', null, true]
  ])('%s', (hash, camera, problem) => {
    const got = parseCameraHash(hash, limits);
    expect(got.camera).toEqual(camera);
    expect(got.problem !== null).toBe(problem);
    // A notice in either language names the camera as written.
    if (got.problem)
      for (const text of [got.problem.en, got.problem.zh]) expect(text).toContain(`#map=${hash.split('map=')[1].slice(0, 40)}`);
    if (got.problem) expect(got.problem.zh.replace(/“[^”]*”/g, '')).not.toMatch(/[a-z]{3}/i);
    if (got.camera) for (const n of Object.values(got.camera)) expect(Number.isFinite(n)).toBe(true);
  });
  it('drops only the camera from a hash', () => {
    expect(withoutCamera('#map=abc')).toBe('');
    expect(withoutCamera('#x=1&map=abc')).toBe('#x=1');
  });
});
