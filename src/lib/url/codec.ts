import { MAP_LEVELS, type MapLevel } from '../regions/types';

// Declared in the domain model (src/lib/domain/); re-exported so existing imports keep working.
import { CLASS_METHODS, type ClassMethod, type View } from '../domain/view';
import { LANGS, type Lang } from '../domain/language';
export { CLASS_METHODS, LANGS, type ClassMethod, type Lang, type View };

/** Everything a share link carries besides the camera (which MapLibre keeps in `#map=`). */
export interface ViewState {
  level: MapLevel;
  metric: string;
  class: ClassMethod;
  region: string | null;
  lang: Lang;
  /** Flow kinds drawn; null means every kind. */
  flows: string[] | null;
  view: View;
  /** Time window over article dates and flow periods, as years; null = open. */
  from: number | null;
  to: number | null;
}

export interface Vocabulary {
  regions: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  flowKinds: ReadonlySet<string>;
  defaultMetric: string;
}

export const DEFAULTS: Omit<ViewState, 'metric'> = {
  level: 'district',
  class: 'ckmeans',
  region: null,
  lang: 'en',
  flows: null,
  view: 'map',
  from: null,
  to: null
};

const MAX_PARAM = 200;
const YEAR = /^(19[5-9]\d|20\d\d)$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads a query string into a complete, valid ViewState. Anything unknown or malformed falls back
 * to its default and is reported in `problems` (plain text, for a notice the page escapes).
 */
export function decodeView(search: string, vocab: Vocabulary): { state: ViewState; problems: string[] } {
  const problems: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4096 ? '' : search);
    if (search.length > 4096) problems.push('the link is too long; showing the default view');
  } catch {
    params = new URLSearchParams();
    problems.push('the link could not be read; showing the default view');
  }
  const get = (k: string): string | null => {
    const v = params.get(k);
    return v === null ? null : v.slice(0, MAX_PARAM).trim();
  };
  const reject = (k: string, v: string) => problems.push(`unknown ${k} “${v.slice(0, 40)}”`);

  const state: ViewState = { ...DEFAULTS, metric: vocab.defaultMetric };
  const raw = {
    level: get('level'),
    metric: get('metric'),
    class: get('class'),
    region: get('region'),
    lang: get('lang'),
    flows: get('flows'),
    view: get('view'),
    from: get('from'),
    to: get('to')
  };

  if (raw.level !== null) state.level = oneOf(raw.level, MAP_LEVELS) ?? (reject('level', raw.level), state.level);
  if (raw.metric !== null)
    state.metric = vocab.metrics.has(raw.metric) ? raw.metric : (reject('metric', raw.metric), state.metric);
  if (raw.class !== null) state.class = oneOf(raw.class, CLASS_METHODS) ?? (reject('class', raw.class), state.class);
  if (raw.lang !== null) state.lang = oneOf(raw.lang, LANGS) ?? (reject('lang', raw.lang), state.lang);
  if (raw.view !== null) state.view = oneOf(raw.view, ['map', 'table'] as const) ?? (reject('view', raw.view), state.view);
  if (raw.region !== null && raw.region !== '')
    state.region = /^\d{6}$/.test(raw.region) && vocab.regions.has(raw.region) ? raw.region : (reject('region', raw.region), null);
  if (raw.flows !== null) {
    if (raw.flows === 'none' || raw.flows === '') state.flows = [];
    else if (raw.flows === 'all') state.flows = null;
    else {
      const kinds = [...new Set(raw.flows.split(',').map((s) => s.trim()))];
      const bad = kinds.filter((k) => !vocab.flowKinds.has(k));
      bad.forEach((k) => reject('flow kind', k));
      state.flows = kinds.filter((k) => vocab.flowKinds.has(k)).sort();
      if (bad.length && !state.flows.length) state.flows = null;
    }
  }
  for (const k of ['from', 'to'] as const) {
    const v = raw[k];
    if (v === null || v === '') continue;
    if (YEAR.test(v)) state[k] = Number(v);
    else reject(k, v);
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    problems.push('the time window ends before it starts; showing all years');
    state.from = state.to = null;
  }
  return { state, problems };
}

/** The query string of a view (with `?`, or '' for the default view), defaults omitted, stable order. */
export function encodeView(state: ViewState, defaultMetric: string): string {
  const p = new URLSearchParams();
  if (state.level !== DEFAULTS.level) p.set('level', state.level);
  if (state.metric !== defaultMetric) p.set('metric', state.metric);
  if (state.class !== DEFAULTS.class) p.set('class', state.class);
  if (state.region) p.set('region', state.region);
  if (state.lang !== DEFAULTS.lang) p.set('lang', state.lang);
  if (state.flows !== null) p.set('flows', state.flows.length ? [...state.flows].sort().join(',') : 'none');
  if (state.view !== DEFAULTS.view) p.set('view', state.view);
  if (state.from !== null) p.set('from', String(state.from));
  if (state.to !== null) p.set('to', String(state.to));
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
