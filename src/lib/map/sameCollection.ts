/** Above this many features a collection is taken as new without a look: comparing would cost more than it saves. */
const MOST = 5000;

/**
 * Whether two GeoJSON values are the same small feature collection, feature for feature. A
 * derived collection is rebuilt whenever anything it reads changes identity (a click re-derives
 * the metric's values with the same numbers): the same content sent again costs a structured
 * clone, a re-tile in the worker and a new symbol placement, and the stringify that tells is of
 * the order of that clone alone.
 */
export function sameCollection(a: unknown, b: unknown): boolean {
  const fa = features(a),
    fb = features(b);
  if (!fa || !fb || fa.length !== fb.length || fa.length > MOST) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function features(v: unknown): unknown[] | null {
  if (typeof v !== 'object' || v === null) return null;
  const c = v as { type?: unknown; features?: unknown };
  return c.type === 'FeatureCollection' && Array.isArray(c.features) ? c.features : null;
}
