import type { Assumptions } from './config';
import { rateInYear, type AgeRates } from './participation';
import type { Scenario } from './scenario';

/**
 * Places needed: children by single age times participation. Under-3s (ages 0-2) need under-3 places;
 * 3-5-year-olds need 3+ places, full-day or part-day (`partDayShare`, up to 5 h/day, ratio 1:13);
 * 6-year-olds are in pre-school (`preschoolRate`), those also in ECE full-day, pre-school only part-day.
 */
export interface Demand {
  under3: number;
  fullDay3plus: number;
  partDay3plus: number;
  preschool: number;
  total: number;
}

export interface RateContext {
  baseRates: AgeRates;
  rateYear: number;
  assumptions: Assumptions;
  /** Area factor on 1-2-year-old participation. */
  areaFactor: number;
  municipalityCode: string;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Participation by single age 0..6 in `year`: trend, then the scenario's changes (each from its own
 * fromYear, else from `defaultFromYear`), then the area factor.
 */
export function effectiveRates(
  ctx: RateContext,
  year: number,
  scenario: Scenario | undefined,
  defaultFromYear = -Infinity,
): Float64Array {
  const rates = new Float64Array(7);
  for (let age = 0; age <= 6; age++) {
    let r = rateInYear(ctx.baseRates[age], age, year, ctx.rateYear, ctx.assumptions);
    for (const p of scenario?.participation ?? []) {
      if (p.age !== age || year < (p.fromYear ?? defaultFromYear)) continue;
      if (p.municipalityCode !== undefined && p.municipalityCode !== ctx.municipalityCode) continue;
      r += p.pp / 100;
    }
    rates[age] = clamp01(age === 1 || age === 2 ? clamp01(r) * ctx.areaFactor : r);
  }
  return rates;
}

export function demandOf(ages: Float64Array, rates: Float64Array, assumptions: Assumptions): Demand {
  const under3 = ages[0] * rates[0] + ages[1] * rates[1] + ages[2] * rates[2];
  const threeToFive = ages[3] * rates[3] + ages[4] * rates[4] + ages[5] * rates[5];
  const inEce6 = ages[6] * rates[6];
  const preschool = ages[6] * assumptions.preschoolRate;
  const preschoolOnly = Math.max(0, preschool - inEce6);
  const fullDay3plus = threeToFive * (1 - assumptions.partDayShare) + inEce6;
  const partDay3plus = threeToFive * assumptions.partDayShare + preschoolOnly;
  return { under3, fullDay3plus, partDay3plus, preschool, total: under3 + fullDay3plus + partDay3plus };
}

/** Total places only (for interval bounds): the same arithmetic as demandOf(...).total. */
export function totalDemandOf(ages: Float64Array, rates: Float64Array, assumptions: Assumptions): number {
  let total = 0;
  for (let a = 0; a <= 5; a++) total += ages[a] * rates[a];
  return total + ages[6] * Math.max(rates[6], assumptions.preschoolRate);
}
