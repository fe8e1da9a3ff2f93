/** A ring on screen: centre and radius in pixels. */
export interface Ring {
  x: number;
  y: number;
  r: number;
}

export type Anchor = 'bottom' | 'top' | 'left' | 'right';
/** MapLibre's text-anchor: 'bottom' puts the text above the point, 'left' to its right. */
export const ANCHORS: readonly Anchor[] = ['bottom', 'top', 'left', 'right'];

/** Pixels between a ring and its name. */
const GAP = 3;

/**
 * A label's box in pixels, estimated from its characters at `size` px: Latin ~0.56 em each, CJK
 * and full-width punctuation 1 em; one line high.
 */
export function textBox(text: string, size = 11): { width: number; height: number } {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return { width: em * size, height: size * 1.2 };
}

/** The box of a name anchored at `anchor` beside `ring`. */
export function nameBox(ring: Ring, anchor: Anchor, box: { width: number; height: number }) {
  const d = ring.r + GAP;
  const { width: w, height: h } = box;
  switch (anchor) {
    case 'bottom':
      return { left: ring.x - w / 2, right: ring.x + w / 2, top: ring.y - d - h, bottom: ring.y - d };
    case 'top':
      return { left: ring.x - w / 2, right: ring.x + w / 2, top: ring.y + d, bottom: ring.y + d + h };
    case 'left':
      return { left: ring.x + d, right: ring.x + d + w, top: ring.y - h / 2, bottom: ring.y + h / 2 };
    case 'right':
      return { left: ring.x - d - w, right: ring.x - d, top: ring.y - h / 2, bottom: ring.y + h / 2 };
  }
}

/** Pixels² of `ring` (grown by 2 px) that a box covers, approximated by the ring's bounding square. */
function covered(b: ReturnType<typeof nameBox>, ring: Ring): number {
  const r = ring.r + 2;
  const w = Math.min(b.right, ring.x + r) - Math.max(b.left, ring.x - r);
  const h = Math.min(b.bottom, ring.y + r) - Math.max(b.top, ring.y - r);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where a coarse unit's name goes beside its ring: the first side (above, below, right, left) whose
 * box covers none of the other rings, else the side covering the least. MapLibre's collisions
 * keep labels off labels, not off circles: a name placed over another place's ring hid that
 * place's count circle.
 */
export function nameAnchor(ring: Ring, others: readonly Ring[], text: string, size = 11): Anchor {
  const box = textBox(text, size);
  let best: Anchor = ANCHORS[0],
    least = Infinity;
  for (const a of ANCHORS) {
    const b = nameBox(ring, a, box);
    const c = others.reduce((sum, o) => sum + covered(b, o), 0);
    if (c === 0) return a;
    if (c < least) [best, least] = [a, c];
  }
  return best;
}

/** MapLibre's text-offset (ems) that puts the name GAP pixels beyond a ring of radius `r`. */
export function anchorOffset(anchor: Anchor, r: number, size = 11): [number, number] {
  const d = (r + GAP) / size;
  return anchor === 'bottom' ? [0, -d] : anchor === 'top' ? [0, d] : anchor === 'left' ? [d, 0] : [-d, 0];
}
