import type { ChildYield } from './housing-yield';
import type { ChildYear, CountWithInterval, PlanArea } from './plan-types';
import type { Scenario } from './scenario';

/**
 * Children by single age 0..6 for one area-year, with the scenario's demographic changes applied.
 * Age groups are split evenly over their single ages (0-2 in thirds; 3-6 in quarters, or 3-5 in thirds
 * when the forecast gives the 6-year-olds): the warehouse has no postal counts by single age.
 */
export interface SingleAges {
  mean: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  /** False when any interval bound is unknown (history rows). */
  hasInterval: boolean;
}

/** Lower/upper bound relative to the mean: single ages inherit their group's relative interval. */
const relative = (c: CountWithInterval, bound: 'lo80' | 'hi80'): number => {
  const b = c[bound];
  return b === null ? 1 : c.mean > 0 ? b / c.mean : 1;
};

export function splitSingleAges(row: ChildYear): SingleAges | null {
  if (!row.c02 || !row.c36) return null;
  const mean = new Float64Array(7);
  const lo = new Float64Array(7);
  const hi = new Float64Array(7);
  const set = (age: number, value: number, group: CountWithInterval) => {
    mean[age] = value;
    lo[age] = value * relative(group, 'lo80');
    hi[age] = value * relative(group, 'hi80');
  };
  for (let a = 0; a <= 2; a++) set(a, row.c02.mean / 3, row.c02);
  if (row.c6 && row.c6.mean <= row.c36.mean) {
    for (let a = 3; a <= 5; a++) set(a, (row.c36.mean - row.c6.mean) / 3, row.c36);
    set(6, row.c6.mean, row.c6);
  } else {
    for (let a = 3; a <= 6; a++) set(a, row.c36.mean / 4, row.c36);
  }
  const hasInterval = row.c02.lo80 !== null && row.c02.hi80 !== null && row.c36.lo80 !== null && row.c36.hi80 !== null;
  return { mean, lo, hi, hasInterval };
}

/**
 * Applies births, migration and new housing to a forecast row (history is left as observed):
 * - births: cohorts born after the forecast origin (year - age > origin) scale by 1 + pct/100;
 * - migration: child counts scale by (1 + pctPerYear/100) ^ horizon for each matching entry;
 * - housing: dwellings completed up to the year add the municipality's child yield per dwelling.
 */
export function applyDemography(
  ages: SingleAges,
  area: PlanArea,
  row: ChildYear,
  scenario: Scenario | undefined,
  childYield: ChildYield,
): void {
  if (!scenario || !row.isForecast || row.origin === null) return;
  const horizon = row.year - row.origin;
  let factor = 1;
  for (const m of scenario.migration ?? []) {
    if (m.postalCode !== undefined && m.postalCode !== area.postalCode) continue;
    if (m.municipalityCode !== undefined && m.municipalityCode !== area.municipalityCode) continue;
    factor *= Math.max(0, 1 + m.pctPerYear / 100) ** horizon;
  }
  const births = scenario.births ? Math.max(0, 1 + scenario.births.pct / 100) : 1;
  let dwellings = 0;
  for (const h of scenario.housing ?? []) {
    if (h.postalCode !== area.postalCode || h.year > row.year) continue;
    dwellings += h.dwellings ?? (h.floorAreaM2 ?? 0) / area.dwellingSizeM2;
  }
  for (let a = 0; a <= 6; a++) {
    const f = factor * (row.year - a > row.origin ? births : 1);
    const added = dwellings * (a <= 2 ? childYield.c02 / 3 : childYield.c36 / 4);
    ages.mean[a] = ages.mean[a] * f + added;
    ages.lo[a] = ages.lo[a] * f + added;
    ages.hi[a] = ages.hi[a] * f + added;
  }
}
