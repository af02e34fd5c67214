import { cohortChange } from '../baselines/cohort-change';
import { dampedTrend, drift, naive } from '../baselines/simple-baselines';
import { cohortComponent } from '../cohort/cohort-component';
import type { Forecaster } from '../core/forecast-row';
import type { Panel } from '../core/panel';
import { PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { ceilingRows, measureCeilings, type Ceiling } from '../evaluation/ceilings';
import { runNestedBacktest, type ScoredForecast } from '../evaluation/nested-backtest';
import { summariseBacktest, type SummaryRow } from '../evaluation/summarise';
import { networkForecaster } from '../network/network-model';

export const HORIZONS = [1, 2, 3, 4, 5] as const;

/** Every method without learned weights; the cohort-component model is also the anchor. */
export const BASELINES: readonly Forecaster[] = [naive, drift, dampedTrend, cohortChange, cohortComponent()];

export interface BacktestResult {
  /** Postal areas: every method and the product, scored out of sample. */
  scored: ScoredForecast[];
  /** The long series (Helsinki sub-districts 1991-2009), scored the same way. */
  long: ScoredForecast[];
  summary: SummaryRow[];
  /** What any model could gain over the anchor (models/evaluation/ceilings.ts). */
  ceilings: Ceiling[];
  /** Mean MAPE of the product over scope x age group x horizon: lower is better. */
  score: number;
  seconds: number;
}

/**
 * The nested backtest of every method and of the product: first on the long series (its scored
 * forecasts give the growth of error by horizon where the postal years are too few), then on postal
 * areas, every published year but the last as an origin (or `origins`).
 */
export async function backtestAll(
  panel: Panel,
  long: Panel,
  log: (line: string) => void = () => {},
  origins: readonly number[] = panel.years.slice(0, -1),
): Promise<BacktestResult> {
  const t0 = performance.now();
  const longNetwork = networkForecaster({ refitEvery: 4 });
  const longStage = await runNestedBacktest(long, {
    origins: long.years.slice(2, -1),
    horizons: HORIZONS,
    methods: [...BASELINES, longNetwork],
  });
  longNetwork.dispose();
  log(`long series: ${longStage.scored.length} scored forecasts in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const network = networkForecaster({ log });
  const postal = await runNestedBacktest(panel, {
    origins,
    horizons: HORIZONS,
    methods: [...BASELINES, network],
    prior: longStage.scored,
    log,
  });
  network.dispose();
  const ceilings = measureCeilings(postal.scored, panel);
  const summary = [
    ...summariseBacktest(postal.scored),
    ...summariseBacktest(longStage.scored, () => ['subdistricts']),
    ...ceilingRows(ceilings),
  ];
  const cells = summary.filter(
    (r) => r.model === PRODUCT_MODEL && r.scope !== 'subdistricts' && r.sizeClass === 'all' && Number.isFinite(r.mape),
  );
  const score = cells.reduce((s, r) => s + r.mape, 0) / Math.max(cells.length, 1);
  return {
    scored: postal.scored,
    long: longStage.scored,
    summary,
    ceilings,
    score,
    seconds: (performance.now() - t0) / 1000,
  };
}
