import type { FeatureCollection, Point } from 'geojson';
import type { FlowArcCollection, FlowArcProps } from '../flows/arcs';

export type ArrowPointProps = Pick<FlowArcProps, 'flow' | 'kind' | 'width' | 'bearing'>;

/** A point at the destination end of every directed arc, carrying the bearing its arrowhead turns to. */
export function arrowPoints(arcs: FlowArcCollection): FeatureCollection<Point, ArrowPointProps> {
  return {
    type: 'FeatureCollection',
    features: arcs.features
      .filter((f) => f.properties.arrow)
      .map((f) => {
        const c = f.geometry.coordinates;
        const { flow, kind, width, bearing } = f.properties;
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: c[c.length - 1] },
          properties: { flow, kind, width, bearing }
        };
      })
  };
}
