import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { panelOf, type Panel } from '../core/panel';
import { loadBirths } from './load-births';

const num = z.union([z.number(), z.string().transform(Number), z.null()]);
const rowSchema = z.object({
  area_code: z.string(),
  municipality_code: z.string(),
  year: z.coerce.number().int(),
  c02: num,
  c36: num,
  total: num,
  adults: num,
  six: num,
});

/**
 * Helsinki's sub-districts (osa-alue) 1991-2009 in single ages, as a forecasting panel of the same
 * shape as the postal one: the long series on which the cohort-component model's components and the
 * network's corrections are learned and validated (about fifteen origins at every horizon 1-5), before
 * they are applied to postal areas. Area ids are prefixed `osa-` so they never look like postal codes.
 */
const SUBAREA_SQL = `
  SELECT area_code, municipality_code, year,
         sum(value) FILTER (age IN ('0', '1', '2')) AS c02,
         sum(value) FILTER (age IN ('3', '4', '5', '6')) AS c36,
         max(value) FILTER (age = 'total') AS total,
         sum(value) FILTER (age IN ('25-29', '30-34', '35-39')) AS adults,
         max(value) FILTER (age = '6') AS six
  FROM public_subarea_series
  WHERE source = 'aluesarjat-single-age' AND area_level = 'osa-alue' AND sex = 'total' AND language = 'total'
    AND variable = 'population' AND NOT suppressed
  GROUP BY area_code, municipality_code, year
  ORDER BY area_code, year`;

export async function loadSubareaPanel(connection: DuckDBConnection): Promise<Panel> {
  const rows = z.array(rowSchema).parse(await readRows(connection, SUBAREA_SQL));
  const observations = rows
    .filter((r) => r.c02 !== null && r.c36 !== null)
    .map((r) => ({
      areaId: `osa-${r.area_code}`,
      municipalityCode: r.municipality_code,
      year: r.year,
      row: {
        c02: r.c02,
        c36: r.c36,
        total: r.total,
        adults: r.adults,
        smallChildHouseholds: null,
        dwellings: null,
        medianIncome: null,
        six: r.six,
      },
    }));
  return panelOf(observations, await loadBirths(connection));
}
