import type { BacktestPrediction } from './backtest';
import type { ModelName } from './demand-model';
import { commonScores } from './select-model';
import type { SelectedForecast } from './selected-track';

/**
 * The backtest table, per outcome and horizon: each model's mean absolute error on the forecasts all
 * models made (a common set), skill against naive and ridge (1 - MAE / MAE of the baseline: above 0
 * is better), and the accuracy and 80 % coverage of what the product would have forecast (selection
 * and intervals nested). Pure: the bench prints it, the refresh stores it.
 */
export interface BacktestCell {
  outcome: string;
  horizon: number;
  model: ModelName | 'selected';
  n: number;
  origins: number;
  mae: number;
  skillVsNaive: number | null;
  skillVsRidge: number | null;
  coverage80: number | null;
  /** For 'selected': how often each model was chosen, e.g. "naive 2, ridge 1". */
  chosen: string | null;
}

const skill = (mae: number, baseline: number | undefined) => (baseline && baseline > 0 ? 1 - mae / baseline : null);

export function summariseBacktest(
  backtest: readonly BacktestPrediction[],
  selected: readonly SelectedForecast[],
): BacktestCell[] {
  const cells: BacktestCell[] = [];
  const keys = [...new Set(backtest.map((b) => `${b.outcome}|${b.horizon}`))].sort();
  for (const key of keys) {
    const [outcome, h] = key.split('|');
    const horizon = Number(h);
    const rows = backtest.filter((b) => b.outcome === outcome && b.horizon === horizon);
    const scores = commonScores(rows);
    const origins = new Set(rows.map((r) => r.origin)).size;
    for (const [model, s] of Object.entries(scores) as [ModelName, { mae: number; n: number }][]) {
      cells.push({
        outcome,
        horizon,
        model,
        n: s.n,
        origins,
        mae: s.mae,
        skillVsNaive: model === 'naive' ? null : skill(s.mae, scores.naive?.mae),
        skillVsRidge: model === 'ridge' ? null : skill(s.mae, scores.ridge?.mae),
        coverage80: null,
        chosen: null,
      });
    }
    const track = selected.filter((s) => s.outcome === outcome && s.horizon === horizon);
    if (track.length === 0) continue;
    const mae = track.reduce((s, t) => s + Math.abs(t.mean - t.actual), 0) / track.length;
    const naive = new Map(rows.filter((r) => r.model === 'naive').map((r) => [`${r.area}|${r.origin}`, r]));
    const naiveMae =
      track.reduce((s, t) => s + Math.abs(naive.get(`${t.area}|${t.origin}`)!.mean - t.actual), 0) / track.length;
    const ridge = rows.filter((r) => r.model === 'ridge');
    const ridgeByKey = new Map(ridge.map((r) => [`${r.area}|${r.origin}`, r]));
    const paired = track.filter((t) => ridgeByKey.has(`${t.area}|${t.origin}`));
    const counts = new Map<string, Set<number>>();
    for (const t of track) counts.set(t.chosen, (counts.get(t.chosen) ?? new Set()).add(t.origin));
    cells.push({
      outcome,
      horizon,
      model: 'selected',
      n: track.length,
      origins: new Set(track.map((t) => t.origin)).size,
      mae,
      skillVsNaive: skill(mae, naiveMae),
      skillVsRidge: paired.length
        ? skill(
            paired.reduce((s, t) => s + Math.abs(t.mean - t.actual), 0) / paired.length,
            paired.reduce((s, t) => s + Math.abs(ridgeByKey.get(`${t.area}|${t.origin}`)!.mean - t.actual), 0) /
              paired.length,
          )
        : null,
      coverage80: track.filter((t) => t.actual >= t.lo80 && t.actual <= t.hi80).length / track.length,
      chosen: [...counts].map(([m, o]) => `${m} ${o.size}`).join(', '),
    });
  }
  return cells;
}
