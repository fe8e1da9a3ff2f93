/** Matching of extracted flows against gold flows, as /work DEVGOLD and data/README.md define it. */
export interface FlowLike {
  origin: readonly string[];
  destination: readonly string[];
  kind: string;
  measure: string | null;
  value: number | null;
}

// Cooperation is two-way (data/README.md § flows.csv): its partners are keyed in a fixed order, so
// either may be written as the origin.
const key = (f: FlowLike) => {
  const a = [...f.origin].sort().join('+');
  const b = [...f.destination].sort().join('+');
  const sides = f.kind === 'cooperation' && b < a ? `${b}>${a}` : `${a}>${b}`;
  return `${sides}|${f.measure ?? 'kind:' + f.kind}`;
};

export interface FlowScore {
  tp: number;
  fp: number;
  fn: number;
  valueRight: number;
  extra: FlowLike[];
  missed: FlowLike[];
}

/** Same origin set, destination set and measure (kind when there is no measure); each gold flow at most once. */
export function scoreFlows(got: readonly FlowLike[], want: readonly FlowLike[]): FlowScore {
  const open = want.map((w) => ({ w, k: key(w), used: false }));
  const s: FlowScore = { tp: 0, fp: 0, fn: 0, valueRight: 0, extra: [], missed: [] };
  // Exact values first, so a right value is not consumed by a wrong one.
  const pending: FlowLike[] = [];
  for (const g of got) {
    const o = open.find((x) => !x.used && x.k === key(g) && sameValue(x.w.value, g.value));
    if (o) {
      o.used = true;
      s.tp++;
      s.valueRight++;
    } else pending.push(g);
  }
  for (const g of pending) {
    const o = open.find((x) => !x.used && x.k === key(g));
    if (o) {
      o.used = true;
      s.tp++;
    } else {
      s.fp++;
      s.extra.push(g);
    }
  }
  for (const o of open) if (!o.used) (s.fn++, s.missed.push(o.w));
  return s;
}

export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

export const show = (f: FlowLike) =>
  `${f.origin.join('+')}→${f.destination.join('+')} ${f.kind}/${f.measure ?? '-'}=${f.value ?? '-'}`;
