/**
 * Map payload geometry: Douglas-Peucker simplification and quantisation of GeoJSON polygons, so the
 * first map load stays far below 500 KB while borders still look right at city zoom levels.
 * Pure functions (no I/O); server/queries/geometry.ts applies them once per warehouse file and caches the result.
 */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoords = Ring[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoords;
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoords[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface SimplifyOptions {
  /** Tolerance in metres: vertices closer than this to the simplified line are dropped. */
  toleranceM: number;
  /** Decimal places kept in degrees (5 = about 1 m). */
  decimals: number;
  /** Rings (islands, holes) smaller than this many square metres are dropped, except an area's largest ring. */
  minRingAreaM2: number;
}

export const DEFAULT_SIMPLIFY: SimplifyOptions = { toleranceM: 6, decimals: 5, minRingAreaM2: 3000 };

const M_PER_DEG_LAT = 111_320;

/** Local equirectangular projection around a latitude: degrees to metres, good enough within a city. */
function projector(lat0: number) {
  const kx = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  return (p: Position): Position => [p[0] * kx, p[1] * M_PER_DEG_LAT];
}

function segmentDistance2(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas-Peucker on an open polyline of projected points; returns the indices kept. */
function douglasPeucker(points: Position[], tolerance: number): number[] {
  const n = points.length;
  if (n <= 2) return points.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let maxD = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i], points[first], points[last]);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  const out: number[] = [];
  keep.forEach((k, i) => k && out.push(i));
  return out;
}

/** Signed planar area of a projected ring in m² (shoelace). */
function ringAreaM2(projected: Position[]): number {
  let s = 0;
  for (let i = 0, j = projected.length - 1; i < projected.length; j = i++) {
    s += (projected[j][0] + projected[i][0]) * (projected[j][1] - projected[i][1]);
  }
  return Math.abs(s / 2);
}

function quantise(ring: Ring, decimals: number): Ring {
  const f = 10 ** decimals;
  const out: Ring = [];
  for (const [x, y] of ring) {
    const q: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out;
}

/** Simplifies one ring; the ring stays closed. Null if it collapses (fewer than 4 positions). */
export function simplifyRing(ring: Ring, project: (p: Position) => Position, opts: SimplifyOptions): Ring | null {
  if (ring.length < 4) return null;
  // Split the closed ring at its first and farthest vertex so DP keeps the ring's extent.
  const projected = ring.map(project);
  let far = 0;
  let farD = -1;
  for (let i = 1; i < projected.length - 1; i++) {
    const d = (projected[i][0] - projected[0][0]) ** 2 + (projected[i][1] - projected[0][1]) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const a = douglasPeucker(projected.slice(0, far + 1), opts.toleranceM);
  const b = douglasPeucker(projected.slice(far), opts.toleranceM).map((i) => i + far);
  const indices = [...a, ...b.slice(1)];
  const simplified = quantise(
    indices.map((i) => ring[i]),
    opts.decimals,
  );
  return simplified.length >= 4 ? simplified : null;
}

function polygons(geometry: AreaGeometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Simplified, quantised copy of a polygon geometry. Tiny islands and holes are dropped; the largest ring never is. */
export function simplifyGeometry(geometry: AreaGeometry, opts: SimplifyOptions = DEFAULT_SIMPLIFY): AreaGeometry {
  const polys = polygons(geometry);
  const lat0 = polys[0]?.[0]?.[0]?.[1] ?? 60;
  const project = projector(lat0);
  const areas = polys.map((p) => ringAreaM2(p[0].map(project)));
  const largest = areas.indexOf(Math.max(...areas));
  const out: PolygonCoords[] = [];
  polys.forEach((poly, pi) => {
    if (pi !== largest && areas[pi] < opts.minRingAreaM2) return;
    const outer = simplifyRing(poly[0], project, opts) ?? (pi === largest ? quantise(poly[0], opts.decimals) : null);
    if (!outer) return;
    const holes = poly
      .slice(1)
      .filter((h) => ringAreaM2(h.map(project)) >= opts.minRingAreaM2)
      .map((h) => simplifyRing(h, project, opts))
      .filter((h): h is Ring => h !== null);
    out.push([outer, ...holes]);
  });
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

/** Number of positions in a geometry (for tests and the benchmark). */
export function vertexCount(geometry: AreaGeometry): number {
  return polygons(geometry).reduce((sum, poly) => sum + poly.reduce((s, r) => s + r.length, 0), 0);
}
