/** A rectangle on screen, in pixels of the map container. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Padding = Box;

const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Whether a box lies inside the viewport, `margin` pixels from its edges, and at least `margin`
 * pixels clear of every panel lying over the map.
 */
export function visibleFit(box: Box, viewport: Size, panels: readonly Box[], margin = 0): boolean {
  if (box.left < margin || box.top < margin || box.right > viewport.width - margin || box.bottom > viewport.height - margin)
    return false;
  const grown = { left: box.left - margin, right: box.right + margin, top: box.top - margin, bottom: box.bottom + margin };
  return !panels.some((p) => meets(grown, p));
}

/**
 * Camera padding that keeps a fitted box clear of every panel. Each panel is avoided from the one
 * side that costs the least map area (a tall panel on the right from the right, a wide strip at
 * the bottom from below, a small legend in a corner from whichever side is cheaper), as long as
 * at least `minFree` pixels of map stay free each way; larger panels are placed first.
 */
export function panelPadding(viewport: Size, panels: readonly Box[], margin = 0, minFree = 120): Padding {
  const pad: Padding = { left: 0, right: 0, top: 0, bottom: 0 };
  const clipped = panels
    .map((p) => ({
      left: Math.max(0, p.left),
      right: Math.min(viewport.width, p.right),
      top: Math.max(0, p.top),
      bottom: Math.min(viewport.height, p.bottom)
    }))
    .filter((p) => p.right > p.left && p.bottom > p.top)
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  for (const p of clipped) {
    // Already clear of the free area left by the panels placed before it.
    const free = { left: pad.left, right: viewport.width - pad.right, top: pad.top, bottom: viewport.height - pad.bottom };
    if (!meets(free, p)) continue;
    const options: { side: keyof Padding; value: number; loss: number }[] = [
      { side: 'left', value: p.right, loss: (p.right - pad.left) * (free.bottom - free.top) },
      { side: 'right', value: viewport.width - p.left, loss: (viewport.width - p.left - pad.right) * (free.bottom - free.top) },
      { side: 'top', value: p.bottom, loss: (p.bottom - pad.top) * (free.right - free.left) },
      { side: 'bottom', value: viewport.height - p.top, loss: (viewport.height - p.top - pad.bottom) * (free.right - free.left) }
    ];
    const fits = (o: (typeof options)[number]) => {
      const next = { ...pad, [o.side]: Math.max(pad[o.side], o.value) };
      return viewport.width - next.left - next.right >= minFree && viewport.height - next.top - next.bottom >= minFree;
    };
    const best = options.filter(fits).sort((a, b) => a.loss - b.loss)[0];
    if (best) pad[best.side] = Math.max(pad[best.side], best.value);
  }
  return { left: pad.left + margin, right: pad.right + margin, top: pad.top + margin, bottom: pad.bottom + margin };
}
