import type { AgeGroup } from '../core/panel';

/**
 * One method's forecast of one area, scored against the value later published: the evidence every
 * choice is made from. A choice at an origin may only use rows whose target year was observed by then.
 */
export interface Evidence {
  model: string;
  postalCode: string;
  municipalityCode: string;
  ageGroup: AgeGroup | '6';
  origin: number;
  horizon: number;
  /** The year forecast (origin + horizon). */
  year: number;
  /** The area's value at the origin: its size. */
  base: number;
  mean: number;
  actual: number;
}

/** Sizes an area is judged by: fixed bounds (children at the origin), so they mean the same in every panel. */
export const SIZE_BOUNDS = [15, 50, 150] as const;
export const sizeBinOf = (base: number): number => SIZE_BOUNDS.filter((b) => base >= b).length;

export const cellOf = (ageGroup: string, horizon: number) => `${ageGroup}|${horizon}`;

/** Evidence usable at `origin`: targets already observed. */
export const knownAt = <T extends Evidence>(rows: readonly T[], origin: number): T[] =>
  rows.filter((r) => r.year <= origin);

/** log((actual + 1) / (forecast + 1)): the scale intervals and bias are measured on. */
export const logError = (r: Evidence) => Math.log((r.actual + 1) / (r.mean + 1));
