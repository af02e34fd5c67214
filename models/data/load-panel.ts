import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { panelOf, type Panel } from '../core/panel';
import { loadBirths } from './load-births';
import { loadUrbanisation } from './load-urbanisation';

const num = z.union([z.number(), z.string().transform(Number), z.null()]);
const rowSchema = z.object({
  postal_code: z.string().regex(/^\d{5}$/),
  municipality_code: z.string(),
  year: z.coerce.number().int(),
  c02: num,
  c36: num,
  total: num,
  adults: num,
  small_child_households: num,
  dwellings: num,
  median_income: num,
});

/**
 * Pivots the warehouse's published postal statistics into the forecasting panel. Suppressed values
 * stay null (the view carries them as NULL), so no model ever learns from a withheld zero.
 */
const PANEL_SQL = `
  SELECT postal_code, arg_max(municipality_code, year) OVER (PARTITION BY postal_code) AS municipality_code, year,
         max(value) FILTER (variable = 'he_0_2') AS c02,
         max(value) FILTER (variable = 'he_3_6') AS c36,
         max(value) FILTER (variable = 'he_vakiy') AS total,
         sum(value) FILTER (variable IN ('he_25_29', 'he_30_34', 'he_35_39')) AS adults,
         max(value) FILTER (variable = 'te_plap') AS small_child_households,
         max(value) FILTER (variable = 'ra_asunn') AS dwellings,
         max(value) FILTER (variable = 'hr_mtu') AS median_income
  FROM public_postal_observations
  WHERE variable IN ('he_0_2', 'he_3_6', 'he_vakiy', 'he_25_29', 'he_30_34', 'he_35_39', 'te_plap', 'ra_asunn', 'hr_mtu')
    AND municipality_code IS NOT NULL
  GROUP BY postal_code, municipality_code, year
  ORDER BY postal_code, year`;

export async function loadPanel(connection: DuckDBConnection): Promise<Panel> {
  const rows = z.array(rowSchema).parse(await readRows(connection, PANEL_SQL));
  const observations = rows
    .filter((r) => r.c02 !== null || r.c36 !== null || r.total !== null)
    .map((r) => ({
      areaId: r.postal_code,
      municipalityCode: r.municipality_code,
      year: r.year,
      row: {
        c02: r.c02,
        c36: r.c36,
        total: r.total,
        adults: r.adults,
        smallChildHouseholds: r.small_child_households,
        dwellings: r.dwellings,
        medianIncome: r.median_income,
      },
    }));
  return { ...panelOf(observations, await loadBirths(connection)), urbanisation: await loadUrbanisation(connection) };
}
