import type { Forecaster, PointForecast } from '../core/forecast-row';
import { municipalPanel } from '../core/municipal-panel';
import type { AreaSeries, Panel } from '../core/panel';
import { cohortAt, ownMigration, shrink, type RateEstimate } from './migration';
import {
  DEFAULT_BIRTH_PARAMETERS,
  municipalBirths,
  type BirthParameters,
  type MunicipalBirths,
} from './municipal-births';

/**
 * The cohort-component core. Children age one year at a time; births come from the municipality
 * (published births, then births per adult aged 25-39 times the adults, see municipal-births.ts);
 * each postal area keeps its share of its municipality's births (its 0-2-year-olds per municipal
 * birth of the last three years); children aged 2-6 move in and out at the area's net-migration
 * rate, shrunk towards its municipality's, which is shrunk towards the country's. Every learned model
 * corrects this anchor, and it is a baseline in its own right.
 *
 * The parameters were chosen on Helsinki's sub-districts 1991-2009 (sixteen origins, horizons 1-5,
 * `npm run bench:forecast` prints the comparison), not on the postal backtest: there a drift of an
 * area's birth share and a fading of its own migration rate both made forecasts worse, so neither is
 * used.
 */
export interface CohortParameters extends BirthParameters {
  /** Years of transitions the migration rate is estimated over. */
  migrationYears: number;
  /** Children at which an area's own migration evidence gets half the weight. */
  shrinkMigration: number;
  /** Children at which a municipality's own migration evidence gets half the weight (the rest: national). */
  shrinkMunicipalMigration: number;
}

export const DEFAULT_COHORT_PARAMETERS: CohortParameters = {
  ...DEFAULT_BIRTH_PARAMETERS,
  migrationYears: 4,
  shrinkMigration: 300,
  shrinkMunicipalMigration: 200,
};

const births3 = (b: MunicipalBirths, year: number) => b.at(year) + b.at(year - 1) + b.at(year - 2);

/** An area's annual net-migration rate of children aged 2-6 (log). */
type AreaRate = number;

/**
 * Statistics Finland's grouping by degree of urbanisation (its statistical grouping of municipalities
 * also weighs the largest settlement's size, which the data lacks): urban >= 90 %, semi-urban >= 60 %.
 */
export function areaTypeOf(urbanisation: number | undefined): 'urban' | 'semi-urban' | 'rural' | null {
  if (urbanisation === undefined) return null;
  return urbanisation >= 90 ? 'urban' : urbanisation >= 60 ? 'semi-urban' : 'rural';
}

const latestUpTo = (byYear: ReadonlyMap<number, number> | undefined, origin: number) => {
  const years = [...(byYear?.keys() ?? [])].filter((y) => y <= origin);
  return years.length ? byYear!.get(Math.max(...years)) : undefined;
};

/** Migration rates shrunk area -> municipality -> type of area (urban, semi-urban, rural) -> country. */
function ratesFor(panel: Panel, origin: number, p: CohortParameters, birthsOf: Map<string, MunicipalBirths>) {
  const municipal = new Map<string, RateEstimate>();
  // Per type of area: exposure-weighted sum of its municipalities' rates, and their exposure.
  const byType = new Map<string, { weighted: number; exposure: number }>();
  let weighted = 0;
  let exposure = 0;
  const typeOf = (code: string) => areaTypeOf(latestUpTo(panel.urbanisation?.get(code), origin));
  for (const m of municipalPanel(panel).areas) {
    const b = birthsOf.get(m.municipalityCode);
    if (!b) continue;
    const estimate = ownMigration(m, b, origin, p.migrationYears);
    municipal.set(m.municipalityCode, estimate);
    weighted += estimate.log * estimate.exposure;
    exposure += estimate.exposure;
    const type = typeOf(m.municipalityCode);
    if (!type) continue;
    const t = byType.get(type) ?? { weighted: 0, exposure: 0 };
    t.weighted += estimate.log * estimate.exposure;
    t.exposure += estimate.exposure;
    byType.set(type, t);
  }
  const national = exposure > 0 ? weighted / exposure : 0;
  const parentOf = (code: string) => {
    const t = byType.get(typeOf(code) ?? '');
    return t && t.exposure > 0
      ? shrink({ log: t.weighted / t.exposure, exposure: t.exposure }, national, p.shrinkMunicipalMigration)
      : national;
  };
  return (area: AreaSeries, b: MunicipalBirths): AreaRate => {
    const m = municipal.get(area.municipalityCode);
    const parent = m
      ? shrink(m, parentOf(area.municipalityCode), p.shrinkMunicipalMigration)
      : parentOf(area.municipalityCode);
    return shrink(ownMigration(area, b, origin, p.migrationYears), parent, p.shrinkMigration);
  };
}

