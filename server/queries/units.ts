import 'server-only';
import { z } from 'zod';
import { haversineKm } from '../../core/geo/geometry';
import { warehouse } from '../warehouse/warehouse';

/**
 * ECE units (public_units: the units register, or synthetic demo units labelled as such). Capacities are
 * places, not children, so they are not subject to the small-count rule. The register is small (hundreds
 * of units), so it is read once per generation of the warehouse and filtered here: a thousand different
 * "near" points cost no memory beyond the one list.
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
});
export type Unit = z.infer<typeof unitSchema> & { distance_km: number | null };

export const unitsAvailable = () => warehouse.hasRelation('public_units');

export interface UnitFilter {
  municipalityCode?: string;
  postalCode?: string;
  /** Units within radiusKm of a point, nearest first. */
  near?: { lat: number; lon: number; radiusKm: number };
  /** Units open in this year (opening_year <= year < closing_year). */
  year?: number;
  limit?: number;
}

const allUnits = () =>
  warehouse.memo('units:all', () =>
    warehouse.query(
      `SELECT unit_id::VARCHAR AS unit_id, name_fi, name_sv, language, provider, lon, lat, postal_code, municipality_code,
              capacity_under3, capacity_3plus, floor_area_m2, opening_year, closing_year, preschool,
              coalesce(synthetic, false) AS synthetic
       FROM public_units WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY name_fi, unit_id`,
      unitSchema,
    ),
  );

export async function fetchUnits(filter: UnitFilter): Promise<Unit[]> {
  if (!(await unitsAvailable())) return [];
  const { year, near } = filter;
  let units: Unit[] = (await allUnits())
    .filter((u) => filter.municipalityCode === undefined || u.municipality_code === filter.municipalityCode)
    .filter((u) => filter.postalCode === undefined || u.postal_code === filter.postalCode)
    .filter((u) => year === undefined || ((u.opening_year ?? -Infinity) <= year && (u.closing_year ?? Infinity) > year))
    .map((u) => ({ ...u, distance_km: near ? haversineKm(near, u) : null }));
  if (near)
    units = units.filter((u) => u.distance_km! <= near.radiusKm).sort((a, b) => a.distance_km! - b.distance_km!);
  return units.slice(0, filter.limit ?? 2000);
}
