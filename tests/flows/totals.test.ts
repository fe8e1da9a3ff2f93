import { describe, expect, it } from 'vitest';
import { flowTotals, type FlowTotal } from '../../src/lib/flows/totals';
import { flow } from './helpers';

const BJ = '110000', TJ = '120000', HB = '130000', HP = '120101', CZ = '130900';
const zero = { inflow: 0, outflow: 0, net: 0, groupedInflow: 0, groupedOutflow: 0, groupedFlows: 0, cooperation: 0, flows: 0 };
const t = (region: string, measure: string, p: Partial<FlowTotal>): FlowTotal => ({ region, measure, ...zero, ...p });

describe('flowTotals', () => {
  it.each([
    ['nothing', [], []],
    [
      'one directed flow',
      [flow({ id: '1', origin: [BJ], destination: [TJ], measure: 'projects', value: 10 })],
      [t(BJ, 'projects', { outflow: 10, net: -10, flows: 1 }), t(TJ, 'projects', { inflow: 10, net: 10, flows: 1 })]
    ],
    [
      'a grouped origin counts once per member, and says so',
      [flow({ id: '1', origin: [BJ, HB], destination: [HP], measure: 'projects', value: 402 })],
      [
        t(BJ, 'projects', { outflow: 402, net: -402, groupedOutflow: 402, groupedFlows: 1, flows: 1 }),
        t(HP, 'projects', { inflow: 402, net: 402, flows: 1 }),
        t(HB, 'projects', { outflow: 402, net: -402, groupedOutflow: 402, groupedFlows: 1, flows: 1 })
      ]
    ],
    [
      'measures are never summed together',
      [
        flow({ id: '1', origin: [BJ], destination: [TJ], measure: 'projects', value: 5 }),
        flow({ id: '2', origin: [BJ], destination: [TJ], measure: 'yuan', value: 1000 })
      ],
      [
        t(BJ, 'projects', { outflow: 5, net: -5, flows: 1 }),
        t(BJ, 'yuan', { outflow: 1000, net: -1000, flows: 1 }),
        t(TJ, 'projects', { inflow: 5, net: 5, flows: 1 }),
        t(TJ, 'yuan', { inflow: 1000, net: 1000, flows: 1 })
      ]
    ],
    [
      'net of two-way flows, plus a grouped destination',
      [
        flow({ id: '1', origin: [BJ], destination: [TJ], measure: 'projects', value: 7 }),
        flow({ id: '2', origin: [TJ], destination: [BJ, CZ], measure: 'projects', value: 3 })
      ],
      [
        t(BJ, 'projects', { inflow: 3, outflow: 7, net: -4, groupedInflow: 3, groupedFlows: 1, flows: 2 }),
        t(TJ, 'projects', { inflow: 7, outflow: 3, net: 4, flows: 2 }),
        t(CZ, 'projects', { inflow: 3, net: 3, groupedInflow: 3, groupedFlows: 1, flows: 1 })
      ]
    ],
    [
      'cooperation counts for both sides, outside inflow and outflow',
      [flow({ id: '1', origin: [TJ], destination: [BJ], kind: 'cooperation', measure: 'service_items', value: 247 })],
      [t(BJ, 'service_items', { cooperation: 247, flows: 1 }), t(TJ, 'service_items', { cooperation: 247, flows: 1 })]
    ],
    ['flows without a value are left out', [flow({ id: '1', origin: [BJ], destination: [TJ], kind: 'science_park' })], []],
    ['planned targets are left out', [flow({ id: '1', origin: [BJ], destination: [TJ], measure: 'projects', value: 500, status: 'planned' })], []]
  ])('%s', (_name, flows, expected) => {
    expect(flowTotals(flows)).toEqual(expected);
  });

  it('counts planned targets when asked', () => {
    const planned = [
      flow({ id: '1', origin: [BJ], destination: [TJ], measure: 'projects', value: 500, status: 'planned' }),
      flow({ id: '2', origin: [BJ], destination: [TJ], measure: 'projects', value: 400, status: 'underway' })
    ];
    expect(flowTotals(planned).find((t) => t.region === TJ)!.inflow).toBe(400);
    expect(flowTotals(planned, { includePlanned: true }).find((t) => t.region === TJ)!.inflow).toBe(900);
  });
});
