import 'server-only';
import { z } from 'zod';
import { encodeGeometry } from '../../core/geo/codec';
import { bounds, centroid, simplifyGeometry, type AreaGeometry } from '../../core/geo/simplify';
import { queryRows, warehouseIdentity } from '../warehouse/reader';

/**
 * Postal-area polygons for the map, simplified and quantised once per warehouse file and kept in
 * memory (the file only changes by an atomic swap, which changes its identity).
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

export interface AreaFeature {
  type: 'Feature';
  id: string;
  properties: { postal_code: string; name_fi: string; name_sv: string | null };
  geometry: AreaGeometry;
}

export interface GeometryPayload {
  type: 'FeatureCollection';
  features: AreaFeature[];
  bounds: [[number, number], [number, number]] | null;
  /** Warehouse file identity: an ETag for the browser cache. */
  version: string;
}

/** The geometry as the API sends it (JSON text in the compact wire format of core/geo/codec.ts), once per file. */
export interface EncodedGeometry {
  version: string;
  json: string;
}

const cache = new Map<string, Promise<GeometryPayload>>();
const encoded = new Map<string, Promise<EncodedGeometry>>();
const centroids = new Map<string, Map<string, [number, number]>>();

async function build(municipalityCode: string, version: string): Promise<GeometryPayload> {
  const rows = await queryRows(
    'SELECT postal_code, name_fi, name_sv, geojson FROM public_area_geometry WHERE municipality_code = $m ORDER BY postal_code',
    geometryRowSchema,
    { m: municipalityCode },
  );
  const features: AreaFeature[] = [];
  for (const r of rows) {
    const parsed = polygonSchema.safeParse(JSON.parse(r.geojson));
    if (!parsed.success) continue;
    const geometry = simplifyGeometry(parsed.data as AreaGeometry);
    features.push({
      type: 'Feature',
      id: r.postal_code,
      properties: { postal_code: r.postal_code, name_fi: r.name_fi ?? r.postal_code, name_sv: r.name_sv },
      geometry,
    });
  }
  return { type: 'FeatureCollection', features, bounds: bounds(features.map((f) => f.geometry)), version };
}

/** Simplified polygons of a municipality's postal areas (empty when none are shipped). */
export async function fetchGeometry(municipalityCode: string): Promise<GeometryPayload> {
  const version = await warehouseIdentity();
  const key = `${version}|${municipalityCode}`;
  let hit = cache.get(key);
  if (!hit) {
    for (const k of cache.keys()) if (!k.startsWith(`${version}|`)) cache.delete(k);
    hit = build(municipalityCode, version);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

/** The JSON body for /api/geometry: `{ bounds, areas: [{ c: postal code, p: delta-encoded polygons }] }`. */
export async function fetchEncodedGeometry(municipalityCode: string): Promise<EncodedGeometry> {
  const version = await warehouseIdentity();
  const key = `${version}|${municipalityCode}`;
  let hit = encoded.get(key);
  if (!hit) {
    for (const k of encoded.keys()) if (!k.startsWith(`${version}|`)) encoded.delete(k);
    hit = fetchGeometry(municipalityCode).then((g) => {
      const json = JSON.stringify({
        bounds: g.bounds,
        areas: g.features.map((f) => ({ c: f.id, p: encodeGeometry(f.geometry) })),
      });
      return { version, json };
    });
    hit.catch(() => encoded.delete(key));
    encoded.set(key, hit);
  }
  return hit;
}

/** Centroid [lon, lat] of one postal area, or null when the area has no polygon. */
export async function fetchCentroid(postalCode: string): Promise<[number, number] | null> {
  const version = await warehouseIdentity();
  let perVersion = centroids.get(version);
  if (!perVersion) {
    centroids.clear();
    perVersion = new Map();
    centroids.set(version, perVersion);
  }
  const hit = perVersion.get(postalCode);
  if (hit) return hit;
  const rows = await queryRows(
    'SELECT postal_code, name_fi, name_sv, geojson FROM public_area_geometry WHERE postal_code = $p',
    geometryRowSchema,
    { p: postalCode },
  );
  if (!rows[0]) return null;
  const parsed = polygonSchema.safeParse(JSON.parse(rows[0].geojson));
  if (!parsed.success) return null;
  const c = centroid(parsed.data as AreaGeometry);
  perVersion.set(postalCode, c);
  return c;
}
