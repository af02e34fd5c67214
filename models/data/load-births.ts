import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import type { BirthSeries } from '../core/panel';
import { toMunicipalSeries } from './municipal-series';

/** Whole Finland in StatFin's municipal tables; used where a municipality's own series is too thin. */
export const WHOLE_COUNTRY_BIRTHS = 'SSS';

const rowSchema = z.object({
  municipality_code: z.string(),
  year: z.coerce.number().int(),
  births: z.coerce.number().nonnegative(),
});

/**
 * Live births per municipality and year from StatFin: the 2000-2017 table where it has the year, the
 * 1987-2016 table by mother's age (its all-ages total) before that. Both count the same births under
 * the same (2017) municipality codes; where both have a year they agree.
 */
const BIRTHS_SQL = `
  SELECT municipality_code, year,
         coalesce(max(value) FILTER (variable = 'births'), max(value) FILTER (variable = 'births_mother_age_all')) AS births
  FROM public_municipal_series
  WHERE variable IN ('births', 'births_mother_age_all') AND NOT suppressed AND value IS NOT NULL
  GROUP BY municipality_code, year
  ORDER BY municipality_code, year`;

export async function loadBirths(connection: DuckDBConnection): Promise<BirthSeries> {
  const rows = z.array(rowSchema).parse(await readRows(connection, BIRTHS_SQL));
  return toMunicipalSeries(rows.map((r) => ({ ...r, value: r.births })));
}
