import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import type { MunicipalSeries } from '../core/panel';
import { toMunicipalSeries } from './municipal-series';

const rowSchema = z.object({
  municipality_code: z.string(),
  year: z.coerce.number().int(),
  value: z.coerce.number().min(0).max(100),
});

/** Degree of urbanisation (% of inhabitants in urban settlements) per municipality and year, StatFin key figures. */
const URBANISATION_SQL = `
  SELECT municipality_code, year, value FROM public_municipal_series
  WHERE variable = 'urbanisation_pct' AND NOT suppressed AND value IS NOT NULL
  ORDER BY municipality_code, year`;

export async function loadUrbanisation(connection: DuckDBConnection): Promise<MunicipalSeries> {
  return toMunicipalSeries(z.array(rowSchema).parse(await readRows(connection, URBANISATION_SQL)));
}
