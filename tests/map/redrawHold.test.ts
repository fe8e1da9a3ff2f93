import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdMapRedraws, whenMapFree } from '../../src/lib/map/redrawHold';

describe('holding the map redraws of a click until its details are painted', () => {
  afterEach(() => vi.useRealTimers());

  it('runs at once when nothing holds the map', () => {
    const ran: string[] = [];
    whenMapFree(() => ran.push('outline'));
    expect(ran).toEqual(['outline']);
  });

  it('waits for the release, and runs each waiting redraw once', () => {
    const ran: string[] = [];
    const release = holdMapRedraws();
    whenMapFree(() => ran.push('outline'));
    whenMapFree(() => ran.push('fit'));
    expect(ran).toEqual([]);
    release();
    release();
    expect(ran).toEqual(['outline', 'fit']);
  });

  it('waits for every hold (a second click while the first is held)', () => {
    const ran: string[] = [];
    const first = holdMapRedraws();
    const second = holdMapRedraws();
    whenMapFree(() => ran.push('outline'));
    first();
    expect(ran).toEqual([]);
    second();
    expect(ran).toEqual(['outline']);
  });

  it('drops a cancelled redraw (the region was closed meanwhile)', () => {
    const ran: string[] = [];
    const release = holdMapRedraws();
    const cancel = whenMapFree(() => ran.push('outline'));
    cancel();
    release();
    expect(ran).toEqual([]);
  });

  it('ends a hold whose details never paint', () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    holdMapRedraws(500);
    whenMapFree(() => ran.push('outline'));
    vi.advanceTimersByTime(499);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['outline']);
    whenMapFree(() => ran.push('fit'));
    expect(ran).toEqual(['outline', 'fit']);
  });
});
