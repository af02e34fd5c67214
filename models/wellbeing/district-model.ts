import { fitRidge, predictRidge } from './ridge';
import { fitScaler, scaleRow } from './scaler';

/**
 * Helsinki's districts in 2011: one cross-section, so no forecast - only how far each district's
 * child-welfare client rate is from what its factors would suggest, and whether the factors say more
 * than the city-wide mean at all. Measured by leave-one-district-out: each district is predicted by a
 * ridge fitted on the other 33 (the penalty chosen the same way inside them), against the mean of the
 * other 33.
 */
export interface DistrictRow {
  area: string;
  outcome: number;
  factors: number[];
}

export interface DistrictFit {
  area: string;
  observed: number;
  /** Leave-one-out expectation from the factors. */
  expected: number;
  /** Leave-one-out mean of the other districts (the baseline). */
  baseline: number;
}

export interface DistrictModel {
  fits: DistrictFit[];
  maeRidge: number;
  maeMean: number;
  skill: number;
  lambda: number;
  /** Outcome points per one standard deviation of each factor, fitted on all districts. */
  perSd: number[];
}

const LAMBDAS = [0.3, 1, 3, 10, 30];

function looPredict(rows: readonly DistrictRow[], i: number, lambda: number): number {
  const train = rows.filter((_, j) => j !== i);
  const scaler = fitScaler(train.map((r) => r.factors));
  const fit = fitRidge(
    train.map((r) => scaleRow(scaler, r.factors)),
    train.map((r) => r.outcome),
    lambda,
  );
  return predictRidge(fit, scaleRow(scaler, rows[i].factors));
}

const looMae = (rows: readonly DistrictRow[], lambda: number) =>
  rows.reduce((s, r, i) => s + Math.abs(looPredict(rows, i, lambda) - r.outcome), 0) / rows.length;

export function fitDistrictModel(rows: readonly DistrictRow[]): DistrictModel | null {
  if (rows.length < 10) return null;
  const fits = rows.map((r, i) => {
    const others = rows.filter((_, j) => j !== i);
    // The penalty is chosen inside the 33 others, so the held-out district never picks it.
    const lambda = LAMBDAS.reduce((best, l) => (looMae(others, l) < looMae(others, best) ? l : best));
    return {
      area: r.area,
      observed: r.outcome,
      expected: Math.max(0, looPredict(rows, i, lambda)),
      baseline: others.reduce((s, o) => s + o.outcome, 0) / others.length,
    };
  });
  const lambda = LAMBDAS.reduce((best, l) => (looMae(rows, l) < looMae(rows, best) ? l : best));
  const scaler = fitScaler(rows.map((r) => r.factors));
  const all = fitRidge(
    rows.map((r) => scaleRow(scaler, r.factors)),
    rows.map((r) => r.outcome),
    lambda,
  );
  const maeRidge = fits.reduce((s, f) => s + Math.abs(f.expected - f.observed), 0) / fits.length;
  const maeMean = fits.reduce((s, f) => s + Math.abs(f.baseline - f.observed), 0) / fits.length;
  return { fits, maeRidge, maeMean, skill: maeMean > 0 ? 1 - maeRidge / maeMean : 0, lambda, perSd: all.coef };
}
