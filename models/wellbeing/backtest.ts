import type { DemandModel, ModelName, Prediction } from './demand-model';
import type { PanelSpec } from './features';
import { truncateSeries, type SeriesPanel } from './series-panel';

/**
 * The time-ordered rolling-origin backtest: at each origin every model is fitted on the panel cut at
 * that origin and forecasts 1..H years ahead; a forecast is scored when its target year is inside the
 * panel it was given (which the caller cuts at the last year it may use, e.g. the CLI's origin).
 */
export interface BacktestPrediction extends Prediction {
  outcome: string;
  origin: number;
  model: ModelName;
  actual: number;
}

/** The backtest looks back this many origins: the same recent window the models train on. */
export const MAX_BACKTEST_ORIGINS = 10;

/** Origins with at least one year of history before them and one year to score after them (the latest ten). */
export const backtestOrigins = (panel: SeriesPanel, spec: PanelSpec): number[] => {
  const years = panel.years.filter((y) => panel.areas.some((a) => panel.get(spec.outcome, a, y) !== undefined));
  return years.slice(1, -1).slice(-MAX_BACKTEST_ORIGINS);
};

export async function runBacktest(
  panel: SeriesPanel,
  spec: PanelSpec,
  origins: readonly number[],
  horizons: readonly number[],
  models: readonly DemandModel[],
  log: (line: string) => void = () => {},
): Promise<BacktestPrediction[]> {
  const last = panel.years[panel.years.length - 1];
  const out: BacktestPrediction[] = [];
  for (const origin of origins) {
    const scored = horizons.filter((h) => origin + h <= last);
    if (scored.length === 0) continue;
    const cut = truncateSeries(panel, origin);
    for (const model of models) {
      const t0 = performance.now();
      const predictions = await model.forecast(cut, spec, origin, scored);
      for (const p of predictions) {
        const actual = panel.get(spec.outcome, p.area, origin + p.horizon);
        if (actual !== undefined) out.push({ ...p, outcome: spec.outcome, origin, model: model.name, actual });
      }
      log(
        `backtest ${spec.outcome} origin ${origin} ${model.name}: ${predictions.length} forecasts in ${(performance.now() - t0).toFixed(0)} ms`,
      );
    }
  }
  return out;
}
