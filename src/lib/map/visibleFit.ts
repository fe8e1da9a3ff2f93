export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Whether a box on screen lies inside the viewport minus the padding panels cover. */
export function visibleFit(box: Box, viewport: { width: number; height: number }, pad: Box): boolean {
  return (
    box.left >= pad.left &&
    box.top >= pad.top &&
    box.right <= viewport.width - pad.right &&
    box.bottom <= viewport.height - pad.bottom
  );
}
