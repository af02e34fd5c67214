import 'server-only';
import { z } from 'zod';
import { encodeGeometry } from '../../core/geo/codec';
import { boundsOf, centroidOf, type Point } from '../../core/geo/geometry';
import { simplifyGeometry, type AreaGeometry } from '../../core/geo/simplify';
import { warehouse } from '../warehouse/warehouse';

/**
 * Postal-area polygons for the map, simplified and quantised once per generation of the warehouse
 * (the files only change by an atomic swap, which starts a new generation).
 */
const geometryRowSchema = z.object({
  postal_code: z.string(),
  name_fi: z.string().nullable(),
  name_sv: z.string().nullable(),
  geojson: z.string(),
});

const polygonSchema = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  coordinates: z.array(z.unknown()),
});

const parseGeometry = (geojson: string): AreaGeometry | null => {
  const parsed = polygonSchema.safeParse(JSON.parse(geojson));
  return parsed.success ? (parsed.data as AreaGeometry) : null;
};

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: { postal_code: string; name_fi: string; name_sv: string | null };
  geometry: AreaGeometry;
}

export interface GeometryPayload {
  type: 'FeatureCollection';
  features: AreaFeature[];
  /** [[south, west], [north, east]] (Leaflet's order). */
  bounds: [[number, number], [number, number]] | null;
  /** Generation of the warehouse files: an ETag for the browser cache. */
  version: string;
}

/** Simplified polygons of a municipality's postal areas (empty when none are shipped). */
export function fetchGeometry(municipalityCode: string): Promise<GeometryPayload> {
  return warehouse.memo(`geometry:${municipalityCode}`, async () => {
    const rows = await warehouse.query(
      'SELECT postal_code, name_fi, name_sv, geojson FROM public_area_geometry WHERE municipality_code = $m ORDER BY postal_code',
      geometryRowSchema,
      { m: municipalityCode },
    );
    const features: AreaFeature[] = [];
    for (const r of rows) {
      const geometry = parseGeometry(r.geojson);
      if (!geometry) continue;
      features.push({
        type: 'Feature',
        id: r.postal_code,
        properties: { postal_code: r.postal_code, name_fi: r.name_fi ?? r.postal_code, name_sv: r.name_sv },
        geometry: simplifyGeometry(geometry),
      });
    }
    const box = boundsOf(features.map((f) => f.geometry));
    const bounds: GeometryPayload['bounds'] = box
      ? [
          [box.minLat, box.minLon],
          [box.maxLat, box.maxLon],
        ]
      : null;
    return { type: 'FeatureCollection', features, bounds, version: await warehouse.identity() };
  });
}

/** The JSON body for /api/geometry: `{ bounds, areas: [{ c: postal code, p: delta-encoded polygons }] }`. */
export function fetchEncodedGeometry(municipalityCode: string): Promise<{ version: string; json: string }> {
  return warehouse.memo(`geometry-encoded:${municipalityCode}`, async () => {
    const g = await fetchGeometry(municipalityCode);
    const json = JSON.stringify({
      bounds: g.bounds,
      areas: g.features.map((f) => ({ c: f.id, p: encodeGeometry(f.geometry) })),
    });
    return { version: g.version, json };
  });
}

/** Centroid of one postal area, or null when the area has no polygon. */
export function fetchCentroid(postalCode: string): Promise<Point | null> {
  return warehouse.memo(`centroid:${postalCode}`, async () => {
    const [row] = await warehouse.query(
      'SELECT postal_code, name_fi, name_sv, geojson FROM public_area_geometry WHERE postal_code = $p',
      geometryRowSchema,
      { p: postalCode },
    );
    const geometry = row ? parseGeometry(row.geojson) : null;
    return geometry ? centroidOf(geometry) : null;
  });
}
