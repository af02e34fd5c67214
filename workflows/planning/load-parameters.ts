import { today } from '../../core/config/reference';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { estimateChildYield, type AreaGrowth } from '../../domain/planning/housing-yield';
import type { MunicipalParameters } from '../../domain/planning/plan-types';
import { deriveRates } from '../../domain/planning/participation';
import { readRows } from '../../core/warehouse/with-warehouse';

/**
 * Participation rates and child yields per municipality, from the warehouse:
 * - ECE children by single age 0-5 and all ages (StatFin 14jt, public_municipal_series, latest year);
 * - population 0-2 and 3-6 in the rate year (observed, else forecast, else the latest observed year; see below);
 * - dwellings and children of the first and latest Paavo year per area, for the housing yield.
 * Municipalities whose rates cannot be derived use the national ones ('SSS'), computed the same way.
 */
const num = z.union([z.number(), z.string().transform(Number)]);
const eceSchema = z.object({ municipality_code: z.string(), year: num, variable: z.string(), value: num.nullable() });
const popSchema = z.object({
  municipality_code: z.string(),
  p02: num.nullable(),
  p36: num.nullable(),
  denominator: z.enum(['observed', 'forecast', 'earlier-year']),
});
const growthSchema = z.object({
  municipality_code: z.string(),
  d0: num,
  d1: num,
  a0: num,
  a1: num,
  b0: num,
  b1: num,
});

const ECE_SQL = `
  SELECT municipality_code, year, variable, value FROM public_municipal_series
  WHERE (variable LIKE 'ece_children_age_%' OR variable = 'ece_children_total') AND municipality_code IS NOT NULL
  QUALIFY year = max(year) OVER ()`;

/**
 * Children 0-2 and 3-6 per municipality in the rate year: per postal area the count observed in that year,
 * else the active model's forecast for it (latest origin), else the latest observed count. Suppressed areas
 * are left out (slightly overstating rates in municipalities with many tiny areas).
 */
const POPULATION_SQL = `
  WITH obs AS (
    SELECT postal_code, arg_max(municipality_code, year) OVER (PARTITION BY postal_code) AS municipality_code, year,
           max(persons) FILTER (age_group = '0-2') AS c02, max(persons) FILTER (age_group = '3-6') AS c36
    FROM public_postal_population
    WHERE age_group IN ('0-2', '3-6') AND NOT suppressed AND municipality_code IS NOT NULL AND year <= $y
    GROUP BY postal_code, municipality_code, year
    HAVING c02 IS NOT NULL AND c36 IS NOT NULL
  ), latest AS (
    -- The municipality's latest year: codes that vanished earlier were merged into codes counted then.
    SELECT * FROM obs QUALIFY year = max(year) OVER (PARTITION BY municipality_code)
  ), fc AS (
    SELECT postal_code, max(mean) FILTER (age_group = '0-2') AS c02, max(mean) FILTER (age_group = '3-6') AS c36
    FROM active_forecasts WHERE year = $y
    GROUP BY postal_code HAVING c02 IS NOT NULL AND c36 IS NOT NULL
  )
  SELECT l.municipality_code,
         sum(CASE WHEN l.year = $y OR f.postal_code IS NULL THEN l.c02 ELSE f.c02 END) AS p02,
         sum(CASE WHEN l.year = $y OR f.postal_code IS NULL THEN l.c36 ELSE f.c36 END) AS p36,
         CASE WHEN bool_and(l.year = $y) THEN 'observed'
              WHEN bool_and(l.year = $y OR f.postal_code IS NOT NULL) THEN 'forecast' ELSE 'earlier-year' END AS denominator
  FROM latest l LEFT JOIN fc f USING (postal_code)
  GROUP BY l.municipality_code`;

const GROWTH_SQL = `
  WITH v AS (
    SELECT postal_code, municipality_code, year,
           max(value) FILTER (variable = 'ra_asunn') AS d, max(value) FILTER (variable = 'he_0_2') AS a,
           max(value) FILTER (variable = 'he_3_6') AS b
    FROM public_postal_observations WHERE variable IN ('ra_asunn', 'he_0_2', 'he_3_6') AND municipality_code IS NOT NULL
    GROUP BY ALL HAVING d IS NOT NULL AND a IS NOT NULL AND b IS NOT NULL)
  SELECT arg_max(municipality_code, year) AS municipality_code,
         arg_min(d, year) AS d0, arg_max(d, year) AS d1, arg_min(a, year) AS a0, arg_max(a, year) AS a1,
         arg_min(b, year) AS b0, arg_max(b, year) AS b1
  FROM v GROUP BY postal_code HAVING count(*) >= 2`;

