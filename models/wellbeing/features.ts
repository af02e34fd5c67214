import type { SeriesPanel } from './series-panel';

/**
 * Examples of the demand models: what an area looked like at year s (its outcome level, the mean of its
 * last three levels, the latest change, its size, its risk and resilience factors), and the outcome h
 * years later. Only values of year s and before are read, so an example at the origin uses no future.
 * A factor missing at s may be carried forward from at most two years earlier; otherwise it is NaN
 * and the scaler puts it at the training mean.
 */
export interface PanelSpec {
  outcome: string;
  factors: readonly string[];
}

export interface Example {
  area: string;
  /** The year the example is observed at (the origin for a forecast). */
  at: number;
  horizon: number;
  features: number[];
  /** The outcome at `at`: the naive forecast, and the anchor the models predict a change from. */
  base: number;
  /** The outcome at at + horizon (training examples only). */
  target?: number;
  population: number | undefined;
}

export const BASE_FEATURES = ['level', 'level_mean3', 'recent_change', 'log_population'] as const;
export const CARRY_YEARS = 2;

export const featureNames = (spec: PanelSpec): string[] => [...BASE_FEATURES, ...spec.factors];

function latest(panel: SeriesPanel, indicator: string, area: string, at: number): number {
  for (let y = at; y >= at - CARRY_YEARS; y--) {
    const v = panel.get(indicator, area, y);
    if (v !== undefined) return v;
  }
  return NaN;
}

export function exampleAt(
  panel: SeriesPanel,
  spec: PanelSpec,
  area: string,
  at: number,
  horizon: number,
): Example | null {
  const base = panel.get(spec.outcome, area, at);
  if (base === undefined) return null;
  const recent = [0, 1, 2].flatMap((k) => panel.get(spec.outcome, area, at - k) ?? []);
  const previous = panel.get(spec.outcome, area, at - 1);
  const population = panel.populationAt(area, at);
  return {
    area,
    at,
    horizon,
    base,
    population,
    features: [
      base,
      recent.reduce((s, v) => s + v, 0) / recent.length,
      previous === undefined ? NaN : base - previous,
      population === undefined || population <= 0 ? NaN : Math.log(population),
      ...spec.factors.map((f) => latest(panel, f, area, at)),
    ],
  };
}

/**
 * Pairs whose target year is among the last this many years before the origin: recent dynamics only.
 * The 1990s recession and recovery moved social assistance in ways later years did not repeat; a
 * model trained on them forecast the 2000s worse than the last value (measured in the backtest).
 */
export const TRAINING_WINDOW_YEARS = 8;

/** Every pair (s, s + h) of the training window: the panel must already be cut at the origin. */
export function trainingExamples(panel: SeriesPanel, spec: PanelSpec, horizon: number): Example[] {
  const out: Example[] = [];
  const last = panel.years[panel.years.length - 1];
  for (const area of panel.areas) {
    for (const at of panel.years) {
      if (at + horizon <= last - TRAINING_WINDOW_YEARS) continue;
      const target = panel.get(spec.outcome, area, at + horizon);
      if (target === undefined) continue;
      const e = exampleAt(panel, spec, area, at, horizon);
      if (e) out.push({ ...e, target });
    }
  }
  return out;
}

/** The examples to forecast from: every area with the outcome observed at the origin. */
export function forecastExamples(panel: SeriesPanel, spec: PanelSpec, origin: number, horizon: number): Example[] {
  return panel.areas.flatMap((area) => exampleAt(panel, spec, area, origin, horizon) ?? []);
}
