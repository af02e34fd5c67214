import type { ForecastRow, PointForecast } from '../core/forecast-row';
import { logError, sizeBinOf, type Evidence } from '../combination/evidence';

/**
 * Prediction intervals from out-of-sample errors (split-conformal on the log scale): the errors a
 * method made at earlier origins, for targets already observed at the current origin, give the
 * quantiles that widen its new forecasts, per age group, horizon and size of area. Where the panel
 * has no errors yet at a horizon, the nearest shorter horizon's are widened by how much the errors
 * grew between the two horizons in the long series (measured there, not assumed); where it has none
 * at all, the long series' own quantiles are used.
 */
export interface Quantiles {
  q025: number;
  q10: number;
  q90: number;
  q975: number;
}

interface Cells {
  byCell: Map<string, Quantiles>;
}

export interface Calibration {
  own: Cells;
  prior: Cells;
}

const MIN_CELL = 30;
const key = (ageGroup: string, horizon: number, bin: number | 'all') => `${ageGroup}|${horizon}|${bin}`;

function quantile(sorted: readonly number[], p: number): number {
  const idx = (sorted.length - 1) * p;
  const lo = Math.floor(idx);
  const hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}

function cellsOf(rows: readonly Evidence[]): Cells {
  const lists = new Map<string, number[]>();
  for (const r of rows) {
    const e = logError(r);
    for (const k of [key(r.ageGroup, r.horizon, sizeBinOf(r.base)), key(r.ageGroup, r.horizon, 'all')]) {
      const list = lists.get(k);
      if (list) list.push(e);
      else lists.set(k, [e]);
    }
  }
  const byCell = new Map<string, Quantiles>();
  for (const [k, errors] of lists) {
    if (errors.length < MIN_CELL) continue;
    const s = errors.sort((a, b) => a - b);
    byCell.set(k, { q025: quantile(s, 0.025), q10: quantile(s, 0.1), q90: quantile(s, 0.9), q975: quantile(s, 0.975) });
  }
  return { byCell };
}

/** `own`: this panel's errors of the method (targets observed at the origin); `prior`: the long series'. */
export const calibrate = (own: readonly Evidence[], prior: readonly Evidence[] = []): Calibration => ({
  own: cellsOf(own),
  prior: cellsOf(prior),
});

const find = (cells: Cells, ageGroup: string, h: number, bin: number) =>
  cells.byCell.get(key(ageGroup, h, bin)) ?? cells.byCell.get(key(ageGroup, h, 'all'));

const scaled = (q: Quantiles, from: Quantiles, to: Quantiles): Quantiles => {
  const ratio = (a: number, b: number) => (Math.abs(a) > 1e-6 ? Math.max(1, b / a) : 1);
  return {
    q025: q.q025 * ratio(from.q025, to.q025),
    q10: q.q10 * ratio(from.q10, to.q10),
    q90: q.q90 * ratio(from.q90, to.q90),
    q975: q.q975 * ratio(from.q975, to.q975),
  };
};

export function lookup(
  calibration: Calibration,
  ageGroup: string,
  horizon: number,
  bin: number,
): Quantiles | undefined {
  const own = find(calibration.own, ageGroup, horizon, bin);
  if (own) return own;
  for (let h = horizon - 1; h >= 1; h--) {
    const near = find(calibration.own, ageGroup, h, bin);
    if (!near) continue;
    const from = find(calibration.prior, ageGroup, h, bin);
    const to = find(calibration.prior, ageGroup, horizon, bin);
    return from && to ? scaled(near, from, to) : undefined;
  }
  return find(calibration.prior, ageGroup, horizon, bin);
}

/**
 * An interval always contains its own point forecast: where past errors all lay on one side (a bias
 * the evidence did not yet correct), that side's bound is the forecast itself.
 */
function straddling(q: Quantiles | undefined): Quantiles | undefined {
  if (!q) return q;
  const q10 = Math.min(q.q10, 0);
  const q90 = Math.max(q.q90, 0);
  return { q10, q90, q025: Math.min(q.q025, q10), q975: Math.max(q.q975, q90) };
}

/**
 * Attaches intervals; without any calibration the interval is NaN and is reported as "not calibrated",
 * never as a zero-width band.
 */
export function attachIntervals(
  points: readonly PointForecast[],
  calibration: Calibration,
  baseOf: (p: PointForecast) => number,
  model: string,
): ForecastRow[] {
  return points.map((p) => {
    const q = straddling(lookup(calibration, p.ageGroup, p.horizon, sizeBinOf(baseOf(p))));
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

/** Size classes for reporting (terciles of the base value across the areas of one origin): 0, 1, 2. */
export function sizeClassOf(value: number, cuts: readonly [number, number]): number {
  return value < cuts[0] ? 0 : value < cuts[1] ? 1 : 2;
}

export function tercileCuts(values: readonly number[]): [number, number] {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? [quantile(s, 1 / 3), quantile(s, 2 / 3)] : [0, 0];
}
