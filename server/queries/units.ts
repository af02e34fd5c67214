import 'server-only';
import { z } from 'zod';
import { hasRelation, queryRows } from '../warehouse/reader';
import { addEqualityFilters } from './filters';

/**
 * ECE units (public_units, written by the planning step from the unit register or, where the register
 * is not open data, synthetic units labelled as such). Capacities are places, not children, so they
 * are not subject to the small-count rule.
 */

const num = z.coerce.number().nullable();

export const unitSchema = z.object({
  unit_id: z.string(),
  name_fi: z.string(),
  name_sv: z.string().nullable(),
  language: z.string().nullable(),
  provider: z.string(),
  lon: z.coerce.number(),
  lat: z.coerce.number(),
  postal_code: z.string().nullable(),
  municipality_code: z.string().nullable(),
  capacity_under3: num,
  capacity_3plus: num,
  floor_area_m2: num,
  opening_year: num,
  closing_year: num,
  preschool: z.boolean().nullable(),
  synthetic: z.boolean(),
  distance_km: num,
});
export type Unit = z.infer<typeof unitSchema>;

export const unitsAvailable = () => hasRelation('public_units');

export interface UnitFilter {
  municipalityCode?: string;
  postalCode?: string;
  /** Units within radiusKm of a point, nearest first. */
  near?: { lat: number; lon: number; radiusKm: number };
  /** Units open in this year (opening_year <= year < closing_year). */
  year?: number;
  limit?: number;
}

export async function fetchUnits(filter: UnitFilter): Promise<Unit[]> {
  if (!(await unitsAvailable())) return [];
  const where: string[] = ['lat IS NOT NULL', 'lon IS NOT NULL'];
  const params: Record<string, string | number> = { limit: filter.limit ?? 2000 };
  addEqualityFilters(where, params, { municipality_code: filter.municipalityCode, postal_code: filter.postalCode });
  if (filter.year !== undefined) {
    where.push('(opening_year IS NULL OR opening_year <= $y) AND (closing_year IS NULL OR closing_year > $y)');
    params.y = filter.year;
  }
  let distance = 'NULL::DOUBLE';
  if (filter.near) {
    // Haversine great-circle distance in km (no spatial extension offline).
    distance = `2 * 6371 * asin(sqrt(power(sin(radians(lat - $lat) / 2), 2)
      + cos(radians($lat)) * cos(radians(lat)) * power(sin(radians(lon - $lon) / 2), 2)))`;
    params.lat = filter.near.lat;
    params.lon = filter.near.lon;
    params.radius = filter.near.radiusKm;
  }
  const sql = `SELECT * FROM (
      SELECT unit_id::VARCHAR AS unit_id, name_fi, name_sv, language, provider, lon, lat, postal_code, municipality_code,
             capacity_under3, capacity_3plus, floor_area_m2, opening_year, closing_year, preschool,
             coalesce(synthetic, false) AS synthetic, ${distance} AS distance_km
      FROM public_units WHERE ${where.join(' AND ')}
    ) ${filter.near ? 'WHERE distance_km <= $radius ORDER BY distance_km' : 'ORDER BY name_fi'}
    LIMIT $limit`;
  return queryRows(sql, unitSchema, params);
}
