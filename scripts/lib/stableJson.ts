/**
 * `JSON.stringify(sortKeys(v), null, 2)` as the ingest library prints articles.json, written in one
 * pass without building the sorted copy. Sorting goes through an object literal there, so an
 * object's integer-like keys (region codes in `mentions`) come first in numeric order, then the
 * others in code-unit order — reproduced here. `indent` is the indentation of the value's own line.
 */
const INDEX_KEY = /^(?:0|[1-9]\d{0,9})$/;
const isIndex = (k: string) => INDEX_KEY.test(k) && Number(k) < 4294967295;

function orderedKeys(o: object): string[] {
  const keys = Object.keys(o).sort();
  let ints: string[] | null = null;
  for (const k of keys) if (isIndex(k)) (ints ??= []).push(k);
  if (!ints) return keys;
  ints.sort((a, b) => Number(a) - Number(b));
  return ints.concat(keys.filter((k) => !isIndex(k)));
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function stableJson(v: unknown, indent = ''): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (v === null) return 'null';
  const inner = indent + '  ';
  let out = '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    for (let i = 0; i < v.length; i++) out += (i ? ',\n' : '[\n') + inner + (skipped(v[i]) ? 'null' : stableJson(v[i], inner));
    return out + '\n' + indent + ']';
  }
  const o = v as Record<string, unknown>;
  for (const k of orderedKeys(o)) {
    const x = o[k];
    if (skipped(x)) continue;
    out += (out ? ',\n' : '{\n') + inner + JSON.stringify(k) + ': ' + stableJson(x, inner);
  }
  return out ? out + '\n' + indent + '}' : '{}';
}
