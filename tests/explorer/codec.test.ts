import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, DEFAULTS, type ViewState, type Vocabulary } from '../../src/lib/url/codec';

const vocab: Vocabulary = {
  regions: new Set(['120101', '130730', '110105', '133100']),
  metrics: new Set(['mentions', 'articles', 'inflow:projects', 'net:yuan']),
  flowKinds: new Set(['projects', 'investment', 'education', 'cooperation']),
  defaultMetric: 'mentions'
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
    expect(problems[0]).toMatch(/too long/);
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
      const state: ViewState = {
        level: pick(['province', 'district', 'county'] as const),
        metric: pick([...vocab.metrics]),
        class: pick(['ckmeans', 'quantile', 'equal'] as const),
        region: pick([null, ...vocab.regions]),
        lang: pick(['en', 'zh'] as const),
        flows: pick([null, [], ['projects'], ['cooperation', 'education']]),
        view: pick(['map', 'table'] as const),
        from,
        to: from === null ? pick([null, 2025]) : pick([null, from, 2025])
      };
      expect(decodeView(encodeView(state, 'mentions'), vocab)).toEqual({ state, problems: [] });
    }
  });
});

describe('hostile links', () => {
  const alphabet = ['<', '>', '"', "'", '&', '=', '?', '#', '%', '%00', '%E4%B8', 'script', 'level', 'region',
    'metric', 'flows', 'from', 'to', 'lang', 'class', '120101', '__proto__', 'constructor', ',', ';', ' ', '\u202e', '𝕏'];
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
