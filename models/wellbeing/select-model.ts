import type { ModelName } from './demand-model';
import type { BacktestPrediction } from './backtest';

/**
 * Which model forecasts an outcome at a horizon from origin O, decided only by what was known at O:
 * backtest forecasts made at earlier origins whose target year is at or before O. The TF.js network is
 * used only where it beat both naive and ridge there; otherwise ridge where it beat naive; otherwise
 * naive. Models are compared on the same areas and origins (where all of them forecast). No scored
 * history at all (the first origins) means naive.
 */
export interface ModelScore {
  mae: number;
  n: number;
}

export interface ModelChoice {
  horizon: number;
  model: ModelName;
  scores: Partial<Record<ModelName, ModelScore>>;
}

const keyOf = (p: BacktestPrediction) => `${p.area}\u0000${p.origin}`;

export function knownAt(predictions: readonly BacktestPrediction[], horizon: number, origin: number) {
  return predictions.filter((p) => p.horizon === horizon && p.origin < origin && p.origin + p.horizon <= origin);
}

/** MAE of each model on the forecasts every present model made (a fair, common set). */
export function commonScores(predictions: readonly BacktestPrediction[]): Partial<Record<ModelName, ModelScore>> {
  const byModel = new Map<ModelName, Map<string, number>>();
  for (const p of predictions) {
    const m = byModel.get(p.model) ?? new Map<string, number>();
    byModel.set(p.model, m);
    m.set(keyOf(p), Math.abs(p.mean - p.actual));
  }
  const models = [...byModel.keys()];
  if (models.length === 0) return {};
  const common = [...byModel.get(models[0])!.keys()].filter((k) => models.every((m) => byModel.get(m)!.has(k)));
  if (common.length === 0) return {};
  return Object.fromEntries(
    models.map((m) => [
      m,
      { mae: common.reduce((s, k) => s + byModel.get(m)!.get(k)!, 0) / common.length, n: common.length },
    ]),
  );
}

export function chooseModel(predictions: readonly BacktestPrediction[], horizon: number, origin: number): ModelChoice {
  const scores = commonScores(knownAt(predictions, horizon, origin));
  const { naive, ridge, tfjs } = scores;
  let model: ModelName = 'naive';
  if (naive && ridge && tfjs && tfjs.mae < naive.mae && tfjs.mae < ridge.mae) model = 'tfjs';
  else if (naive && ridge && ridge.mae < naive.mae) model = 'ridge';
  return { horizon, model, scores };
}
