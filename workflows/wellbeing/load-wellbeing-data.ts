import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { indicatorsOf, variablesOf } from '../../domain/wellbeing/indicator-catalogue';
import type { PanelId } from '../../domain/wellbeing/indicator-schema';
import { buildSeriesPanel, type SeriesPanel } from '../../models/wellbeing/series-panel';

/**
 * The wellbeing wing's one data-access module to the warehouse: SQL in ./sql, rows parsed with zod.
 * It reads published values only (withheld values stay out; they are never 0).
 */
const sql = (name: string) => readFileSync(new URL(`./sql/${name}`, import.meta.url), 'utf8');

const seriesRowSchema = z.object({
  area: z.string(),
  indicator: z.string(),
  year: z.coerce.number().int(),
  value: z.coerce.number(),
});

export async function loadMunicipalPanel(connection: DuckDBConnection, panel: PanelId): Promise<SeriesPanel> {
  const variables = variablesOf(indicatorsOf(panel));
  const rows = z
    .array(seriesRowSchema)
    .parse(await readRows(connection, sql('municipal-series.sql'), { variables: variables.join(',') }));
  const population = z.array(seriesRowSchema).parse(await readRows(connection, sql('municipal-population.sql')));
  return buildSeriesPanel(rows, population);
}

export const municipalityRowSchema = z.object({
  code: z.string(),
  name_fi: z.string(),
  name_sv: z.string().nullable(),
  region_code: z.string().nullable(),
  region_name: z.string().nullable(),
});
export type MunicipalityRow = z.infer<typeof municipalityRowSchema>;

export async function loadMunicipalities(connection: DuckDBConnection): Promise<MunicipalityRow[]> {
  return z.array(municipalityRowSchema).parse(await readRows(connection, sql('municipalities.sql')));
}

const countRowSchema = z.object({
  area: z.string(),
  municipality: z.string().nullable(),
  year: z.coerce.number().int(),
  variable: z.string(),
  value: z.coerce.number().nullable(),
  suppressed: z.boolean(),
});
export type CountRow = z.infer<typeof countRowSchema>;

/** Paavo values of the postal factors plus the inhabitants (he_vakiy, or pt_vakiy where only that is published). */
export async function loadPostalCounts(connection: DuckDBConnection): Promise<CountRow[]> {
  const variables = [...variablesOf(indicatorsOf('postal-areas')), 'he_vakiy', 'pt_vakiy'];
  return z
    .array(countRowSchema)
    .parse(await readRows(connection, sql('postal-counts.sql'), { variables: variables.join(',') }));
}

const districtRowSchema = countRowSchema.omit({ municipality: true }).extend({ name: z.string() });
export type DistrictRow = z.infer<typeof districtRowSchema>;

export async function loadDistrictValues(connection: DuckDBConnection): Promise<DistrictRow[]> {
  const indicators = indicatorsOf('helsinki-districts');
  const params = { variables: variablesOf(indicators).join(','), year: indicators[0].years.to };
  return z.array(districtRowSchema).parse(await readRows(connection, sql('district-values.sql'), params));
}

const postalAreaSchema = z.object({
  area: z.string(),
  name_fi: z.string().nullable(),
  name_sv: z.string().nullable(),
  municipality_code: z.string().nullable(),
});
export type PostalAreaRow = z.infer<typeof postalAreaSchema>;

export async function loadPostalAreas(connection: DuckDBConnection): Promise<PostalAreaRow[]> {
  return z.array(postalAreaSchema).parse(await readRows(connection, sql('postal-areas.sql')));
}

/** The warehouse fingerprint (inputs + pipeline code): derived wellbeing tables record what they came from. */
export async function loadDataFingerprint(connection: DuckDBConnection): Promise<string> {
  const rows = z
    .array(z.object({ value: z.string() }))
    .parse(await readRows(connection, `SELECT value FROM meta WHERE key = 'fingerprint'`));
  return rows[0]?.value ?? 'unknown';
}
