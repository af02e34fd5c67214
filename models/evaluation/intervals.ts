import type { ForecastRow, PointForecast } from '../core/forecast-row';

/**
 * Prediction intervals from out-of-sample errors (split-conformal on the log scale): the errors a
 * method made at earlier origins, for targets already observed at the current origin, give the
 * quantiles that widen its new point forecasts. Cells are (age group, horizon, size class); thin
 * cells fall back to all size classes, then to the nearest horizon scaled by sqrt(h / h').
 */
export interface Residual {
  ageGroup: string;
  horizon: number;
  sizeClass: number;
  /** log((actual + 1) / (forecast + 1)) */
  logError: number;
}

export interface Quantiles {
  q025: number;
  q10: number;
  q90: number;
  q975: number;
}

export type Calibration = Map<string, Quantiles>;

const MIN_CELL = 30;
const key = (ageGroup: string, horizon: number, sizeClass: number | 'all') => `${ageGroup}|${horizon}|${sizeClass}`;

function quantile(sorted: readonly number[], p: number): number {
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}

function quantilesOf(errors: number[]): Quantiles {
  const s = [...errors].sort((a, b) => a - b);
  return { q025: quantile(s, 0.025), q10: quantile(s, 0.1), q90: quantile(s, 0.9), q975: quantile(s, 0.975) };
}

export function calibrate(residuals: readonly Residual[]): Calibration {
  const cells = new Map<string, number[]>();
  for (const r of residuals) {
    for (const k of [key(r.ageGroup, r.horizon, r.sizeClass), key(r.ageGroup, r.horizon, 'all')]) {
      const list = cells.get(k) ?? [];
      list.push(r.logError);
      cells.set(k, list);
    }
  }
  const calibration: Calibration = new Map();
  for (const [k, errors] of cells) if (errors.length >= MIN_CELL) calibration.set(k, quantilesOf(errors));
  return calibration;
}

function lookup(calibration: Calibration, ageGroup: string, horizon: number, sizeClass: number): Quantiles | undefined {
  const exact = calibration.get(key(ageGroup, horizon, sizeClass)) ?? calibration.get(key(ageGroup, horizon, 'all'));
  if (exact) return exact;
  for (let h = horizon - 1; h >= 1; h--) {
    const near = calibration.get(key(ageGroup, h, sizeClass)) ?? calibration.get(key(ageGroup, h, 'all'));
    if (!near) continue;
    const f = Math.sqrt(horizon / h);
    return { q025: near.q025 * f, q10: near.q10 * f, q90: near.q90 * f, q975: near.q975 * f };
  }
  return undefined;
}

/** Size classes (terciles of the forecast's base value across the areas of one origin): 0, 1, 2. */
export function sizeClassOf(value: number, cuts: readonly [number, number]): number {
  return value < cuts[0] ? 0 : value < cuts[1] ? 1 : 2;
}

export function tercileCuts(values: readonly number[]): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? [quantile(s, 1 / 3), quantile(s, 2 / 3)] : [0, 0];
}

/**
 * Attaches intervals; without any calibration (the very first origin) the interval is NaN and
 * must be reported as "not calibrated", never as a zero-width band.
 */
export function attachIntervals(
  points: readonly PointForecast[],
  calibration: Calibration,
  sizeClass: (p: PointForecast) => number,
  model: string,
): ForecastRow[] {
  return points.map((p) => {
    const q = lookup(calibration, p.ageGroup, p.horizon, sizeClass(p));
    const band = (e: number | undefined) => (e === undefined ? NaN : Math.max(0, (p.mean + 1) * Math.exp(e) - 1));
    return {
      ...p,
      year: p.origin + p.horizon,
      lo80: band(q?.q10),
      hi80: band(q?.q90),
      lo95: band(q?.q025),
      hi95: band(q?.q975),
      model,
    };
  });
}
