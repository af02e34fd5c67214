import { describe, expect, it } from 'vitest';
import { decodeGeometry, encodeGeometry } from './codec';
import type { MultiPolygonGeometry, PolygonGeometry } from './simplify';

describe('map geometry wire format', () => {
  it('round-trips a polygon at 1e-5 degrees', () => {
    const g: PolygonGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [24.93367, 60.16047],
          [24.93495, 60.16093],
          [24.9357, 60.1612],
          [24.93367, 60.16047],
        ],
      ],
    };
    const wire = encodeGeometry(g);
    expect(wire[0][0].slice(0, 4)).toEqual([2493367, 6016047, 128, 46]);
    expect(decodeGeometry(wire)).toEqual(g);
  });

  it('keeps multipolygons and holes apart', () => {
    const ring = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ] as [number, number][];
    const g: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [[ring, ring], [ring]] };
    expect(decodeGeometry(encodeGeometry(g))).toEqual(g);
  });
});
