import { describe, expect, it } from 'vitest';
import { simplifyGeometry, vertexCount, type PolygonGeometry } from './simplify';

/** A 1 km square near Helsinki with a wiggly edge: many vertices within 1 m of a straight line. */
function wigglySquare(): PolygonGeometry {
  const lon0 = 24.9;
  const lat0 = 60.17;
  const dLat = 1000 / 111_320;
  const dLon = dLat / Math.cos((lat0 * Math.PI) / 180);
  const ring: [number, number][] = [];
  for (let i = 0; i <= 100; i++) ring.push([lon0 + (dLon * i) / 100, lat0 + (i % 2) * 0.000005]);
  ring.push([lon0 + dLon, lat0 + dLat], [lon0, lat0 + dLat], [lon0, lat0]);
  return { type: 'Polygon', coordinates: [ring] };
}

describe('map geometry simplification', () => {
  it('drops vertices within the tolerance and keeps the ring closed', () => {
    const g = wigglySquare();
    const s = simplifyGeometry(g) as PolygonGeometry;
    expect(vertexCount(g)).toBe(104);
    expect(vertexCount(s)).toBeLessThanOrEqual(6);
    const ring = s.coordinates[0];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('quantises coordinates to five decimals', () => {
    const s = simplifyGeometry(wigglySquare()) as PolygonGeometry;
    for (const [x, y] of s.coordinates[0]) {
      expect(Math.round(x * 1e5) / 1e5).toBe(x);
      expect(Math.round(y * 1e5) / 1e5).toBe(y);
    }
  });

  it('drops tiny islands but never the main polygon', () => {
    const main = wigglySquare().coordinates;
    const islet: [number, number][] = [
      [25, 60.2],
      [25.0001, 60.2],
      [25.0001, 60.2001],
      [25, 60.2],
    ];
    const s = simplifyGeometry({ type: 'MultiPolygon', coordinates: [main, [islet]] });
    expect(s.type).toBe('Polygon');
  });
});
