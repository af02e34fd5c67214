import { cohortChange } from '../baselines/cohort-change';
import { dampedTrend, drift, naive } from '../baselines/simple-baselines';
import type { Forecaster } from '../core/forecast-row';
import type { Panel } from '../core/panel';
import { runBacktest, type ScoredForecast } from '../evaluation/backtest';
import { summariseBacktest, type SummaryRow } from '../evaluation/summarise';
import { PRODUCT_MODEL, type ResidualAt } from '../forecast/produce';
import { reconciled } from '../forecast/reconcile';
import { DEFAULT_HYPERPARAMETERS, networkForecaster, type NetworkHyperparameters } from '../network/network-model';

export const HORIZONS = [1, 2, 3, 4, 5] as const;

/** The baselines and the network (raw and reconciled) that every backtest compares. */
export function backtestModels(hp: NetworkHyperparameters = DEFAULT_HYPERPARAMETERS, log?: (line: string) => void): Forecaster[] {
  const network = networkForecaster(hp, log);
  return [naive, drift, dampedTrend, cohortChange, network, reconciled(network, PRODUCT_MODEL)];
}

export interface BacktestResult {
  scored: ScoredForecast[];
  summary: SummaryRow[];
  /** Errors of the product model, for interval calibration at later origins. */
  residuals: ResidualAt[];
  /** Mean MAPE of the product model over scope x age group x horizon: lower is better. */
  score: number;
  seconds: number;
}

export async function backtestAll(panel: Panel, hp: NetworkHyperparameters = DEFAULT_HYPERPARAMETERS, log?: (line: string) => void): Promise<BacktestResult> {
  const t0 = performance.now();
  // Every year but the last can be an origin; horizons reaching an unpublished year are skipped.
  const origins = panel.years.slice(0, -1);
  const scored = await runBacktest(panel, backtestModels(hp, log), { origins, horizons: HORIZONS, log });
  const summary = summariseBacktest(scored);
  const residuals = scored
    .filter((r) => r.model === PRODUCT_MODEL)
    .map((r) => ({ ageGroup: r.ageGroup, horizon: r.horizon, sizeClass: r.sizeClass, targetYear: r.year, logError: Math.log((r.actual + 1) / (r.mean + 1)) }));
  const cells = summary.filter((r) => r.model === PRODUCT_MODEL && r.sizeClass === 'all' && r.n > 0 && Number.isFinite(r.mape));
  const score = cells.reduce((s, r) => s + r.mape, 0) / Math.max(cells.length, 1);
  return { scored, summary, residuals, score, seconds: (performance.now() - t0) / 1000 };
}
