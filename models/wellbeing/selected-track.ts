import type { BacktestPrediction } from './backtest';
import type { ModelName } from './demand-model';
import type { PanelSpec } from './features';
import { errorSamples, outcomeChanges } from './forecast-at-origin';
import { bandFor, intervalOf, sizeClassOf, type Band } from './intervals';
import { chooseModel } from './select-model';
import { truncateSeries, type SeriesPanel } from './series-panel';

/**
 * What the product itself would have forecast at each backtest origin: the model the nested rule chose
 * there (from earlier origins only) with the interval built from that model's earlier errors. Its
 * accuracy and interval coverage are the honest score of the whole procedure, selection included.
 */
export interface SelectedForecast extends BacktestPrediction {
  chosen: ModelName;
  lo80: number;
  hi80: number;
  band: Band['basis'];
}

export function selectedTrack(
  panel: SeriesPanel,
  spec: PanelSpec,
  backtest: readonly BacktestPrediction[],
  horizons: readonly number[],
): SelectedForecast[] {
  const out: SelectedForecast[] = [];
  const origins = [...new Set(backtest.map((b) => b.origin))].sort((a, b) => a - b);
  for (const origin of origins) {
    const changes = outcomeChanges(truncateSeries(panel, origin), spec, horizons);
    for (const horizon of horizons) {
      const { model } = chooseModel(backtest, horizon, origin);
      const own = errorSamples(
        backtest.filter((b) => b.model === model && b.horizon === horizon && b.origin + horizon <= origin),
      );
      for (const p of backtest) {
        if (p.origin !== origin || p.horizon !== horizon || p.model !== model) continue;
        const band = bandFor(own, changes, horizon, sizeClassOf(p.population));
        out.push({ ...p, chosen: model, ...intervalOf(p.mean, band), band: band.basis });
      }
    }
  }
  return out;
}
