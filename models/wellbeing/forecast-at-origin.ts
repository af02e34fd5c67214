import { runBacktest, backtestOrigins, type BacktestPrediction } from './backtest';
import type { DemandModel, ModelName } from './demand-model';
import type { PanelSpec } from './features';
import { bandFor, intervalOf, sizeClassOf, type Band, type ErrorSample } from './intervals';
import { chooseModel, type ModelChoice } from './select-model';
import { truncateSeries, type SeriesPanel } from './series-panel';

/**
 * Forecasts of one outcome from origin O using nothing after O: the panel is cut at O first, the
 * backtest that chooses the model per horizon runs inside the cut panel (origins before O, targets up
 * to O), the chosen model is fitted at O and its 80 % interval comes from its own earlier errors.
 * The CLI contract and the product's stored forecasts both come from here.
 */
export interface OutcomeForecast {
  area: string;
  outcome: string;
  origin: number;
  horizon: number;
  year: number;
  mean: number;
  lo80: number;
  hi80: number;
  model: ModelName;
  band: Band['basis'];
  population: number | undefined;
}

export interface OriginResult {
  forecasts: OutcomeForecast[];
  choices: ModelChoice[];
  backtest: BacktestPrediction[];
}

/** The year-on-year changes of the outcome in the cut panel: the naive forecast's errors, known at O. */
export function outcomeChanges(panel: SeriesPanel, spec: PanelSpec, horizons: readonly number[]): ErrorSample[] {
  const out: ErrorSample[] = [];
  for (const area of panel.areas)
    for (const at of panel.years) {
      const base = panel.get(spec.outcome, area, at);
      if (base === undefined) continue;
      for (const horizon of horizons) {
        const later = panel.get(spec.outcome, area, at + horizon);
        if (later !== undefined)
          out.push({ horizon, size: sizeClassOf(panel.populationAt(area, at)), error: later - base });
      }
    }
  return out;
}

export const errorSamples = (predictions: readonly BacktestPrediction[]): ErrorSample[] =>
  predictions.map((p) => ({ horizon: p.horizon, size: sizeClassOf(p.population), error: p.actual - p.mean }));

export async function forecastAtOrigin(
  panel: SeriesPanel,
  spec: PanelSpec,
  origin: number,
  horizons: readonly number[],
  models: readonly DemandModel[],
  log: (line: string) => void = () => {},
): Promise<OriginResult> {
  const cut = truncateSeries(panel, origin);
  const origins = backtestOrigins(cut, spec).filter((o) => o < origin);
  const backtest = await runBacktest(cut, spec, origins, horizons, models, log);
  const choices = horizons.map((h) => chooseModel(backtest, h, origin));
  const changes = outcomeChanges(cut, spec, horizons);
  const forecasts: OutcomeForecast[] = [];
  for (const model of models) {
    const hs = choices.filter((c) => c.model === model.name).map((c) => c.horizon);
    if (hs.length === 0) continue;
    const own = errorSamples(backtest.filter((b) => b.model === model.name && b.origin + b.horizon <= origin));
    const bands = new Map<string, Band>();
    for (const p of await model.forecast(cut, spec, origin, hs)) {
      const size = sizeClassOf(p.population);
      const k = `${p.horizon}|${size}`;
      if (!bands.has(k)) bands.set(k, bandFor(own, changes, p.horizon, size));
      const band = bands.get(k)!;
      forecasts.push({
        area: p.area,
        outcome: spec.outcome,
        origin,
        horizon: p.horizon,
        year: origin + p.horizon,
        mean: p.mean,
        ...intervalOf(p.mean, band),
        model: model.name,
        band: band.basis,
        population: p.population,
      });
    }
  }
  forecasts.sort((a, b) => a.area.localeCompare(b.area) || a.horizon - b.horizon);
  return { forecasts, choices, backtest };
}
