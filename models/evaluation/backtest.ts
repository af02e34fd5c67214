import type { Forecaster, ForecastRow } from '../core/forecast-row';
import { ageValue, truncatePanel, type Panel } from '../core/panel';
import { attachIntervals, calibrate, sizeClassOf, tercileCuts, type Residual } from './intervals';

/**
 * Rolling-origin backtest. At every origin each model sees only the panel truncated at that origin
 * (truncatePanel: no leakage by construction), forecasts horizons 1..H, and is scored on the years
 * that were later published. A missing year (Helsinki 2019) is neither an origin nor a target: its
 * horizons are simply skipped, and a 2018 origin reaches 2020 at horizon 2. Intervals at an origin
 * are calibrated only on the errors of earlier origins whose targets were already observed then.
 */
export interface ScoredForecast extends ForecastRow {
  actual: number;
  sizeClass: number;
  /** Helsinki areas are reported separately from all of Finland. */
  helsinki: boolean;
}

export interface BacktestOptions {
  origins: readonly number[];
  horizons: readonly number[];
  log?: (line: string) => void;
}

export async function runBacktest(
  panel: Panel,
  models: readonly Forecaster[],
  options: BacktestOptions,
): Promise<ScoredForecast[]> {
  const actuals = new Map<string, number>();
  for (const area of panel.areas) {
    for (const [year, row] of area.byYear) {
      for (const ageGroup of ['0-2', '3-6'] as const) {
        const v = ageValue(row, ageGroup);
        if (v !== null) actuals.set(`${area.postalCode}|${ageGroup}|${year}`, v);
      }
    }
  }
  const scored: ScoredForecast[] = [];
  const residuals = new Map<string, (Residual & { targetYear: number })[]>(models.map((m) => [m.name, []]));
  for (const origin of [...options.origins].sort((a, b) => a - b)) {
    const known = truncatePanel(panel, origin);
    const base = baseValues(known, origin);
    const baseOf = (p: { postalCode: string; ageGroup: string }) => base.get(`${p.postalCode}|${p.ageGroup}`) ?? 0;
    for (const model of models) {
      const t0 = performance.now();
      const points = await model.forecast(known, origin, options.horizons);
      const cuts = tercileCuts(points.filter((p) => p.horizon === 1).map(baseOf));
      const classOf = (p: { postalCode: string; ageGroup: string }) => sizeClassOf(baseOf(p), cuts);
      const history = residuals.get(model.name)!;
      const rows = attachIntervals(
        points,
        calibrate(history.filter((r) => r.targetYear <= origin)),
        classOf,
        model.name,
      );
      for (const row of rows) {
        const actual = actuals.get(`${row.postalCode}|${row.ageGroup}|${row.year}`);
        if (actual === undefined) continue;
        const sizeClass = classOf(row);
        scored.push({ ...row, actual, sizeClass, helsinki: row.municipalityCode === '091' });
        history.push({
          ageGroup: row.ageGroup,
          horizon: row.horizon,
          sizeClass,
          targetYear: row.year,
          logError: Math.log((actual + 1) / (row.mean + 1)),
        });
      }
      options.log?.(
        `origin ${origin}  ${model.name.padEnd(14)} ${points.length} forecasts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
  }
  return scored;
}

/** Each area's value at the origin, the base its size class is judged by. */
function baseValues(panel: Panel, origin: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const area of panel.areas) {
    for (const ageGroup of ['0-2', '3-6'] as const) {
      const v = ageValue(area.byYear.get(origin), ageGroup);
      if (v !== null) out.set(`${area.postalCode}|${ageGroup}`, v);
    }
  }
  return out;
}
