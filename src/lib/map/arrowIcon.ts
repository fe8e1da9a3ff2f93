/**
 * An arrowhead pointing north as a signed-distance-field image, so one icon takes every kind's
 * colour (`icon-color`) and stays crisp at any size. Encoded like MapLibre's TinySDF: the edge sits
 * at 191/255, inside is brighter, with `radius` pixels of falloff.
 */
export function arrowIconSdf(size = 32, radius = 6): { width: number; height: number; data: Uint8Array } {
  const pad = radius;
  const tri: [number, number][] = [
    [size / 2, pad],
    [size - pad, size - pad],
    [pad, size - pad]
  ];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const px = x + 0.5,
        py = y + 0.5;
      let inside = true;
      let dist = Infinity;
      for (let i = 0; i < 3; i++) {
        const [ax, ay] = tri[i],
          [bx, by] = tri[(i + 1) % 3];
        const ex = bx - ax,
          ey = by - ay;
        // Clockwise vertex order on a y-down grid: inside is to the right of every edge.
        if (ex * (py - ay) - ey * (px - ax) < 0) inside = false;
        const t = Math.max(0, Math.min(1, ((px - ax) * ex + (py - ay) * ey) / (ex * ex + ey * ey)));
        dist = Math.min(dist, Math.hypot(px - (ax + t * ex), py - (ay + t * ey)));
      }
      const signed = inside ? -dist : dist;
      const v = Math.round(255 - 255 * (signed / radius + 0.25));
      data[(y * size + x) * 4 + 3] = Math.max(0, Math.min(255, v));
    }
  return { width: size, height: size, data };
}

/** The arrowhead's scale for a line `width` px wide: the head grows with the line (FlowLayer's icon-size). */
export const ARROW_SIZE_STOPS = [1, 0.4, 8, 0.8] as const;

/** The drawn arrowhead of a line `width` px wide, in screen pixels, its 1 px halo included. */
export function arrowHeadPixels(width: number, size = 32, radius = 6): { halfWidth: number; length: number } {
  const [w0, s0, w1, s1] = ARROW_SIZE_STOPS;
  const t = Math.max(0, Math.min(1, (width - w0) / (w1 - w0)));
  const side = (size - 2 * radius) * (s0 + t * (s1 - s0));
  return { halfWidth: side / 2 + 1, length: side + 1 };
}
