import 'server-only';
import { z } from 'zod';
import { smallCountThreshold } from '../../core/config/reference';
import { discloseRow } from '../../domain/privacy/disclose-row';
import { warehouse } from '../warehouse/warehouse';
import { addEqualityFilters, type SqlParams } from './filters';

/** Postal areas, municipalities and the population history of an area (Paavo). */

const nullableNumber = z.coerce.number().nullable();

export const municipalitySchema = z.object({
  municipality_code: z.string(),
  municipality_name: z.string(),
  areas: z.coerce.number(),
  with_geometry: z.coerce.number(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** Municipalities that have postal areas; those with boundaries (drawable on the map) first. */
export const fetchMunicipalities = () =>
  warehouse.query(
    `SELECT municipality_code, coalesce(municipality_name, municipality_code) AS municipality_name,
            count(*) AS areas, sum(has_geometry::INTEGER) AS with_geometry
     FROM public_areas
     WHERE municipality_code IS NOT NULL
     GROUP BY ALL
     ORDER BY with_geometry > 0 DESC, municipality_name`,
    municipalitySchema,
  );

export const areaSchema = z.object({
  postal_code: z.string(),
  name_fi: z.string(),
  name_sv: z.string().nullable(),
  municipality_code: z.string().nullable(),
  municipality_name: z.string().nullable(),
  first_year: nullableNumber,
  last_year: nullableNumber,
  has_geometry: z.boolean(),
});
export type Area = z.infer<typeof areaSchema>;

const AREA_COLUMNS = `postal_code, coalesce(name_fi, postal_code) AS name_fi, name_sv, municipality_code, municipality_name,
  first_year, last_year, has_geometry`;

export const fetchAreas = (municipalityCode: string) =>
  warehouse.query(
    `SELECT ${AREA_COLUMNS} FROM public_areas WHERE municipality_code = $m ORDER BY postal_code`,
    areaSchema,
    {
      m: municipalityCode,
    },
  );

export async function fetchArea(postalCode: string): Promise<Area | null> {
  const rows = await warehouse.query(`SELECT ${AREA_COLUMNS} FROM public_areas WHERE postal_code = $p`, areaSchema, {
    p: postalCode,
  });
  return rows[0] ?? null;
}

export async function municipalityExists(code: string): Promise<boolean> {
  const rows = await warehouse.query(
    'SELECT count(*) AS n FROM public_areas WHERE municipality_code = $m',
    z.object({ n: z.coerce.number() }),
    { m: code },
  );
  return (rows[0]?.n ?? 0) > 0;
}

const populationRawSchema = z.object({
  postal_code: z.string(),
  year: z.coerce.number(),
  age_group: z.string(),
  persons: nullableNumber,
  suppressed: z.boolean(),
});

export type PopulationRow = z.infer<typeof populationRawSchema> & { small: boolean };

/**
 * Population by age group (child groups and the total) after disclosure control: suppressed figures
 * and counts below the threshold are null with a flag.
 */
export async function fetchPopulation(filter: { postalCode?: string; municipalityCode?: string; ageGroups: string[] }) {
  const where: string[] = ["list_contains(string_split($groups, ','), age_group)"];
  const params: SqlParams = { groups: filter.ageGroups.join(',') };
  addEqualityFilters(where, params, { postal_code: filter.postalCode, municipality_code: filter.municipalityCode });
  const rows = await warehouse.query(
    `SELECT postal_code, year, age_group, persons, suppressed
     FROM public_postal_population
     WHERE ${where.join(' AND ')}
     ORDER BY postal_code, age_group, year`,
    populationRawSchema,
    params,
  );
  const threshold = smallCountThreshold();
  return rows.map((r) => {
    const d = discloseRow(r, { counts: ['persons'], suppressed: r.suppressed, threshold });
    return {
      postal_code: d.postal_code,
      year: d.year,
      age_group: d.age_group,
      persons: d.persons,
      suppressed: d.suppressed,
      small: d.small,
    };
  });
}
