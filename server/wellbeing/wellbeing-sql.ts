import 'server-only';
import { z } from 'zod';
import { warehouse } from '../warehouse/warehouse';

/**
 * The wellbeing wing's one data-access module for the web: every query of the public_wellbeing_* views
 * (data/derived.duckdb) through the one reader, with bound parameters and zod-parsed rows. Nothing here
 * decides what may be shown: the callers apply disclosure control (server/wellbeing/disclose.ts).
 */
const num = z.coerce.number();
const numOrNull = z.coerce.number().nullable();
const text = z.string();
const textOrNull = z.string().nullable();

export async function wellbeingComputed(): Promise<string | null> {
  if (!(await warehouse.hasRelation('public_wellbeing_basis'))) return null;
  const [row] = await warehouse.query(
    'SELECT computed_at::VARCHAR AS at FROM public_wellbeing_basis',
    z.object({ at: text }),
  );
  return row?.at ?? null;
}

export const basisDetails = async () =>
  (await warehouse.query('SELECT details FROM public_wellbeing_basis', z.object({ details: text })))[0]?.details ??
  null;

export const areaRowSchema = z.object({
  geography: text,
  area: text,
  name_fi: text,
  name_sv: textOrNull,
  group_code: textOrNull,
  group_name: textOrNull,
  municipality_code: textOrNull,
});
export const queryAreas = (geography: string) =>
  warehouse.query('SELECT * FROM public_wellbeing_areas WHERE geography = $g ORDER BY area', areaRowSchema, {
    g: geography,
  });
export const queryArea = async (geography: string, area: string) =>
  (
    await warehouse.query('SELECT * FROM public_wellbeing_areas WHERE geography = $g AND area = $a', areaRowSchema, {
      g: geography,
      a: area,
    })
  )[0] ?? null;

export const indexRowSchema = z.object({
  area: text,
  year: num,
  index_value: num,
  factors: num,
  population: numOrNull,
});
export const queryIndex = (geography: string, filter: { area?: string; year?: number; group?: string } = {}) =>
  warehouse.query(
    `SELECT i.area, i.year, i.index_value, i.factors, i.population FROM public_wellbeing_index i
     LEFT JOIN public_wellbeing_areas a ON a.geography = i.geography AND a.area = i.area
     WHERE i.geography = $g AND ($area::VARCHAR IS NULL OR i.area = $area) AND ($year::INTEGER IS NULL OR i.year = $year)
       AND ($group::VARCHAR IS NULL OR a.group_code = $group)
     ORDER BY i.area, i.year`,
    indexRowSchema,
    { g: geography, area: filter.area ?? null, year: filter.year ?? null, group: filter.group ?? null },
  );

export const queryIndexYears = async (geography: string) =>
  (
    await warehouse.query(
      'SELECT DISTINCT year FROM public_wellbeing_index WHERE geography = $g ORDER BY year',
      z.object({ year: num }),
      { g: geography },
    )
  ).map((r) => r.year);

export const groupRowSchema = z.object({
  group_kind: text,
  group_code: text,
  year: num,
  index_value: num,
  contributions: text,
});
export const queryGroups = (geography: string, codes: string[]) =>
  warehouse.query(
    `SELECT group_kind, group_code, year, index_value, contributions FROM public_wellbeing_index_groups
     WHERE geography = $g AND list_contains(string_split($codes, ','), group_code) ORDER BY year`,
    groupRowSchema,
    { g: geography, codes: codes.join(',') },
  );

export const contributionRowSchema = z.object({ indicator: text, value: num, z: num, contribution: num });
export const queryContributions = (geography: string, area: string, year: number) =>
  warehouse.query(
    `SELECT indicator, value, z, contribution FROM public_wellbeing_index_contributions
     WHERE geography = $g AND area = $a AND year = $y ORDER BY indicator`,
    contributionRowSchema,
    { g: geography, a: area, y: year },
  );

export const valueRowSchema = z.object({
  area: text,
  year: num,
  indicator: text,
  value: numOrNull,
  status: text,
  count_basis: numOrNull,
  population: numOrNull,
});
export type ValueRow = z.infer<typeof valueRowSchema>;
export const queryValues = (geography: string, areas: string[], indicators?: string[]) =>
  warehouse.query(
    `SELECT area, year, indicator, value, status, count_basis, population FROM public_wellbeing_values
     WHERE geography = $g AND list_contains(string_split($areas, ','), area)
       AND ($indicators::VARCHAR IS NULL OR list_contains(string_split($indicators, ','), indicator))
     ORDER BY area, indicator, year`,
    valueRowSchema,
    { g: geography, areas: areas.join(','), indicators: indicators?.join(',') ?? null },
  );

