import type { AreaGeometry, PolygonCoords, Ring } from './simplify';

/**
 * The product's one geometry module (DuckDB's spatial extension cannot be installed offline):
 * great-circle distance, point-in-polygon, boxes and centroids on WGS84 GeoJSON. At Finnish latitudes and
 * postal-area sizes a planar centroid on degrees is off by metres, which walking distances can ignore.
 */
export interface Point {
  lon: number;
  lat: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle (haversine) distance in kilometres. */
export function haversineKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const polygonsOf = (geometry: AreaGeometry): PolygonCoords[] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

function inRing(point: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > point.lat !== yj > point.lat && point.lon < ((xj - xi) * (point.lat - yi)) / (yj - yi) + xi)
      inside = !inside;
  }
  return inside;
}

/** True when the point lies inside the (multi)polygon: inside an outer ring and in none of its holes. */
export function pointInGeometry(point: Point, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => inRing(point, outer) && !holes.some((h) => inRing(point, h)));
}

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bboxOf(geometry: AreaGeometry): BBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const [outer] of polygonsOf(geometry)) {
    for (const [lon, lat] of outer) {
      box.minLon = Math.min(box.minLon, lon);
      box.maxLon = Math.max(box.maxLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

/** The box around several geometries, or null when there are none. */
export function boundsOf(geometries: readonly AreaGeometry[]): BBox | null {
  const boxes = geometries.map(bboxOf);
  if (boxes.length === 0) return null;
  return {
    minLon: Math.min(...boxes.map((b) => b.minLon)),
    minLat: Math.min(...boxes.map((b) => b.minLat)),
    maxLon: Math.max(...boxes.map((b) => b.maxLon)),
    maxLat: Math.max(...boxes.map((b) => b.maxLat)),
  };
}

/** Signed shoelace area and first moments of a ring (degrees; only ratios are used). */
function ringMoments(ring: Ring): { a: number; cx: number; cy: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  return { a: a / 2, cx, cy };
}

/** Area-weighted centroid of all rings (holes subtract); falls back to the bounding-box centre. */
export function centroidOf(geometry: AreaGeometry): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    for (const [k, ring] of [outer, ...holes].entries()) {
      const m = ringMoments(ring);
      // Orientation differs between sources: outer rings add, holes subtract, whatever their winding.
      const sign = (k === 0 ? 1 : -1) * Math.sign(m.a);
      area += sign * m.a;
      cx += sign * m.cx;
      cy += sign * m.cy;
    }
  }
  if (Math.abs(area) < 1e-15) {
    const box = bboxOf(geometry);
    return { lon: (box.minLon + box.maxLon) / 2, lat: (box.minLat + box.maxLat) / 2 };
  }
  return { lon: cx / (6 * area), lat: cy / (6 * area) };
}

/** A random point inside the area (rejection sampling in its box; the centroid if `tries` all miss). */
export function randomPointIn(geometry: AreaGeometry, random: () => number, tries: number): Point {
  const box = bboxOf(geometry);
  for (let i = 0; i < tries; i++) {
    const p = {
      lon: box.minLon + random() * (box.maxLon - box.minLon),
      lat: box.minLat + random() * (box.maxLat - box.minLat),
    };
    if (pointInGeometry(p, geometry)) return p;
  }
  return centroidOf(geometry);
}

/** Weighted mean of points (e.g. population grid cells); null when the weights sum to zero. */
export function weightedCentre(points: readonly { point: Point; weight: number }[]): Point | null {
  let w = 0;
  let lon = 0;
  let lat = 0;
  for (const p of points) {
    if (!(p.weight > 0)) continue;
    w += p.weight;
    lon += p.point.lon * p.weight;
    lat += p.point.lat * p.weight;
  }
  return w > 0 ? { lon: lon / w, lat: lat / w } : null;
}
