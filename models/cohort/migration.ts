import type { AreaSeries, AreaYear } from '../core/panel';
import type { MunicipalBirths } from './municipal-births';

/**
 * Net migration of children aged 2-6 (mortality at these ages is negligible and included): how many of
 * an area's children one year older are there a year later, per child that pure ageing would leave.
 * Estimated from the area's own recent transitions and shrunk towards its parent (area -> municipality
 * -> all of the country): an area with few children mostly follows its municipality.
 */
export interface RateEstimate {
  /** Annual log rate. */
  log: number;
  /** Children the estimate rests on (the weight of the area's own evidence). */
  exposure: number;
}

/** A cohort's size in year `s`, split from its age group by the municipality's births (born in `c`). */
export function cohortAt(row: AreaYear, births: MunicipalBirths, s: number, c: number): number | null {
  const age = s - c;
  if (age < 0 || age > 6) return null;
  const years = age <= 2 ? [s, s - 1, s - 2] : [s - 3, s - 4, s - 5, s - 6];
  const group = age <= 2 ? row.c02 : row.c36;
  if (group === null) return null;
  const total = years.reduce((sum, y) => sum + births.at(y), 0);
  return total > 0 ? (group * births.at(c)) / total : group / years.length;
}

/** Pure-ageing prediction of the 3-6 group in year t from year s (t - s <= 3 years). */
export function ageingPrediction(from: AreaYear, births: MunicipalBirths, s: number, t: number): number | null {
  let sum = 0;
  for (let c = t - 6; c <= t - 3; c++) {
    const n = cohortAt(from, births, s, c);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

/** The area's own migration rate over its transitions in the last `years` years up to the origin. */
export function ownMigration(area: AreaSeries, births: MunicipalBirths, origin: number, years: number): RateEstimate {
  const observed = [...area.byYear]
    .filter(([y, r]) => y <= origin && y >= origin - years && r.c02 !== null && r.c36 !== null)
    .sort((a, b) => a[0] - b[0]);
  let weighted = 0;
  let exposure = 0;
  for (let i = 1; i < observed.length; i++) {
    const [s, from] = observed[i - 1];
    const [t, to] = observed[i];
    if (t - s > 3) continue;
    const predicted = ageingPrediction(from, births, s, t);
    if (predicted === null || predicted <= 0) continue;
    const annual = Math.log((to.c36! + 0.5) / (predicted + 0.5)) / (t - s);
    weighted += predicted * annual;
    exposure += predicted;
  }
  return { log: exposure > 0 ? weighted / exposure : 0, exposure };
}

/** Empirical-Bayes shrinkage: own evidence weighs `exposure / (exposure + k)`, the parent the rest. */
export const shrink = (own: RateEstimate, parent: number, k: number): number =>
  (own.exposure * own.log + k * parent) / (own.exposure + k);
