import { MAP_LEVELS, type MapLevel } from '../regions/types';
import { CLASS_METHODS, type ClassMethod, type View } from '../domain/view';
import { LANGS, type Lang } from '../domain/language';
import { linkProblem, type CameraFault, type LinkParam, type LinkProblem, type NameOf } from './linkProblems';

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
  /** The flow whose details are open (an id of data/flows.csv). */
  flow: string | null;
  /** The page (0-based) of the selected region's figures and mentions in context; `page=N` (1-based) in the link. */
  page: number;
  /**
   * The flow line whose pair summary is open, as the flow map keys it: `origin>destination|measure`
   * (directed) or `a~b|measure` (two-way, codes in ascending order); in the link `pair=` (pairParam).
   */
  pair: string | null;
}

export interface Vocabulary {
  regions: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  flowKinds: ReadonlySet<string>;
  defaultMetric: string;
  /** Flow ids a link may open; without it `flow=` is dropped. */
  flowIds?: ReadonlySet<string>;
  /** The unit shown at `level` that contains `code` (itself when shown there), or null. */
  unitAt?: (code: string, level: MapLevel) => string | null;
  /** A region's name for notices, in either language. */
  regionName?: NameOf;
}

export const DEFAULTS: Omit<ViewState, 'metric'> = {
  level: 'district',
  class: 'ckmeans',
  region: null,
  lang: 'en',
  flows: null,
  view: 'map',
  from: null,
  to: null,
  flow: null,
  page: 0,
  pair: null
};

const MAX_PARAM = 200;
const YEAR = /^(19[5-9]\d|20\d\d)$/;
const PAGE = /^[1-9]\d{0,6}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads a query string into a complete, valid ViewState. Anything unknown or malformed falls back
 * to its default and is reported in `problems` (plain text, for a notice the page escapes).
 */
export function decodeView(search: string, vocab: Vocabulary): { state: ViewState; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4096 ? '' : search);
    if (search.length > 4096) problems.push(linkProblem.tooLong());
  } catch {
    params = new URLSearchParams();
    problems.push(linkProblem.unreadable());
  }
  const get = (k: string): string | null => {
    const v = params.get(k);
    return v === null ? null : v.slice(0, MAX_PARAM).trim();
  };
  const reject = (k: LinkParam, v: string) => problems.push(linkProblem.unknown(k, v));

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
    to: get('to'),
    flow: get('flow'),
    page: get('page'),
    pair: get('pair')
  };

  if (raw.level !== null) state.level = oneOf(raw.level, MAP_LEVELS) ?? (reject('level', raw.level), state.level);
  if (raw.metric !== null)
    state.metric = vocab.metrics.has(raw.metric) ? raw.metric : (reject('metric', raw.metric), state.metric);
  if (raw.class !== null) state.class = oneOf(raw.class, CLASS_METHODS) ?? (reject('class', raw.class), state.class);
  if (raw.lang !== null) state.lang = oneOf(raw.lang, LANGS) ?? (reject('lang', raw.lang), state.lang);
  if (raw.view !== null) state.view = oneOf(raw.view, ['map', 'table'] as const) ?? (reject('view', raw.view), state.view);
  if (raw.region !== null && raw.region !== '')
    state.region =
      /^\d{6}$/.test(raw.region) && vocab.regions.has(raw.region) ? raw.region : (reject('region', raw.region), null);
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
  if (state.region && vocab.unitAt) {
    const unit = vocab.unitAt(state.region, state.level);
    const name: NameOf = vocab.regionName ?? ((c) => c);
    if (unit === null) {
      problems.push(linkProblem.noUnit(state.region, state.level, name));
      state.region = null;
    } else if (unit !== state.region) {
      problems.push(linkProblem.contained(state.region, state.level, unit, name));
      state.region = unit;
    }
  }
  if (raw.flow !== null && raw.flow !== '') {
    if (vocab.flowIds?.has(raw.flow)) state.flow = raw.flow;
    else reject('flow', raw.flow);
  }
  if (raw.pair !== null && raw.pair !== '') {
    // The form and the places only: whether the view draws that line is known once its flows are
    // (ViewStore.rejectPair drops it then, with a notice).
    const key = pairKey(raw.pair);
    const [a, b] = key ? key.split('|')[0].split(/[>~]/) : [];
    if (key && vocab.regions.has(a) && vocab.regions.has(b)) state.pair = key;
    else reject('flow line', raw.pair);
  }
  for (const k of ['from', 'to'] as const) {
    const v = raw[k];
    if (v === null || v === '') continue;
    if (YEAR.test(v)) state[k] = Number(v);
    else reject(k, v);
  }
  // A page belongs to a region's details: without a selected region there is nothing to page.
  if (raw.page !== null && raw.page !== '' && state.region) {
    if (PAGE.test(raw.page)) state.page = Number(raw.page) - 1;
    else reject('page', raw.page);
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    problems.push(linkProblem.window());
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
  if (state.flow) p.set('flow', state.flow);
  if (state.region && state.page > 0) p.set('page', String(state.page + 1));
  if (state.pair) p.set('pair', pairParam(state.pair));
  // ',' and '~' (unreserved) read better as themselves.
  const s = p.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return s ? `?${s}` : '';
}

