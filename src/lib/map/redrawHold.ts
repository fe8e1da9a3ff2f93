/**
 * Lets a region's details hold back the map redraws their click causes (the selection outline, the
 * fit that keeps the region in view) until the details' first page is painted. In software WebGL a
 * redraw of the map takes most of a frame's time, and a click's details paint over three or four
 * frames (header, lists, a fetched page): side by side on a 100,000-article atlas, holding the
 * redraws made the first page 3× sooner. A hold ends when released or after `maxMs`, whichever is
 * first, so the map never waits on a page that does not come. Module state rather than the map's
 * context: the details are not inside the map root, and this gates callbacks only, no map instance.
 */
const waiting = new Set<() => void>();
let holds = 0;

/** Holds the map's click redraws; call the returned function once the details are painted. */
export function holdMapRedraws(maxMs = 1200): () => void {
  holds++;
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    clearTimeout(timer);
    if (--holds > 0) return;
    const due = [...waiting];
    waiting.clear();
    for (const f of due) f();
  };
  const timer = setTimeout(release, maxMs);
  return release;
}

/** Runs `f` now, or once every hold has ended; returns a cancel. */
export function whenMapFree(f: () => void): () => void {
  if (holds === 0) {
    f();
    return () => {};
  }
  waiting.add(f);
  return () => void waiting.delete(f);
}
