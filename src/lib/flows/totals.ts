import { isDirected, type Flow } from './types';

/** What the flows with a number say about one region, in one measure. */
export interface FlowTotal {
  region: string;
  measure: string;
  /** Sum of directed flows arriving, each at its full stated value. */
  inflow: number;
  outflow: number;
  net: number;
  /**
   * The part of inflow / outflow that comes from grouped flows: a figure stated for
   * "Beijing and Tianjin" together is credited in full to each member, because the text gives no
   * split. Summing these over members overcounts; show them as "jointly with …".
   */
  groupedInflow: number;
  groupedOutflow: number;
  /** How many flows reached this region through a group. */
  groupedFlows: number;
  /** Two-way cooperation the region takes part in (no direction, so not in inflow/outflow). */
  cooperation: number;
  /** How many flows with a value contribute. */
  flows: number;
}

export interface TotalsOptions {
  /** Targets are not achievements: planned flows count only when asked for. */
  includePlanned?: boolean;
}

/**
 * Per region and measure, sorted by region code then measure. Flows without a value are left
 * out, and so are planned ones unless `includePlanned`.
 */
export function flowTotals(flows: readonly Flow[], { includePlanned = false }: TotalsOptions = {}): FlowTotal[] {
  const out = new Map<string, FlowTotal>();
  const entry = (region: string, measure: string) => {
    const key = `${region}\u0000${measure}`;
    let t = out.get(key);
    if (!t) {
      t = { region, measure, inflow: 0, outflow: 0, net: 0, groupedInflow: 0, groupedOutflow: 0, groupedFlows: 0, cooperation: 0, flows: 0 };
      out.set(key, t);
    }
    return t;
  };
  for (const f of flows) {
    if (f.value === null || f.measure === null) continue;
    if (f.status === 'planned' && !includePlanned) continue;
    const sides: [string[], 'in' | 'out'][] = [
      [f.origin, 'out'],
      [f.destination, 'in']
    ];
    for (const [members, dir] of sides) {
      const grouped = members.length > 1;
      for (const m of members) {
        const t = entry(m, f.measure);
        t.flows++;
        if (grouped) t.groupedFlows++;
        if (!isDirected(f.kind)) t.cooperation += f.value;
        else if (dir === 'in') {
          t.inflow += f.value;
          if (grouped) t.groupedInflow += f.value;
        } else {
          t.outflow += f.value;
          if (grouped) t.groupedOutflow += f.value;
        }
      }
    }
  }
  const list = [...out.values()];
  for (const t of list) t.net = t.inflow - t.outflow;
  return list.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
}
