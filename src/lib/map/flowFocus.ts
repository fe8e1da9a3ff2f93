export interface FocusState {
  dim: boolean;
  lit: boolean;
}

/**
 * The feature states that light the flows of the hovered place and dim the others, by arc id:
 * the arcs lit before are reset first (the data may have changed since), and `code` null only
 * resets them. Returns the ids lit or dimmed now, to reset on the next call.
 */
export function focusStates(
  arcs: readonly { properties: { i: number; origin: string; destination: string } }[],
  code: string | null,
  previous: readonly number[]
): { states: Map<number, FocusState>; focused: number[] } {
  const states = new Map<number, FocusState>(previous.map((i) => [i, { dim: false, lit: false }]));
  if (!code) return { states, focused: [] };
  for (const { properties: p } of arcs) {
    const mine = p.origin === code || p.destination === code;
    states.set(p.i, { dim: !mine, lit: mine });
  }
  return { states, focused: arcs.map((f) => f.properties.i) };
}