export const populationRowSchema = z.object({ area: text, year: num, population: num });
/** Each area's latest population (of the geography), for tiles and headings. */
export const queryLatestPopulation = (geography: string) =>
  warehouse.query(
    `SELECT area, max(year) AS year, arg_max(population, year) AS population FROM wellbeing_population
     WHERE geography = $g GROUP BY area`,
    populationRowSchema,
    { g: geography },
  );

export const forecastRowSchema = z.object({
  indicator: text,
  municipality_code: text,
  origin: num,
  horizon: num,
  year: num,
  mean: num,
  lo80: num,
  hi80: num,
  model: text,
});
export const queryForecasts = (filter: { indicator?: string; municipality?: string; horizon?: number }) =>
  warehouse.query(
    `SELECT indicator, municipality_code, origin, horizon, year, mean, lo80, hi80, model FROM public_wellbeing_forecasts
     WHERE ($i::VARCHAR IS NULL OR indicator = $i) AND ($m::VARCHAR IS NULL OR municipality_code = $m)
       AND ($h::INTEGER IS NULL OR horizon = $h)
     ORDER BY indicator, municipality_code, horizon`,
    forecastRowSchema,
    { i: filter.indicator ?? null, m: filter.municipality ?? null, h: filter.horizon ?? null },
  );

export const queryOrigins = () =>
  warehouse.query(
    'SELECT indicator, max(origin) AS origin FROM public_wellbeing_forecasts GROUP BY indicator ORDER BY indicator',
    z.object({ indicator: text, origin: num }),
  );

export const explanationRowSchema = z.object({
  indicator: text,
  factor: text,
  value: num,
  effect: num,
  direction: text,
  rank: num,
});
export const queryExplanations = (area: string) =>
  warehouse.query(
    'SELECT indicator, factor, value, effect, direction, rank FROM public_wellbeing_explanations WHERE area = $a ORDER BY indicator, rank',
    explanationRowSchema,
    { a: area },
  );

export const associationRowSchema = z.object({
  indicator: text,
  factor: text,
  per_unit: num,
  per_sd: num,
  sd: num,
  mean: num,
  r2: num,
});
export const queryAssociations = () =>
  warehouse.query(
    'SELECT indicator, factor, per_unit, per_sd, sd, mean, r2 FROM public_wellbeing_associations ORDER BY indicator, factor',
    associationRowSchema,
  );

export const backtestRowSchema = z.object({
  indicator: text,
  horizon: num,
  model: text,
  n: num,
  origins: num,
  mae: num,
  skill_vs_naive: numOrNull,
  skill_vs_ridge: numOrNull,
  coverage80: numOrNull,
  chosen: textOrNull,
});
export const queryBacktest = () =>
  warehouse.query(
    `SELECT * FROM public_wellbeing_backtest
     ORDER BY indicator, horizon, CASE model WHEN 'naive' THEN 0 WHEN 'ridge' THEN 1 WHEN 'tfjs' THEN 2 ELSE 3 END`,
    backtestRowSchema,
  );

export const indicatorRowSchema = z.object({
  id: text,
  observed_from: numOrNull,
  observed_to: numOrNull,
  observed_areas: numOrNull,
});
export const queryObservedYears = () =>
  warehouse.query(
    'SELECT id, observed_from, observed_to, observed_areas FROM public_wellbeing_indicators',
    indicatorRowSchema,
  );

export const districtRowSchema = z.object({
  area: text,
  indicator: text,
  observed: num,
  expected: num,
  baseline: num,
  clients: numOrNull,
});
export const queryDistricts = () =>
  warehouse.query('SELECT * FROM public_wellbeing_districts ORDER BY area', districtRowSchema);

export const queryAttributions = (sources: string[]) =>
  warehouse.query(
    `SELECT DISTINCT source, attribution FROM public_lineage WHERE list_contains(string_split($s, ','), source) ORDER BY source`,
    z.object({ source: text, attribution: text }),
    { s: sources.join(',') },
  );
