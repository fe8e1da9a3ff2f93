import { mayOverlap } from '../metrics/flowTotals';
import type { Flow } from '../flows/types';
import type { RegionIndex } from '../regions/types';

interface Bucket {
  /** Any one member: every member has the same measure, places and period. */
  rep: Flow;
  members: number;
  /** Members of every bucket (this one included) that may overlap this one's, once asked. */
  meeting: number | null;
}

interface Places {
  rep: Flow;
  buckets: Bucket[];
  /** Groups of places of the same measure that share ground with these, once asked. */
  meets: Places[] | null;
}

/**
 * Whether a flow of `flows` may overlap (mayOverlap) another of them, for the thousands of flows
 * of one region of a large atlas. mayOverlap depends only on the measure, the places and the
 * period, so flows alike in all three overlap each other or none: the places of each measure are
 * compared group with group, and periods bucket with bucket, each pair once — never flow with flow.
 */
export function overlapIndex(flows: readonly Flow[], regions: RegionIndex): { hasOther(f: Flow): boolean } {
  const places = new Map<string, Places>();
  const buckets = new Map<string, Bucket>();
  const byMeasure = new Map<string | null, Places[]>();
  const members = new Set(flows);
  const placeKey = (f: Flow) => `${f.measure}\u0000${f.origin.join('+')}\u0000${f.destination.join('+')}`;
  const bucketKey = (f: Flow) => `${placeKey(f)}\u0000${f.periodStart}\u0000${f.periodEnd}`;
  for (const f of flows) {
    const bk = bucketKey(f);
    const b = buckets.get(bk);
    if (b) {
      b.members++;
      continue;
    }
    const pk = placeKey(f);
    let p = places.get(pk);
    if (!p) {
      places.set(pk, (p = { rep: f, buckets: [], meets: null }));
      const same = byMeasure.get(f.measure);
      if (same) same.push(p);
      else byMeasure.set(f.measure, [p]);
    }
    const nb: Bucket = { rep: f, members: 1, meeting: null };
    buckets.set(bk, nb);
    p.buckets.push(nb);
  }
  // Places share ground (or not) whatever the periods: without periods, mayOverlap asks only that.
  const open = (f: Flow): Flow => ({ ...f, periodStart: null, periodEnd: null });
  const sameGround = (a: Flow, b: Flow) => mayOverlap(open(a), open(b), regions);
  const meetingOf = (f: Flow): number => {
    const b = buckets.get(bucketKey(f));
    if (b?.meeting != null) return b.meeting;
    const p = places.get(placeKey(f));
    const alike = byMeasure.get(f.measure) ?? [];
    const near = p ? (p.meets ??= alike.filter((q) => sameGround(p.rep, q.rep))) : alike.filter((q) => sameGround(f, q.rep));
    let n = 0;
    for (const q of near) for (const c of q.buckets) if (mayOverlap(f, c.rep, regions)) n += c.members;
    if (b) b.meeting = n;
    return n;
  };
  return {
    hasOther(f) {
      // A member meets itself unless its places or period are empty or inverted.
      const self = members.has(f) && mayOverlap(f, f, regions) ? 1 : 0;
      return meetingOf(f) - self > 0;
    }
  };
}
