import type { AgeGroup, Panel } from './panel';

/** One forecast value with its 80 % and 95 % prediction intervals (long format, as the CLI writes it). */
export interface ForecastRow {
  postalCode: string;
  municipalityCode: string;
  ageGroup: AgeGroup | '6';
  origin: number;
  year: number;
  horizon: number;
  mean: number;
  lo80: number;
  hi80: number;
  lo95: number;
  hi95: number;
  model: string;
}

/** A point forecast before intervals are attached. */
export interface PointForecast {
  postalCode: string;
  municipalityCode: string;
  ageGroup: AgeGroup;
  origin: number;
  horizon: number;
  mean: number;
}

/**
 * Every model - baselines and the network - answers the same question: given the panel as known at
 * `origin`, point forecasts for each area, age group and horizon. Intervals are attached afterwards
 * by the shared calibration (models/evaluation/intervals.ts), so all models are judged alike.
 */
export interface Forecaster {
  name: string;
  forecast(panelAtOrigin: Panel, origin: number, horizons: readonly number[]): Promise<PointForecast[]>;
}
