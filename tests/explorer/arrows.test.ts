import { describe, expect, it } from 'vitest';
import { arrowPoints } from '../../src/lib/map/arrowPoints';
import { arrowIconSdf } from '../../src/lib/map/arrowIcon';
import type { FlowArcCollection } from '../../src/lib/flows/arcs';

const arc = (flow: string, arrow: boolean, coords: number[][]) => ({
  type: 'Feature' as const,
  geometry: { type: 'LineString' as const, coordinates: coords },
  properties: { flow, kind: arrow ? 'projects' : 'cooperation', width: 3, bearing: 90, arrow } as never
});

describe('arrowheads', () => {
  it('puts one point at the destination end of each directed arc, none on cooperation', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        arc('a', true, [
          [0, 0],
          [1, 1],
          [2, 0]
        ]),
        arc('b', false, [
          [0, 0],
          [3, 3]
        ])
      ]
    } as FlowArcCollection;
    const pts = arrowPoints(fc);
    expect(pts.features.map((f) => [f.properties.flow, f.geometry.coordinates, f.properties.bearing])).toEqual([
      ['a', [2, 0], 90]
    ]);
  });
  it('draws the icon as a signed distance field: solid inside, edge at 191, empty far outside', () => {
    const { width, data } = arrowIconSdf(32, 6);
    const alpha = (x: number, y: number) => data[(y * width + x) * 4 + 3];
    expect(alpha(16, 20)).toBeGreaterThan(191); // inside the triangle
    expect(alpha(0, 0)).toBe(0); // far outside
    expect(alpha(16, 3)).toBeLessThan(191); // above the tip
  });
});
