import type { Forecaster } from '../core/forecast-row';
import { cohortChange } from './cohort-change';
import { dampedTrend, drift, naive } from './simple-baselines';

/** The baselines by name, for model versions that select a baseline for some cells. */
export const BASELINES_BY_NAME: Record<string, Forecaster> = Object.fromEntries(
  [naive, drift, dampedTrend, cohortChange].map((f) => [f.name, f]),
);