const PAIR_PARAM = /^(\d{6})([-_])(\d{6})(?:~([a-z_]{1,40}))?$/;

/**
 * A flow line's key as the link writes it, readable and free of characters a URL escapes:
 * `120000-130800~schools` (Tianjin → Chengde, in schools), `110000_130000` (two-way, no measure).
 */
export function pairParam(key: string): string {
  const [ends, measure = ''] = key.split('|');
  const param = ends.replace('>', '-').replace('~', '_');
  return measure ? `${param}~${measure}` : param;
}

/** The key of a `pair=` value, or null when it is not one (two-way lines name their lower code first). */
export function pairKey(param: string): string | null {
  const m = PAIR_PARAM.exec(param);
  if (!m) return null;
  const [, a, sep, b, measure = ''] = m;
  if (a === b || (sep === '_' && a > b)) return null;
  return `${a}${sep === '-' ? '>' : '~'}${b}|${measure}`;
}

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export interface CameraLimits {
  minZoom: number;
  maxZoom: number;
  /** [[west, south], [east, north]] */
  bounds: [[number, number], [number, number]];
}

const PLAIN_NUMBER = /^-?\d{1,4}(\.\d{1,12})?$/;

/**
 * The `map=` part of a location hash as MapLibre writes it (zoom/lat/lng[/bearing[/pitch]]), or why
 * it cannot be used. Only plain decimals in range pass: `1e309`, `Infinity` or a missing part would
 * reach MapLibre's matrices as non-finite numbers and leave a blank map.
 */
export function parseCameraHash(hash: string, limits: CameraLimits): { camera: Camera | null; problem: LinkProblem | null } {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((p) => p.startsWith('map='));
  if (part === undefined) return { camera: null, problem: null };
  const raw = part.slice(4);
  const bad = (fault: CameraFault) => ({ camera: null, problem: linkProblem.camera(raw, fault, limits) });
  const parts = raw.split('/');
  if (parts.length < 3 || parts.length > 5) return bad('shape');
  if (!parts.every((p) => PLAIN_NUMBER.test(p))) return bad('numbers');
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
  const [[w, s], [e, n]] = limits.bounds;
  if (zoom < limits.minZoom || zoom > limits.maxZoom) return bad('zoom');
  if (lat < s || lat > n || lng < w || lng > e) return bad('outside');
  if (bearing !== 0 || pitch !== 0) return bad('rotated');
  return { camera: { zoom, lat, lng }, problem: null };
}

/** The hash without its `map=` part (other parts kept). */
export function withoutCamera(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p && !p.startsWith('map='));
  return rest.length ? `#${rest.join('&')}` : '';
}
