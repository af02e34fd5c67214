import 'server-only';
import { z } from 'zod';
import { discloseRow } from '../../domain/privacy/disclose-row';
import { queryRows } from '../warehouse/reader';
import { addEqualityFilters } from './filters';

/**
 * Forecasts of children by postal area (written by `npm run train` / `npm run forecast`). The dashboard
 * shows the active model of public_models (when none is marked active, the most recently written
 * forecasts) and, per area, its latest origin: areas whose statistics end earlier (Paavo's all-Finland
 * tables end in 2017, Helsinki's in 2021) are forecast from their own last year.
 */

export const forecastRunSchema = z.object({
  model_version: z.string(),
  model: z.string(),
  origin: z.coerce.number(),
});
export type ForecastRun = z.infer<typeof forecastRunSchema>;

export async function fetchForecastRun(): Promise<ForecastRun | null> {
  const rows = await queryRows(
    `WITH chosen AS (
       SELECT coalesce(
         (SELECT version FROM public_models WHERE status = 'active' ORDER BY created_at DESC LIMIT 1),
         (SELECT model_version FROM public_forecasts ORDER BY created_at DESC LIMIT 1)) AS version
     )
     SELECT f.model_version, any_value(f.model) AS model, max(f.origin) AS origin
     FROM public_forecasts f JOIN chosen c ON f.model_version = c.version
     GROUP BY f.model_version`,
    forecastRunSchema,
  );
  return rows[0] ?? null;
}

const nullableNumber = z.coerce.number().nullable();

const forecastRawSchema = z.object({
  postal_code: z.string(),
  municipality_code: z.string(),
  age_group: z.string(),
  year: z.coerce.number(),
  horizon: z.coerce.number(),
  origin: z.coerce.number(),
  mean: z.coerce.number(),
  lo80: nullableNumber,
  hi80: nullableNumber,
  lo95: nullableNumber,
  hi95: nullableNumber,
});

export interface ForecastFilter {
  postalCode?: string;
  municipalityCode?: string;
  ageGroup?: string;
  year?: number;
  limit?: number;
  offset?: number;
}

/** Forecast rows of a run after disclosure control (forecasts and bounds below 5 are withheld). */
export async function fetchForecasts(run: ForecastRun, filter: ForecastFilter = {}) {
  const where = ['model_version = $v'];
  const params: Record<string, string | number> = { v: run.model_version };
  addEqualityFilters(where, params, {
    postal_code: filter.postalCode,
    municipality_code: filter.municipalityCode,
    age_group: filter.ageGroup,
    year: filter.year,
  });
  params.limit = filter.limit ?? 100_000;
  params.offset = filter.offset ?? 0;
  const rows = await queryRows(
    `SELECT postal_code, municipality_code, age_group, year, horizon, origin, mean, lo80, hi80, lo95, hi95
     FROM public_forecasts WHERE ${where.join(' AND ')}
     QUALIFY origin = max(origin) OVER (PARTITION BY postal_code)
     ORDER BY postal_code, age_group, year
     LIMIT $limit OFFSET $offset`,
    forecastRawSchema,
    params,
  );
  return rows.map((r) => discloseRow(r, { counts: ['mean', 'lo80', 'hi80', 'lo95', 'hi95'] }));
}
export type ForecastRow = Awaited<ReturnType<typeof fetchForecasts>>[number];

export const explanationSchema = z.object({
  age_group: z.string(),
  year: z.coerce.number(),
  rank: z.coerce.number(),
  driver: z.string(),
  effect_pct: z.coerce.number(),
  text: z.string(),
});
export type Explanation = z.infer<typeof explanationSchema>;

/** The drivers of an area's forecast, in words, for the run and origin shown (top 3 per age group and year). */
export const fetchExplanations = (run: ForecastRun, origin: number, postalCode: string) =>
  queryRows(
    `SELECT age_group, year, rank, driver, effect_pct, text
     FROM public_forecast_explanations
     WHERE model_version = $v AND origin = $o AND postal_code = $p AND rank <= 3
     ORDER BY age_group, year, rank`,
    explanationSchema,
    { v: run.model_version, o: origin, p: postalCode },
  );
