import type { PanelSpec } from './features';
import type { SeriesPanel } from './series-panel';

/**
 * What every demand model does: given the panel cut at the origin, forecast the outcome of every area
 * observed at the origin, h years ahead. Models predict a level; all of them anchor on the outcome at
 * the origin (naive returns it unchanged).
 */
export const MODEL_NAMES = ['naive', 'ridge', 'tfjs'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export interface Prediction {
  area: string;
  horizon: number;
  base: number;
  mean: number;
  population: number | undefined;
}

export interface DemandModel {
  name: ModelName;
  /** `panel` must already be cut at `origin` (truncateSeries): a model cannot see later years. */
  forecast(panel: SeriesPanel, spec: PanelSpec, origin: number, horizons: readonly number[]): Promise<Prediction[]>;
}

/** Fewer training pairs than this and a fitted model is not trusted: the horizon is left to naive. */
export const MIN_TRAINING_PAIRS = 50;

/** Demand cannot be negative: a model's negative level is cut at 0. */
export const nonNegative = (v: number): number => Math.max(0, v);
