import { MIN_TRAINING_PAIRS, nonNegative, type DemandModel } from './demand-model';
import { forecastExamples, trainingExamples, type Example } from './features';
import { fitRidge, predictRidge } from './ridge';
import { fitScaler, scaleRow } from './scaler';

/**
 * The linear baseline: one ridge regression per horizon of the change (outcome at s + h minus outcome at
 * s) on the standardised inputs at s. The penalty is chosen inside the training data: fitted on pairs
 * ending before the origin, scored on the pairs ending at the origin, then refitted on all of them.
 */
export const LAMBDAS = [0.1, 1, 10, 100, 1000];

const mae = (xs: number[]) => xs.reduce((s, v) => s + Math.abs(v), 0) / Math.max(xs.length, 1);

function fitChange(train: readonly Example[], lambda: number) {
  const scaler = fitScaler(train.map((e) => e.features));
  const fit = fitRidge(
    train.map((e) => scaleRow(scaler, e.features)),
    train.map((e) => e.target! - e.base),
    lambda,
  );
  return (e: Example) => e.base + predictRidge(fit, scaleRow(scaler, e.features));
}

export function chooseLambda(train: readonly Example[], origin: number): number {
  const inner = train.filter((e) => e.at + e.horizon < origin);
  const held = train.filter((e) => e.at + e.horizon === origin);
  if (inner.length < MIN_TRAINING_PAIRS || held.length === 0) return 10;
  let best = { lambda: 10, error: Infinity };
  for (const lambda of LAMBDAS) {
    const predict = fitChange(inner, lambda);
    const error = mae(held.map((e) => predict(e) - e.target!));
    if (error < best.error) best = { lambda, error };
  }
  return best.lambda;
}

export const ridgeModel: DemandModel = {
  name: 'ridge',
  async forecast(panel, spec, origin, horizons) {
    return horizons.flatMap((horizon) => {
      const train = trainingExamples(panel, spec, horizon);
      if (train.length < MIN_TRAINING_PAIRS) return [];
      const predict = fitChange(train, chooseLambda(train, origin));
      return forecastExamples(panel, spec, origin, horizon).map((e) => ({
        area: e.area,
        horizon,
        base: e.base,
        mean: nonNegative(predict(e)),
        population: e.population,
      }));
    });
  },
};
