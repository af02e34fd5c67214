import type { Forecaster, PointForecast } from '../core/forecast-row';
import { municipalTotals, type AreaSeries, type Panel } from '../core/panel';
import { dampedMultiplier, type Point } from './trend';

/**
 * Cohort-change baseline. Children age from 0-2 into 3-6: the area's children are spread evenly
 * over single ages (0-2 -> three cohorts, 3-6 -> four), aged one year per step and multiplied by
 * the area's own net-migration factor, estimated from how its 3-6 group changed against pure
 * ageing. Births drive 0-2: a new cohort is the area's current average cohort, moved with the
 * municipality's damped 0-2 trend (municipal births are the driver the data has at every origin).
 */
export interface CohortState {
  ages: number[];
}

const MAX_FACTOR = 1.25;
const MIN_FACTOR = 0.8;

/** Ages the seven single-year cohorts 0..6 by one year; `births` becomes the new age 0. */
export function stepCohorts(ages: readonly number[], births: number, migration: number): number[] {
  const next = [births];
  for (let a = 0; a < 6; a++) next.push(ages[a] * migration);
  return next;
}

export const cohortsFrom = (c02: number, c36: number): number[] => [
  ...Array(3).fill(c02 / 3),
  ...Array(4).fill(c36 / 4),
];
export const sum02 = (ages: readonly number[]) => ages[0] + ages[1] + ages[2];
export const sum36 = (ages: readonly number[]) => ages[3] + ages[4] + ages[5] + ages[6];

/** Annual net-migration factor of an area from its last few observed transitions (clamped). */
export function migrationFactor(area: AreaSeries): number {
  const observed = [...area.byYear].filter(([, r]) => r.c02 !== null && r.c36 !== null).sort((a, b) => a[0] - b[0]);
  const logs: number[] = [];
  for (let i = 1; i < observed.length; i++) {
    const [y0, r0] = observed[i - 1];
    const [y1, r1] = observed[i];
    let ages = cohortsFrom(r0.c02!, r0.c36!);
    for (let k = 0; k < y1 - y0; k++) ages = stepCohorts(ages, r0.c02! / 3, 1);
    const predicted = sum36(ages);
    if (predicted > 0 && r1.c36! > 0) logs.push(Math.log(r1.c36! / predicted) / (y1 - y0));
  }
  const recent = logs.slice(-3);
  if (recent.length === 0) return 1;
  const factor = Math.exp(recent.reduce((a, b) => a + b, 0) / recent.length);
  return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
}

export const cohortChange: Forecaster = {
  name: 'cohort-change',
  async forecast(panel: Panel, origin: number, horizons: readonly number[]): Promise<PointForecast[]> {
    const municipal = municipalTotals(panel, '0-2');
    const maxH = Math.max(...horizons);
    const out: PointForecast[] = [];
    for (const area of panel.areas) {
      const now = area.byYear.get(origin);
      if (!now || now.c02 === null || now.c36 === null) continue;
      const muniHistory: Point[] = [...(municipal.get(area.municipalityCode) ?? new Map<number, number>())]
        .map(([year, value]) => ({ year, value }))
        .sort((a, b) => a.year - b.year);
      const migration = migrationFactor(area);
      let ages = cohortsFrom(now.c02, now.c36);
      for (let h = 1; h <= maxH; h++) {
        ages = stepCohorts(ages, (now.c02 / 3) * dampedMultiplier(muniHistory, h), migration);
        if (!horizons.includes(h)) continue;
        const base = { postalCode: area.postalCode, municipalityCode: area.municipalityCode, origin, horizon: h };
        out.push({ ...base, ageGroup: '0-2', mean: sum02(ages) });
        out.push({ ...base, ageGroup: '3-6', mean: sum36(ages) });
      }
    }
    return out;
  },
};
