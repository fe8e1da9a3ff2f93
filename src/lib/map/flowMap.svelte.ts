import type { Flow } from '../flows/types';
import type { LabelPoints } from '../flows/arcs';
import type { MapLevel, RegionIndex } from '../regions/types';
import { flowMapData, flowPairs, topPairs, widthScale, type FlowMapData, type FlowPair, type WidthScale } from './flowPairs';

export interface FlowMapInputs {
  /** Flows passing the filters (kinds, years, the metric's measure). */
  flows: () => readonly Flow[];
  /** Every flow: the locked width scale is built from these, so filtering never rescales lines. */
  flowsAll: () => readonly Flow[];
  level: () => MapLevel;
  regions: RegionIndex;
}

/** The flow map of the current view: pairs at the level, the top N drawn, the rest summarised. */
export class FlowMap {
  /** How many pairs are drawn; null = all. Phones start with fewer. */
  limit = $state<number | null>(12);
  /**
   * Widths are shares of each measure's total over all flows at this level (true), so filtering
   * never changes a line's width, or over the flows passing the filters (false).
   */
  locked = $state(true);
  /**
   * The map's zoom, in quarter steps rounded down (set by the flow layer when a zoom ends): line
   * ends are placed in pixels, so the geometry follows the zoom; rounding down keeps the gap at
   * least the one asked for, and a pan never recomputes anything.
   */
  zoom = $state(7);
  readonly #in: FlowMapInputs;
  readonly #labels: LabelPoints;

  constructor(inputs: FlowMapInputs) {
    this.#in = inputs;
    this.#labels = Object.fromEntries(Object.values(inputs.regions).map((r) => [r.code, r.label]));
  }

  pairs: FlowPair[] = $derived.by(() => flowPairs(this.#in.flows(), this.#in.level(), this.#in.regions));
  #allPairs: FlowPair[] = $derived.by(() => flowPairs(this.#in.flowsAll(), this.#in.level(), this.#in.regions));
  top = $derived.by(() => topPairs(this.pairs, this.limit ?? Infinity));
  scale: WidthScale = $derived.by(() => widthScale(this.locked ? this.#allPairs : this.pairs, this.top.shown));
  data: FlowMapData = $derived.by(() => flowMapData(this.top.shown, this.#labels, this.scale, { zoom: this.zoom }));

  pair(key: string): FlowPair | undefined {
    return this.pairs.find((p) => p.key === key);
  }
}