export interface Projection {
  c02: number[];
  c36: number[];
  /** Six-year-olds (the oldest cohort of 3-6), index h - 1. */
  six: number[];
}

/** One area's forecasts for horizons 1..maxH, from its cohorts at the origin. */
export function projectArea(
  area: AreaSeries,
  origin: number,
  maxH: number,
  b: MunicipalBirths,
  migration: AreaRate,
): Projection | null {
  const now = area.byYear.get(origin);
  if (!now || now.c02 === null || now.c36 === null) return null;
  const b3 = births3(b, origin);
  const share = b3 > 0 ? now.c02 / b3 : 0;
  const c02At = (year: number) => (year === origin ? now.c02! : share * births3(b, year));
  const moved = (from: number, to: number) => Math.exp(migration * (to - from));
  const cohortIn = (c: number, year: number) =>
    c + 2 >= origin
      ? // Still 0-2 at the origin (or born later): its size at age 2, then migration from there.
        c02At(c + 2) * (b.at(c) / Math.max(births3(b, c + 2), 1e-9)) * moved(c + 2, year)
      : (cohortAt(now, b, origin, c) ?? 0) * moved(origin, year);
  const out: Projection = { c02: [], c36: [], six: [] };
  for (let h = 1; h <= maxH; h++) {
    const year = origin + h;
    out.c02.push(Math.max(0, c02At(year)));
    let sum = 0;
    for (let c = year - 6; c <= year - 3; c++) sum += cohortIn(c, year);
    out.c36.push(Math.max(0, sum));
    out.six.push(Math.max(0, cohortIn(year - 6, year)));
  }
  return out;
}

/**
 * What moves an area's cohort-component forecast, as three successive steps from today's count:
 * children ageing (births held at the origin's level, nobody moving), then the births forecast, then
 * net migration. Each is the forecast with that part switched on divided by the one before it.
 */
export interface CohortParts {
  municipalityCode: string;
  ageing: Projection;
  births: Projection;
  full: Projection;
}

/**
 * Share of six-year-olds within 3-6 at origin + h, from the cohorts without migration (measured on
 * Helsinki's sub-districts, the migration estimate only adds noise to the split); null without children.
 */
export function sixYearShare(parts: CohortParts, h: number): number | null {
  const c36 = parts.births.c36[h - 1];
  return c36 > 0 ? parts.births.six[h - 1] / c36 : null;
}

const heldAt = (b: MunicipalBirths, origin: number): MunicipalBirths => ({ at: (y) => b.at(Math.min(y, origin)) });

/** Every area's projection at the origin, with the parts that explain it. */
export function projectCohorts(
  panel: Panel,
  origin: number,
  maxH: number,
  p: CohortParameters = DEFAULT_COHORT_PARAMETERS,
): Map<string, CohortParts> {
  const birthsOf = municipalBirths(panel, origin, p);
  const rateOf = ratesFor(panel, origin, p, birthsOf);
  const out = new Map<string, CohortParts>();
  for (const area of panel.areas) {
    const b = birthsOf.get(area.municipalityCode);
    if (!b) continue;
    const full = projectArea(area, origin, maxH, b, rateOf(area, b));
    if (!full) continue;
    out.set(area.postalCode, {
      municipalityCode: area.municipalityCode,
      ageing: projectArea(area, origin, maxH, heldAt(b, origin), 0)!,
      births: projectArea(area, origin, maxH, b, 0)!,
      full,
    });
  }
  return out;
}

export function cohortComponent(
  p: CohortParameters = DEFAULT_COHORT_PARAMETERS,
  name = 'cohort-component',
): Forecaster {
  return {
    name,
    async forecast(panel: Panel, origin: number, horizons: readonly number[]): Promise<PointForecast[]> {
      const out: PointForecast[] = [];
      for (const [postalCode, { municipalityCode, full }] of projectCohorts(panel, origin, Math.max(...horizons), p)) {
        for (const h of horizons) {
          const base = { postalCode, municipalityCode, origin, horizon: h };
          out.push({ ...base, ageGroup: '0-2', mean: full.c02[h - 1] });
          out.push({ ...base, ageGroup: '3-6', mean: full.c36[h - 1] });
        }
      }
      return out;
    },
  };
}
