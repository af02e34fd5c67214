import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { HELSINKI } from '../../domain/areas/codes';
import { stepCohorts } from '../baselines/cohort-change';

/**
 * Six-year-olds (the pre-school cohort) from the 3-6 forecast. Paavo publishes only 0-2 and 3-6,
 * so each area's groups are spread over single ages with the city's age profile (Helsinki single
 * ages by sub-district, the latest year not after the origin), aged forward year by year, and the
 * share of age 6 within 3-6 at the target year splits the 3-6 forecast. This keeps cohort effects:
 * a large 0-2 group at the origin means fewer 6-year-olds relative to 3-6 four to five years later.
 */
export interface AgeProfile {
  year: number;
  /** Proportions of ages 0, 1, 2 within 0-2 and of ages 3..6 within 3-6 (each sums to 1). */
  within02: number[];
  within36: number[];
}

/** The profile a forecast at `origin` may use: latest not after it (else the earliest, documented). */
export function profileAt(profiles: readonly AgeProfile[], origin: number): AgeProfile {
  const usable = profiles.filter((p) => p.year <= origin);
  return usable.length > 0 ? usable[usable.length - 1] : profiles[0];
}

/** Share of 6-year-olds within 3-6 at origin + h, for h = 1..maxH (index h - 1). */
export function sixYearShares(c02: number, c36: number, profile: AgeProfile, maxH: number): number[] {
  let ages = [...profile.within02.map((p) => p * c02), ...profile.within36.map((p) => p * c36)];
  const births = profile.within02[0] * c02;
  const shares: number[] = [];
  for (let h = 1; h <= maxH; h++) {
    ages = stepCohorts(ages, births, 1);
    const group = ages[3] + ages[4] + ages[5] + ages[6];
    shares.push(group > 0 ? ages[6] / group : profile.within36[3]);
  }
  return shares;
}

const profileRowSchema = z.object({
  year: z.coerce.number().int(),
  age: z.coerce.number().int(),
  persons: z.coerce.number(),
});

/**
 * City age profiles of Helsinki by year, from single-age sub-district series: the Aluesarjat city
 * rows (1991-2009) and the 2019 osa-alue file (summed over areas and sexes).
 */
export async function loadAgeProfiles(connection: DuckDBConnection): Promise<AgeProfile[]> {
  const rows = z.array(profileRowSchema).parse(
    await readRows(
      connection,
      `
    SELECT year, age::INTEGER AS age, sum(value) AS persons FROM public_subarea_series
    WHERE variable = 'population' AND municipality_code = $helsinki AND age IN ('0','1','2','3','4','5','6') AND language = 'total'
      AND ((source = 'aluesarjat-single-age' AND area_level = 'city' AND sex = 'total')
        OR (source = 'helsinki-population-2019' AND sex IN ('male', 'female')))
    GROUP BY year, age ORDER BY year, age`,
      { helsinki: HELSINKI },
    ),
  );
  const byYear = new Map<number, number[]>();
  for (const r of rows) {
    const ages = byYear.get(r.year) ?? Array<number>(7).fill(0);
    ages[r.age] += r.persons;
    byYear.set(r.year, ages);
  }
  return [...byYear].map(([year, ages]) => {
    const s02 = ages[0] + ages[1] + ages[2];
    const s36 = ages[3] + ages[4] + ages[5] + ages[6];
    return { year, within02: ages.slice(0, 3).map((a) => a / s02), within36: ages.slice(3).map((a) => a / s36) };
  });
}
