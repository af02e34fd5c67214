import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from './simplify';
import { bboxOf, boundsOf, centroidOf, haversineKm, pointInGeometry, weightedCentre } from './geometry';

const square: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [24.9, 60.1],
      [25.0, 60.1],
      [25.0, 60.2],
      [24.9, 60.2],
      [24.9, 60.1],
    ],
    [
      [24.94, 60.14],
      [24.96, 60.14],
      [24.96, 60.16],
      [24.94, 60.16],
      [24.94, 60.14],
    ],
  ],
};

describe('planning geometry', () => {
  it('measures Helsinki railway station to Kamppi (about 0.6 km) and one degree of latitude (111 km)', () => {
    expect(haversineKm({ lon: 24.9414, lat: 60.1719 }, { lon: 24.9316, lat: 60.169 })).toBeCloseTo(0.6, 1);
    expect(haversineKm({ lon: 25, lat: 60 }, { lon: 25, lat: 61 })).toBeCloseTo(111.2, 1);
  });

  it('tells inside, outside and inside a hole', () => {
    expect(pointInGeometry({ lon: 24.92, lat: 60.12 }, square)).toBe(true);
    expect(pointInGeometry({ lon: 25.1, lat: 60.12 }, square)).toBe(false);
    expect(pointInGeometry({ lon: 24.95, lat: 60.15 }, square)).toBe(false);
  });

  it('finds the centroid of a symmetric polygon with a centred hole, whatever the winding', () => {
    const c = centroidOf(square);
    expect(c.lon).toBeCloseTo(24.95, 6);
    expect(c.lat).toBeCloseTo(60.15, 6);
    const reversed: AreaGeometry = { type: 'MultiPolygon', coordinates: [[[...square.coordinates[0]].reverse()]] };
    expect(centroidOf(reversed).lon).toBeCloseTo(24.95, 6);
  });

  it('gives the bounding box and a weighted centre', () => {
    expect(bboxOf(square)).toEqual({ minLon: 24.9, minLat: 60.1, maxLon: 25.0, maxLat: 60.2 });
    expect(
      weightedCentre([
        { point: { lon: 0, lat: 0 }, weight: 1 },
        { point: { lon: 3, lat: 3 }, weight: 2 },
      ]),
    ).toEqual({ lon: 2, lat: 2 });
    expect(weightedCentre([{ point: { lon: 0, lat: 0 }, weight: 0 }])).toBeNull();
  });
});

describe('boxes around areas', () => {
  const square = (x: number, y: number): AreaGeometry => ({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  });

  it('spans every geometry, and is null for none', () => {
    expect(boundsOf([square(0, 0), square(2, 3)])).toEqual({ minLon: 0, minLat: 0, maxLon: 3, maxLat: 4 });
    expect(boundsOf([])).toBeNull();
  });
});
