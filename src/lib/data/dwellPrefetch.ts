/** What dwellPrefetch waits with: the page's timers, or a test's. */
export interface DwellTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const pageTimers: DwellTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)
};

/**
 * Calls `prefetch(code)` once the pointer has rested on one region for `dwellMs`. A user points at a
 * region for a few hundred milliseconds before clicking it, so on an atlas the click finds its first
 * page of details fetched and parsed; a pointer sweeping across the map rests nowhere and fetches
 * nothing. Feed it the hovered code on every pointer move (null when off the regions): repeats of
 * the same code keep the wait running, a new code restarts it, and a code is fetched once per rest.
 */
export function dwellPrefetch(prefetch: (code: string) => void, dwellMs = 150, timers: DwellTimers = pageTimers): (code: string | null) => void {
  let current: string | null = null;
  let pending: unknown = null;
  return (code) => {
    if (code === current) return;
    current = code;
    if (pending !== null) timers.clear(pending);
    pending = null;
    if (code === null) return;
    pending = timers.set(() => {
      pending = null;
      prefetch(code);
    }, dwellMs);
  };
}
