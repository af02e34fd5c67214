import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Residual } from '../evaluation/intervals';

export interface ResidualAt extends Residual {
  targetYear: number;
}

/** The network reconciled to municipal totals: the method used wherever it earned its place. */
export const PRODUCT_MODEL = 'network-reconciled';

/**
 * What a model version needs besides its weights: which method each (age group, horizon) cell uses -
 * the network only where it beat the best baseline in the backtest ("a model earns its place") - and
 * every method's backtest errors, from which intervals are calibrated at any origin.
 */
export interface CalibrationSet {
  /** `${ageGroup}|${horizon}` -> method name; missing cells use the network. */
  selection: Record<string, string>;
  residualsByModel: Record<string, ResidualAt[]>;
}

export const cellKey = (ageGroup: string, horizon: number) => `${ageGroup}|${horizon}`;
export const methodFor = (set: CalibrationSet, ageGroup: string, horizon: number) =>
  set.selection[cellKey(ageGroup, horizon)] ?? PRODUCT_MODEL;

const residualSchema = z.object({
  ageGroup: z.string(),
  horizon: z.number().int(),
  sizeClass: z.number().int(),
  targetYear: z.number().int(),
  logError: z.number(),
});
const setSchema = z.object({
  selection: z.record(z.string(), z.string()),
  residualsByModel: z.record(z.string(), z.array(residualSchema)),
});

export function saveCalibrationSet(dir: string, set: CalibrationSet): void {
  writeFileSync(path.join(dir, 'calibration.json'), JSON.stringify(set));
}

/** Reads a version's calibration; versions saved before selection existed (residuals.json) use the network everywhere. */
export function loadCalibrationSet(dir: string): CalibrationSet {
  const file = path.join(dir, 'calibration.json');
  if (existsSync(file)) return setSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const residuals = z.array(residualSchema).parse(JSON.parse(readFileSync(path.join(dir, 'residuals.json'), 'utf8')));
  return { selection: {}, residualsByModel: { [PRODUCT_MODEL]: residuals } };
}
