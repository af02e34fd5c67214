/** One cell of a backtest scorecard: a model's errors for a scope, age group and horizon. */
export interface BacktestCell {
  model: string;
  scope: string;
  age_group: string;
  horizon: number;
  n: number;
  mape: number | null;
  medape: number | null;
  malpe: number | null;
  wape: number | null;
  coverage80: number | null;
  coverage95: number | null;
  best_baseline: string | null;
  skill: number | null;
}
