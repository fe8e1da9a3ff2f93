/** Every source and layer id of the map, declared once. */
export const SOURCE = {
  context: 'context-land',
  regions: 'regions',
  flows: 'flows'
} as const;

export const LAYER = {
  background: 'sea',
  contextFill: 'context-land-fill',
  contextLine: 'context-land-line',
  regionFill: 'region-fill',
  regionLine: 'region-line',
  regionHighlight: 'region-highlight',
  regionLabel: 'region-label',
  flowLine: 'flow-line',
  flowArrow: 'flow-arrow'
} as const;
