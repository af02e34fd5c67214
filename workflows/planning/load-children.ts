import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { ChildYear, CountWithInterval } from '../../domain/planning/plan-types';
import { readRows } from '../../core/warehouse/with-warehouse';

/**
 * Children per postal area and year: observed counts (public_postal_population, 0-2 and 3-6) and the
 * forecasts of the active model from its latest origin per area (active_forecasts, 0-2, 3-6 and 6).
 * Suppressed counts stay null, so the plan never turns a withheld figure into a number.
 */
export interface AreaChildren {
  postalCode: string;
  municipalityCode: string;
  years: ChildYear[];
}

export interface ForecastBasis {
  modelVersion: string | null;
  origins: number[];
}

const num = z.union([z.number(), z.string().transform(Number)]);
const historySchema = z.object({
  postal_code: z.string(),
  municipality_code: z.string(),
  year: num,
  c02: num.nullable(),
  c36: num.nullable(),
});
const forecastSchema = z.object({
  postal_code: z.string(),
  municipality_code: z.string(),
  year: num,
  origin: num,
  age_group: z.enum(['0-2', '3-6', '6']),
  mean: num,
  lo80: num.nullable(),
  hi80: num.nullable(),
  model_version: z.string(),
});

const HISTORY_SQL = `
  SELECT postal_code, arg_max(municipality_code, year) OVER (PARTITION BY postal_code) AS municipality_code, year,
         max(persons) FILTER (age_group = '0-2' AND NOT suppressed) AS c02,
         max(persons) FILTER (age_group = '3-6' AND NOT suppressed) AS c36
  FROM public_postal_population
  WHERE age_group IN ('0-2', '3-6') AND municipality_code IS NOT NULL
  GROUP BY postal_code, municipality_code, year
  ORDER BY postal_code, year`;

// The active model (newest if several are marked active) and, per area, its latest forecast origin.
const FORECAST_SQL = `
  SELECT postal_code, municipality_code, year, origin, age_group, mean, lo80, hi80, model_version
  FROM active_forecasts
  WHERE age_group IN ('0-2', '3-6', '6')
  ORDER BY postal_code, year`;

const count = (mean: number | null): CountWithInterval | null =>
  mean === null ? null : { mean, lo80: null, hi80: null };

export async function loadChildren(
  connection: DuckDBConnection,
): Promise<{ areas: AreaChildren[]; basis: ForecastBasis }> {
  const areas = new Map<string, AreaChildren>();
  for (const r of z.array(historySchema).parse(await readRows(connection, HISTORY_SQL))) {
    const area = areas.get(r.postal_code) ?? {
      postalCode: r.postal_code,
      municipalityCode: r.municipality_code,
      years: [],
    };
    areas.set(r.postal_code, area);
    area.years.push({ year: r.year, isForecast: false, origin: null, c02: count(r.c02), c36: count(r.c36), c6: null });
  }
  const basis: ForecastBasis = { modelVersion: null, origins: [] };
  const forecasts = z.array(forecastSchema).parse(await readRows(connection, FORECAST_SQL));
  const byKey = new Map<string, ChildYear>();
  const origins = new Set<number>();
  for (const f of forecasts) {
    const area = areas.get(f.postal_code) ?? {
      postalCode: f.postal_code,
      municipalityCode: f.municipality_code,
      years: [],
    };
    areas.set(f.postal_code, area);
    // History wins where a forecast year has been observed since.
    if (area.years.some((y) => !y.isForecast && y.year === f.year)) continue;
    const key = `${f.postal_code}|${f.year}`;
    let row = byKey.get(key);
    if (!row) {
      row = { year: f.year, isForecast: true, origin: f.origin, c02: null, c36: null, c6: null };
      byKey.set(key, row);
      area.years.push(row);
    }
    const value = { mean: Math.max(0, f.mean), lo80: f.lo80 === null ? null : Math.max(0, f.lo80), hi80: f.hi80 };
    if (f.age_group === '0-2') row.c02 = value;
    else if (f.age_group === '3-6') row.c36 = value;
    else row.c6 = value;
    basis.modelVersion = f.model_version;
    origins.add(f.origin);
  }
  basis.origins = [...origins].sort((a, b) => a - b);
  for (const area of areas.values()) area.years.sort((a, b) => a.year - b.year);
  return { areas: [...areas.values()], basis };
}
