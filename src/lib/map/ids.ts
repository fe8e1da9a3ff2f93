/** Every source and layer id of the map, declared once. */
export const SOURCE = {
  water: 'water',
  regions: 'regions',
  labels: 'region-labels',
  labelSelected: 'region-label-selected',
  flows: 'flows',
  flowArrows: 'flow-arrows',
  flowPlaces: 'flow-places',
  symbols: 'region-symbols'
} as const;

export const LAYER = {
  waterFill: 'water-fill',
  regionFill: 'region-fill',
  regionNoData: 'region-nodata',
  regionLine: 'region-line',
  regionHover: 'region-hover',
  regionSelected: 'region-selected',
  symbolCircle: 'symbol-circle',
  flowCasing: 'flow-casing',
  flowLine: 'flow-line',
  flowArrow: 'flow-arrow',
  flowPlace: 'flow-place',
  regionLabel: 'region-label',
  // Above the region labels, so placed before them: a flow's end at a coarser unit ("all of
  // Beijing" on a district map) is always named, where under them it lost to the district names.
  flowPlaceName: 'flow-place-name',
  regionLabelSelected: 'region-label-selected'
} as const;

/** Bottom to top: a layer is always inserted below the next one of this list already on the map. */
export const LAYER_ORDER: readonly string[] = Object.values(LAYER);

export const IMAGE = { hatch: 'nodata-hatch', arrow: 'flow-arrowhead' } as const;
