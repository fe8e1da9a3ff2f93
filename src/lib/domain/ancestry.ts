/**
 * Where a code's parent is found: a region index (anything with `.parent` by code) or a
 * code → parent map, the two shapes the ingest, the flows and the explorer hold.
 */
export type ParentLookup = ReadonlyMap<string, string | null> | Readonly<Record<string, { parent: string | null } | undefined>>;

/** Deeper than the data can be (province → district → county is 3), so a cycle in bad data ends. */
const MAX_DEPTH = 8;

const parentIn = (lookup: ParentLookup, code: string): string | null =>
  (lookup instanceof Map ? lookup.get(code) : (lookup as Record<string, { parent: string | null } | undefined>)[code]?.parent) ??
  null;

/**
 * `code`, its parent, its parent's parent… up to the province: the one walk up the hierarchy.
 * A code the lookup does not know ends the chain (it is still its first element).
 */
export function parentChain(code: string, lookup: ParentLookup): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c && out.length < MAX_DEPTH; c = parentIn(lookup, c)) out.push(c);
  return out;
}

/** True when `code` is `region` or lies inside it. */
export function isWithin(code: string, region: string, lookup: ParentLookup): boolean {
  return parentChain(code, lookup).includes(region);
}
