import { BASELINES_BY_NAME } from '../baselines/by-name';
import type { Forecaster } from '../core/forecast-row';
import type { Panel } from '../core/panel';
import { runBacktest, type ScoredForecast } from '../evaluation/backtest';
import { summariseBacktest, type SummaryRow } from '../evaluation/summarise';
import { cellKey, methodFor, PRODUCT_MODEL, type CalibrationSet } from '../forecast/calibration-set';
import type { ResidualAt } from '../forecast/calibration-set';
import { reconciled } from '../forecast/reconcile';
import { DEFAULT_HYPERPARAMETERS, networkForecaster, type NetworkHyperparameters } from '../network/network-model';

export const HORIZONS = [1, 2, 3, 4, 5] as const;

export const BASELINES: readonly Forecaster[] = Object.values(BASELINES_BY_NAME);

/** The baselines and the network (raw and reconciled) that every backtest compares. */
export function backtestModels(
  hp: NetworkHyperparameters = DEFAULT_HYPERPARAMETERS,
  log?: (line: string) => void,
): Forecaster[] {
  const network = networkForecaster(hp, log);
  return [...BASELINES, network, reconciled(network, PRODUCT_MODEL)];
}

/**
 * Per age group and horizon, the method with the lowest MAPE over all postal areas in the backtest:
 * the network is used only where it beat every baseline. (Reported metrics stay per method; the
 * selection itself is chosen on the same backtest, so the product's own score is optimistic.)
 */
export function selectMethods(summary: readonly SummaryRow[]): Record<string, string> {
  const candidates = new Set([...BASELINES.map((b) => b.name), PRODUCT_MODEL]);
  const selection: Record<string, string> = {};
  for (const r of summary) {
    if (
      r.scope !== 'finland' ||
      r.sizeClass !== 'all' ||
      r.n === 0 ||
      !candidates.has(r.model) ||
      !Number.isFinite(r.mape)
    )
      continue;
    const key = cellKey(r.ageGroup, r.horizon);
    const current = summary.find(
      (x) =>
        x.model === selection[key] &&
        x.scope === 'finland' &&
        x.sizeClass === 'all' &&
        x.ageGroup === r.ageGroup &&
        x.horizon === r.horizon,
    );
    if (!current || r.mape < current.mape) selection[key] = r.model;
  }
  return selection;
}

export interface BacktestResult {
  scored: ScoredForecast[];
  summary: SummaryRow[];
  /** Method per cell and every method's errors, for interval calibration at later origins. */
  calibration: CalibrationSet;
  /** Mean MAPE of the selected methods over scope x age group x horizon: lower is better. */
  score: number;
  seconds: number;
}

export async function backtestAll(
  panel: Panel,
  hp: NetworkHyperparameters = DEFAULT_HYPERPARAMETERS,
  log?: (line: string) => void,
): Promise<BacktestResult> {
  const t0 = performance.now();
  // Every year but the last can be an origin; horizons reaching an unpublished year are skipped.
  const origins = panel.years.slice(0, -1);
  const scored = await runBacktest(panel, backtestModels(hp, log), { origins, horizons: HORIZONS, log });
  const summary = summariseBacktest(scored);
  const residualsByModel: Record<string, ResidualAt[]> = {};
  for (const r of scored) {
    (residualsByModel[r.model] ??= []).push({
      ageGroup: r.ageGroup,
      horizon: r.horizon,
      sizeClass: r.sizeClass,
      targetYear: r.year,
      logError: Math.log((r.actual + 1) / (r.mean + 1)),
    });
  }
  const calibration = { selection: selectMethods(summary), residualsByModel };
  const cells = summary.filter(
    (r) =>
      r.sizeClass === 'all' &&
      r.n > 0 &&
      Number.isFinite(r.mape) &&
      r.model === methodFor(calibration, r.ageGroup, r.horizon),
  );
  const score = cells.reduce((s, r) => s + r.mape, 0) / Math.max(cells.length, 1);
  return { scored, summary, calibration, score, seconds: (performance.now() - t0) / 1000 };
}
