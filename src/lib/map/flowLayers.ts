import type { ExpressionSpecification } from 'maplibre-gl';
import type { Lang } from '../domain';
import { ARROW_SIZE_STOPS } from './arrowIcon';
import { kindColor } from './flowStyle';
import { IMAGE, LAYER } from './ids';
import type { LayerSpec } from './layerSpec';
import { perFeature } from './perFeature';
import { LABEL_FONT } from './style';

/** The flow map's layers, by source: lines (casing under line), arrowheads, and the places' rings and names. */
export interface FlowLayerSpecs {
  casing: LayerSpec;
  line: LayerSpec;
  arrow: LayerSpec;
  place: LayerSpec;
  placeName: LayerSpec;
}

// Set by hovering a place (flowFocus.ts): feature state, so no new data goes to the worker.
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
const lit: ExpressionSpecification = ['boolean', ['feature-state', 'lit'], false];

const casing: LayerSpec = {
  id: LAYER.flowCasing,
  type: 'line',
  layout: { 'line-cap': 'round' },
  // The flow lines' program (perFeature.ts): white, solid.
  paint: {
    'line-color': perFeature('#ffffff'),
    'line-dasharray': perFeature([1, 0]),
    'line-opacity': ['case', dimmed, 0.2, 0.85],
    'line-width': ['+', ['get', 'width'], 2]
  }
};

const line: LayerSpec = {
  id: LAYER.flowLine,
  type: 'line',
  layout: { 'line-cap': 'butt' },
  paint: {
    'line-color': kindColor(),
    'line-width': ['case', lit, ['+', ['get', 'width'], 1.5], ['get', 'width']],
    'line-opacity': ['case', dimmed, 0.12, ['get', 'planned'], 0.6, 0.92],
    // Cooperation has no direction; a plan has not happened yet: both are drawn broken.
    'line-dasharray': [
      'case',
      ['==', ['get', 'kind'], 'cooperation'],
      ['literal', [2, 1.5]],
      ['get', 'planned'],
      ['literal', [1, 1]],
      ['literal', [1, 0]]
    ]
  }
};

const arrow: LayerSpec = {
  id: LAYER.flowArrow,
  type: 'symbol',
  layout: {
    'icon-image': IMAGE.arrow,
    'icon-rotate': ['get', 'bearing'],
    'icon-rotation-alignment': 'map',
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    // The head grows with the line, so a thick flow never ends in a pin-prick.
    'icon-size': ['interpolate', ['linear'], ['get', 'width'], ...ARROW_SIZE_STOPS],
    'icon-anchor': 'top'
  },
  paint: {
    'icon-color': kindColor(),
    'icon-halo-color': '#ffffff',
    'icon-halo-width': 1,
    'icon-opacity': ['case', dimmed, 0.15, 1]
  }
};

// A ring, not a disc: the place's count circle (or its colour) stays visible inside it, as a white
// disc hid Heping's and Tianjin's. The empty middle still takes clicks (hit-testing is by radius,
// not by paint).
const place: LayerSpec = {
  id: LAYER.flowPlace,
  type: 'circle',
  paint: {
    'circle-radius': ['get', 'radius'],
    'circle-color': '#ffffff',
    'circle-opacity': 0,
    // The count circles' program (perFeature.ts).
    'circle-stroke-color': perFeature('#1f2a33'),
    'circle-stroke-width': perFeature(1.6),
    'circle-stroke-opacity': 0.9
  }
};

/**
 * A ring of a unit coarser than the level (Hebei on a district map) is named as the whole unit:
 * unnamed, it read as one more district. It lies above the region labels (ids.ts), so it wins
 * their collisions: a flow's end must be named; only the selection's own label outranks it.
 */
function placeName(lang: Lang): LayerSpec {
  return {
    id: LAYER.flowPlaceName,
    type: 'symbol',
    filter: ['!=', ['get', 'whole_en'], ''],
    layout: {
      'text-field': ['get', `whole_${lang}`],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      // The side chosen off the other rings (nameAnchor.ts): MapLibre keeps labels off labels only.
      'text-anchor': ['get', `anchor_${lang}`],
      'text-offset': ['array', 'number', 2, ['get', `offset_${lang}`]],
      'text-padding': 2
    },
    paint: { 'text-color': '#3d4a55', 'text-halo-color': 'rgba(255,255,255,0.95)', 'text-halo-width': 1.4 }
  };
}

/** The flow layers for a reader of `lang`: only the places' names depend on it. */
export function flowLayers(lang: Lang): FlowLayerSpecs {
  return { casing, line, arrow, place, placeName: placeName(lang) };
}
