import type { Flow } from '../flows/types';
import type { LabelPoints } from '../flows/arcs';
import type { MapLevel, RegionIndex } from '../regions/types';
import { measureStocks } from './measureStock';
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
   * Widths are figures (lineFigures) counted over all flows at this level (true), so filtering
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
  #stocks = $derived.by(() => measureStocks(this.#in.flows(), this.#in.level(), this.#in.regions));
  #allStocks = $derived.by(() => measureStocks(this.#in.flowsAll(), this.#in.level(), this.#in.regions));
  top = $derived.by(() => topPairs(this.pairs, this.limit ?? Infinity, this.#stocks));
  scale: WidthScale = $derived.by(() =>
    this.locked
      ? widthScale(this.#allStocks, this.#allPairs, this.top.shown)
      : widthScale(this.#stocks, this.pairs, this.top.shown)
  );
  data: FlowMapData = $derived.by(() => {
    const level = this.#in.level();
    const regions = this.#in.regions;
    return flowMapData(this.top.shown, this.#labels, this.scale, {
      zoom: this.zoom,
      coarse: (code) => (regions[code] && !regions[code].levels.includes(level) ? regions[code] : null)
    });
  });

  pair(key: string): FlowPair | undefined {
    return this.pairs.find((p) => p.key === key);
  }
}
