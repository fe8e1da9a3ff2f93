import { describe, expect, it } from 'vitest';
import { dwellPrefetch, type DwellTimers } from '../../src/lib/data/dwellPrefetch';

/** A clock the test moves by hand: timers fire in order of their due time. */
function manualClock() {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: DwellTimers = {
    set: (fn, ms) => (due.set(++next, { at: now + ms, fn }), next),
    clear: (h) => void due.delete(h as number)
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [h, t] of [...due].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now) {
        due.delete(h);
        t.fn();
      }
  };
  return { timers, advance, pending: () => due.size };
}

// Each row: pointer events as [code, ms elapsed after it], and the codes fetched.
const cases: [string, [string | null, number][], string[]][] = [
  ['a rest of the dwell time fetches the region', [['A', 150]], ['A']],
  ['a shorter rest fetches nothing', [['A', 149]], []],
  [
    'repeated moves over one region keep the wait running',
    [
      ['A', 50],
      ['A', 50],
      ['A', 50]
    ],
    ['A']
  ],
  [
    'a sweep across regions fetches only where it rests',
    [
      ['A', 40],
      ['B', 40],
      ['C', 200]
    ],
    ['C']
  ],
  [
    'leaving the regions cancels the wait',
    [
      ['A', 100],
      [null, 500]
    ],
    []
  ],
  [
    'a region is fetched once per rest, again after leaving and coming back',
    [
      ['A', 200],
      ['A', 200],
      [null, 10],
      ['A', 200]
    ],
    ['A', 'A']
  ],
  [
    'moving on after a fetch does not fetch the first again',
    [
      ['A', 200],
      ['B', 200]
    ],
    ['A', 'B']
  ]
];

describe('dwellPrefetch', () => {
  it.each(cases)('%s', (_, moves, fetched) => {
    const clock = manualClock();
    const got: string[] = [];
    const point = dwellPrefetch((c) => got.push(c), 150, clock.timers);
    for (const [code, ms] of moves) {
      point(code);
      clock.advance(ms);
    }
    expect(got).toEqual(fetched);
  });

  it('leaves no timer behind once the pointer is off the map', () => {
    const clock = manualClock();
    const point = dwellPrefetch(() => {}, 150, clock.timers);
    point('A');
    point(null);
    expect(clock.pending()).toBe(0);
  });
});
