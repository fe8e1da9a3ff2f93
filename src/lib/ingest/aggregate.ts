import { parentChain } from '../domain/ancestry';

/** Totals for one region: its own mentions, and the same including every unit inside it. */
export interface RegionTotals {
  mentions: number;
  articles: number;
  rollup: { mentions: number; articles: number };
}

/**
 * Per-code totals over articles. `mentions`/`articles` count the code as named; `rollup` adds every
 * unit below it (a county's mentions count for its prefecture and province), with each article
 * counted once per code however many of its units it names.
 */
export function aggregateRegions(
  articles: readonly { mentions: Record<string, number> }[],
  parent: ReadonlyMap<string, string | null>
): Record<string, RegionTotals> {
  const totals = new Map<string, RegionTotals>();
  const get = (code: string) => {
    let t = totals.get(code);
    if (!t) totals.set(code, (t = { mentions: 0, articles: 0, rollup: { mentions: 0, articles: 0 } }));
    return t;
  };
  for (const a of articles) {
    const touched = new Set<string>();
    for (const [code, n] of Object.entries(a.mentions)) {
      if (!(n > 0)) continue;
      const own = get(code);
      own.mentions += n;
      own.articles += 1;
      for (const c of parentChain(code, parent)) {
        get(c).rollup.mentions += n;
        touched.add(c);
      }
    }
    for (const c of touched) get(c).rollup.articles += 1;
  }
  const out: Record<string, RegionTotals> = {};
  for (const code of [...totals.keys()].sort()) out[code] = totals.get(code)!;
  return out;
}
