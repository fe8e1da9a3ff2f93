import { whenMapFree } from './redrawHold';

/**
 * Runs `f` once the next frame has painted (that frame's rAF, then a task), or after `fallback` ms
 * when no frame comes (a hidden tab runs no rAF). Returns a cancel.
 */
export function afterPaint(f: () => void, fallback = 250): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    f();
  };
  const timer = setTimeout(run, fallback);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    done = true;
    clearTimeout(timer);
  };
}

/**
 * `get()`, one painted frame late: the map marks a click's selection in the frame after the one
 * that paints its details, so the redraw of the map (every tile's feature state) does not hold
 * the details back. Call it while a component initialises.
 */
export function afterPaintValue<T>(get: () => T): { readonly current: T } {
  let current = $state(get());
  $effect(() => {
    const next = get();
    if (next === current) return;
    // Later still while a region's details hold the map's redraws (redrawHold.ts).
    let cancelHold = () => {};
    const cancelPaint = afterPaint(() => (cancelHold = whenMapFree(() => (current = next))));
    return () => {
      cancelPaint();
      cancelHold();
    };
  });
  return {
    get current() {
      return current;
    }
  };
}
