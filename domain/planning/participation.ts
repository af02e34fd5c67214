import type { Assumptions } from './config';

/**
 * ECE participation: the share of children of each single age who need a place.
 *
 * Rates come from StatFin table 14jt (children in ECE by municipality and single age 0-5, 2022) divided by
 * the population of that age. The warehouse has no municipal population by single age for 2022, so the
 * denominator is approximated from Paavo: the municipality's latest postal-area sums of 0-2 and 3-6 split
 * evenly over the single ages (documented in docs/planning.md). 6-year-olds are in pre-school and most also
 * in ECE: their ECE rate is the 14jt all-ages total minus ages 0-5, over the same approximate cohort.
 */
export const SINGLE_AGES = [0, 1, 2, 3, 4, 5, 6] as const;
/** Rate by single age 0..6 (index = age). */
export type AgeRates = number[];

export interface ParticipationCounts {
  /** Children in ECE by single age 0..5 (14jt vaka_lapsi_lkm). */
  eceByAge: readonly number[];
  /** Children in ECE, all ages; null when not published for the area. */
  eceTotal: number | null;
  /** Population aged 0-2 and 3-6 (approximate denominator, see above). */
  population02: number;
  population36: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Participation rates by single age 0..6, each within 0..1; null when the denominators are missing. */
export function deriveRates(counts: ParticipationCounts): AgeRates | null {
  if (!(counts.population02 > 0) || !(counts.population36 > 0) || counts.eceByAge.length !== 6) return null;
  const perAge = (age: number) => (age <= 2 ? counts.population02 / 3 : counts.population36 / 4);
  const rates = counts.eceByAge.map((n, age) => clamp(n / perAge(age), 0, 1));
  const sixPlus = counts.eceTotal === null ? null : counts.eceTotal - counts.eceByAge.reduce((s, n) => s + n, 0);
  // Without an all-ages total, assume 6-year-olds join ECE like 5-year-olds (the nearest published age).
  rates.push(sixPlus === null ? rates[5] : clamp(sixPlus / perAge(6), 0, 1));
  return rates;
}

/** The rate of one age in `year`, following the configured trend from the rate year, capped and floored at 0. */
export function rateInYear(
  base: number,
  age: number,
  year: number,
  baseYear: number,
  assumptions: Assumptions,
): number {
  const override = assumptions.rates?.[String(age) as '0'];
  const start = override ?? base;
  if (!assumptions.trend.ages.includes(age)) return start;
  const moved = start + (assumptions.trend.ppPerYear / 100) * (year - baseYear);
  // A rate already above the cap is never pulled down by the cap.
  return clamp(moved, 0, Math.max(assumptions.trend.cap, start));
}

export interface AreaCovariate {
  key: string;
  municipalityCode: string;
  /** e.g. employment rate of the area (Paavo pt_tyoll / (pt_tyoll + pt_tyott)); null when unknown. */
  covariate: number | null;
  /** Children aged 0-2 in the area: weights of the municipal mean and of the renormalisation. */
  weight: number;
}

/**
 * Area factors for 1-2-year-old participation: (area covariate / municipal mean)^elasticity, kept within
 * 1 +/- maxDeviation, then scaled so the municipality's weighted mean factor is exactly 1 - the
 * adjustment moves demand between areas but never changes the municipal total the rates were fitted to.
 */
export function areaFactors(
  areas: readonly AreaCovariate[],
  adjustment: Assumptions['areaAdjustment'],
): Map<string, number> {
  const out = new Map<string, number>();
  const byMunicipality = new Map<string, AreaCovariate[]>();
  for (const a of areas) {
    const list = byMunicipality.get(a.municipalityCode);
    if (list) list.push(a);
    else byMunicipality.set(a.municipalityCode, [a]);
  }
  for (const group of byMunicipality.values()) {
    const known = group.filter((a) => a.covariate !== null && a.covariate > 0 && a.weight > 0);
    const w = known.reduce((s, a) => s + a.weight, 0);
    const mean = w > 0 ? known.reduce((s, a) => s + a.weight * a.covariate!, 0) / w : 0;
    const raw = new Map<string, number>();
    for (const a of group) {
      const f = a.covariate !== null && a.covariate > 0 && mean > 0 ? (a.covariate / mean) ** adjustment.elasticity : 1;
      raw.set(a.key, clamp(f, 1 - adjustment.maxDeviation, 1 + adjustment.maxDeviation));
    }
    const total = group.reduce((s, a) => s + a.weight, 0);
    const weighted = group.reduce((s, a) => s + a.weight * raw.get(a.key)!, 0);
    const scale = total > 0 && weighted > 0 ? total / weighted : 1;
    for (const a of group) out.set(a.key, raw.get(a.key)! * scale);
  }
  return out;
}
