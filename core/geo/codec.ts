/**
 * Compact wire format of the map geometry (a small TopoJSON-like quantisation): every ring is a flat
 * array of integers in 1e-5 degree units (about 1 m), the first position absolute and the rest as
 * deltas from the previous one. Cuts the payload to about a third of rounded GeoJSON, which matters
 * because Next.js does not compress route-handler responses. Pure: the server encodes, the browser decodes.
 */
import type { AreaGeometry, PolygonCoords, Position } from './simplify';

export const GEOMETRY_SCALE = 1e5;

/** One area on the wire: postal code and its polygons (each a list of delta-encoded rings). */
export interface EncodedArea {
  c: string;
  p: number[][][];
}

export function encodeGeometry(geometry: AreaGeometry): number[][][] {
  const polys: PolygonCoords[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((poly) =>
    poly.map((ring) => {
      const out: number[] = [];
      let px = 0;
      let py = 0;
      for (const [x, y] of ring) {
        const qx = Math.round(x * GEOMETRY_SCALE);
        const qy = Math.round(y * GEOMETRY_SCALE);
        out.push(qx - px, qy - py);
        px = qx;
        py = qy;
      }
      return out;
    }),
  );
}

export function decodeGeometry(polygons: number[][][]): AreaGeometry {
  const coords: PolygonCoords[] = polygons.map((poly) =>
    poly.map((flat) => {
      const ring: Position[] = [];
      let x = 0;
      let y = 0;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        x += flat[i];
        y += flat[i + 1];
        ring.push([x / GEOMETRY_SCALE, y / GEOMETRY_SCALE]);
      }
      return ring;
    }),
  );
  return coords.length === 1
    ? { type: 'Polygon', coordinates: coords[0] }
    : { type: 'MultiPolygon', coordinates: coords };
}