const MIN_DENOMINATOR = 120;

export async function loadParameters(connection: DuckDBConnection): Promise<Map<string, MunicipalParameters>> {
  const ece = z.array(eceSchema).parse(await readRows(connection, ECE_SQL));
  const rateYear = ece[0]?.year ?? Number(today().slice(0, 4));
  const pops = z.array(popSchema).parse(await readRows(connection, POPULATION_SQL, { y: rateYear }));
  const growth = z.array(growthSchema).parse(await readRows(connection, GROWTH_SQL));

  const counts = new Map<string, { byAge: number[]; total: number | null }>();
  for (const r of ece) {
    const c = counts.get(r.municipality_code) ?? { byAge: [NaN, NaN, NaN, NaN, NaN, NaN], total: null };
    counts.set(r.municipality_code, c);
    if (r.variable === 'ece_children_total') c.total = r.value;
    else c.byAge[Number(r.variable.slice('ece_children_age_'.length))] = r.value ?? NaN;
  }
  const growthByMunicipality = new Map<string, AreaGrowth[]>();
  for (const g of growth) {
    const list = growthByMunicipality.get(g.municipality_code) ?? [];
    growthByMunicipality.set(g.municipality_code, list);
    list.push({
      dwellingsStart: g.d0,
      dwellingsEnd: g.d1,
      children02Start: g.a0,
      children02End: g.a1,
      children36Start: g.b0,
      children36End: g.b1,
    });
  }
  const nationalYield = estimateChildYield([...growthByMunicipality.values()].flat());

  // National rates: 14jt whole-country counts over the sum of the municipal denominators (its all-ages total
  // is only published by municipality, so the national total is their sum).
  const national = counts.get('SSS');
  const sumOf = (f: (p: z.infer<typeof popSchema>) => number | null) => pops.reduce((s, p) => s + (f(p) ?? 0), 0);
  const municipalTotals = [...counts].filter(([code]) => code !== 'SSS').reduce((s, [, c]) => s + (c.total ?? 0), 0);
  const nationalRates = national
    ? deriveRates({
        eceByAge: national.byAge,
        eceTotal: municipalTotals || null,
        population02: sumOf((p) => p.p02),
        population36: sumOf((p) => p.p36),
      })
    : null;
  if (!nationalRates)
    throw new Error(
      'cannot derive national ECE participation: public_municipal_series has no ece_children_age_* rows for SSS',
    );

  const out = new Map<string, MunicipalParameters>();
  const nationalDenominator = pops.every((p) => p.denominator === 'observed')
    ? 'observed'
    : pops.every((p) => p.denominator !== 'earlier-year')
      ? 'forecast'
      : 'earlier-year';
  out.set('SSS', {
    municipalityCode: 'SSS',
    rates: nationalRates,
    rateYear,
    rateSource: 'derived',
    denominator: nationalDenominator,
    childYield: nationalYield,
  });
  for (const p of pops) {
    const c = counts.get(p.municipality_code);
    // Below about 30 children per single age a rate is noise (and 14jt rounds small counts): use the national one.
    const own =
      c &&
      c.byAge.every((n) => Number.isFinite(n)) &&
      (p.p02 ?? 0) >= MIN_DENOMINATOR &&
      (p.p36 ?? 0) >= MIN_DENOMINATOR
        ? deriveRates({ eceByAge: c.byAge, eceTotal: c.total, population02: p.p02 ?? 0, population36: p.p36 ?? 0 })
        : null;
    const areas = growthByMunicipality.get(p.municipality_code) ?? [];
    const ownYield = estimateChildYield(areas);
    out.set(p.municipality_code, {
      municipalityCode: p.municipality_code,
      rates: own ?? nationalRates,
      rateYear,
      rateSource: own ? 'derived' : 'national',
      denominator: own ? p.denominator : nationalDenominator,
      childYield: ownYield.method === 'growth-regression' ? ownYield : nationalYield,
    });
  }
  return out;
}
