/**
 * Calibrated 80 % intervals from out-of-sample errors: the errors (actual - forecast) the chosen model
 * made at earlier origins, for target years already observed at the origin, per horizon and size of
 * municipality (small areas' indices swing far more). Where a size class has fewer than 30 errors the
 * horizon's errors of all sizes are used; where a horizon has none yet, the year-to-year changes of
 * the outcome itself over that many years (the naive forecast's errors, known at the origin) stand in;
 * beyond the longest change observed, its quantiles are widened by (h / longest)^g, with g measured from
 * how the spread grew between the two longest changes observed (between 0.5 and 1), or 0.5 (a random
 * walk) when only one length has been observed yet.
 */
export type SizeClass = 'small' | 'medium' | 'large';

export const SIZE_LIMITS = { medium: 5_000, large: 20_000 } as const;

export const sizeClassOf = (population: number | undefined): SizeClass =>
  population === undefined || population < SIZE_LIMITS.medium
    ? 'small'
    : population < SIZE_LIMITS.large
      ? 'medium'
      : 'large';

export interface ErrorSample {
  horizon: number;
  size: SizeClass;
  error: number;
}

export interface Band {
  q10: number;
  q90: number;
  n: number;
  basis: 'model-errors' | 'model-errors-all-sizes' | 'outcome-changes' | 'outcome-changes-widened' | 'none';
}

export const MIN_ERRORS = 30;

export function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

function bandOf(errors: readonly number[], basis: Band['basis'], widen = 1): Band {
  const s = [...errors].sort((a, b) => a - b);
  return { q10: quantile(s, 0.1) * widen, q90: quantile(s, 0.9) * widen, n: s.length, basis };
}

const errorsOf = (samples: readonly ErrorSample[], horizon: number, size?: SizeClass) =>
  samples.filter((s) => s.horizon === horizon && (size === undefined || s.size === size)).map((s) => s.error);

export function bandFor(
  modelErrors: readonly ErrorSample[],
  outcomeChanges: readonly ErrorSample[],
  horizon: number,
  size: SizeClass,
): Band {
  for (const [pool, basis] of [
    [errorsOf(modelErrors, horizon, size), 'model-errors'],
    [errorsOf(modelErrors, horizon), 'model-errors-all-sizes'],
    [errorsOf(outcomeChanges, horizon, size), 'outcome-changes'],
    [errorsOf(outcomeChanges, horizon), 'outcome-changes'],
  ] as const)
    if (pool.length >= MIN_ERRORS) return bandOf(pool, basis);
  const lengths = [...new Set(outcomeChanges.map((s) => s.horizon))]
    .filter((h) => h < horizon && errorsOf(outcomeChanges, h).length >= MIN_ERRORS)
    .sort((a, b) => b - a);
  if (lengths.length === 0) return { q10: 0, q90: 0, n: 0, basis: 'none' };
  const [longest, previous] = lengths;
  const base = bandOf(errorsOf(outcomeChanges, longest), 'outcome-changes-widened');
  let growth = 0.5;
  if (previous !== undefined) {
    const shorter = bandOf(errorsOf(outcomeChanges, previous), 'outcome-changes-widened');
    const ratio = (base.q90 - base.q10) / (shorter.q90 - shorter.q10);
    if (ratio > 0 && Number.isFinite(ratio))
      growth = Math.min(1, Math.max(0.5, Math.log(ratio) / Math.log(longest / previous)));
  }
  const widen = (horizon / longest) ** growth;
  return { ...base, q10: base.q10 * widen, q90: base.q90 * widen };
}

/**
 * The 80 % interval around a forecast. It always contains the forecast itself (a biased error history
 * widens one side instead of moving the interval off the forecast), and demand is never below zero.
 */
export const intervalOf = (mean: number, band: Band) => ({
  lo80: Math.max(0, mean + Math.min(band.q10, 0)),
  hi80: Math.max(0, mean + Math.max(band.q90, 0)),
});
