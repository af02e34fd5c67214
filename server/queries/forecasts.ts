import 'server-only';
import { z } from 'zod';
import { smallCountThreshold } from '../../core/config/reference';
import { discloseRow } from '../../domain/privacy/disclose-row';
import { warehouse } from '../warehouse/warehouse';
import { addEqualityFilters, type SqlParams } from './filters';

/**
 * Forecasts of children by postal area: only the active model's own run (active_forecasts in the
 * derived store), per area from its latest origin - areas whose statistics end earlier are forecast
 * from their own last year. Analysts' experiment runs are never shown here.
 */
export const forecastRunSchema = z.object({
  model_version: z.string(),
  model: z.string(),
  origin: z.coerce.number(),
});
export type ForecastRun = z.infer<typeof forecastRunSchema>;

export async function fetchForecastRun(): Promise<ForecastRun | null> {
  if (!(await warehouse.hasRelation('active_forecasts'))) return null;
  const rows = await warehouse.query(
    `SELECT model_version, any_value(model) AS model, max(origin) AS origin FROM active_forecasts GROUP BY model_version`,
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

/** Forecast rows of the active run after disclosure control (forecasts and bounds below the threshold are withheld). */
export async function fetchForecasts(run: ForecastRun, filter: ForecastFilter = {}) {
  const where = ['model_version = $v'];
  const params: SqlParams = { v: run.model_version };
  addEqualityFilters(where, params, {
    postal_code: filter.postalCode,
    municipality_code: filter.municipalityCode,
    age_group: filter.ageGroup,
    year: filter.year,
  });
  params.limit = filter.limit ?? 100_000;
  params.offset = filter.offset ?? 0;
  const rows = await warehouse.query(
    `SELECT postal_code, municipality_code, age_group, year, horizon, origin, mean, lo80, hi80, lo95, hi95
     FROM active_forecasts WHERE ${where.join(' AND ')}
     ORDER BY postal_code, age_group, year
     LIMIT $limit OFFSET $offset`,
    forecastRawSchema,
    params,
  );
  const threshold = smallCountThreshold();
  return rows.map((r) => discloseRow(r, { counts: ['mean', 'lo80', 'hi80', 'lo95', 'hi95'], threshold }));
}
export type ForecastRow = Awaited<ReturnType<typeof fetchForecasts>>[number];

export const explanationSchema = z.object({
  age_group: z.string(),
  year: z.coerce.number(),
  rank: z.coerce.number(),
  driver: z.string(),
  effect_pct: z.coerce.number(),
});
export type Explanation = z.infer<typeof explanationSchema>;

/** The drivers of an area's forecast (ids and effects; pages render them in the reader's language). */
export const fetchExplanations = (run: ForecastRun, origin: number, postalCode: string) =>
  warehouse.query(
    `SELECT age_group, year, rank, driver, effect_pct
     FROM active_forecast_explanations
     WHERE model_version = $v AND origin = $o AND postal_code = $p AND rank <= 3
     ORDER BY age_group, year, rank`,
    explanationSchema,
    { v: run.model_version, o: origin, p: postalCode },
  );

const coverageSchema = z.object({
  age_group: z.string(),
  horizon: z.coerce.number(),
  coverage80: z.coerce.number(),
});

/**
 * The measured coverage of the active version's 80 % bands (its nested backtest) for a scope
 * (`helsinki` or `finland`), by age group and horizon: shown beside every band.
 */
export async function fetchBandCoverage(run: ForecastRun, scope: string) {
  const rows = await warehouse.query(
    `SELECT age_group, horizon, coverage80 FROM public_backtest
     WHERE version = $v AND model = $m AND scope = $s AND size_class = 'all' AND coverage80 IS NOT NULL
     ORDER BY age_group, horizon`,
    coverageSchema,
    { v: run.model_version, m: run.model, s: scope },
  );
  return rows;
}
