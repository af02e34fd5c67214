import { CARRY_YEARS, TRAINING_WINDOW_YEARS } from './features';
import { fitRidge } from './ridge';
import type { SeriesPanel } from './series-panel';

/**
 * How an outcome goes with the risk and resilience factors across areas: a ridge regression of the
 * outcome on the factors, pooled over the recent years up to the origin, each year centred on its own
 * means (so a slope says how areas that differ in a factor differ in the outcome in the same year, not
 * how both drifted over time). It explains, it does not forecast: the page's drivers and the what-if
 * control come from it, and both say "association, not cause".
 */
export interface FactorAssociation {
  factor: string;
  /** Outcome units per one standard deviation of the factor. */
  perSd: number;
  /** Outcome units per one unit of the factor (the what-if slope). */
  perUnit: number;
  /** Spread of the factor between areas in the reference year (the origin). */
  sd: number;
  mean: number;
}

export interface Association {
  outcome: string;
  origin: number;
  factors: FactorAssociation[];
  /** Share of the between-area variation explained, by leave-one-fifth-of-areas-out cross-validation. */
  r2: number;
  n: number;
}

export const ASSOCIATION_LAMBDA = 10;

function valueAt(panel: SeriesPanel, indicator: string, area: string, year: number): number {
  for (let y = year; y >= year - CARRY_YEARS; y--) {
    const v = panel.get(indicator, area, y);
    if (v !== undefined) return v;
  }
  return NaN;
}

interface Centred {
  area: string;
  year: number;
  x: number[];
  y: number;
}

function centredRows(panel: SeriesPanel, outcome: string, factors: readonly string[], origin: number): Centred[] {
  const out: Centred[] = [];
  for (let year = origin - TRAINING_WINDOW_YEARS + 1; year <= origin; year++) {
    const rows = panel.areas
      .map((area) => ({
        area,
        y: panel.get(outcome, area, year),
        x: factors.map((f) => valueAt(panel, f, area, year)),
      }))
      .filter((r): r is { area: string; y: number; x: number[] } => r.y !== undefined);
    if (rows.length < 10) continue;
    const yMean = rows.reduce((s, r) => s + r.y, 0) / rows.length;
    const xMean = factors.map((_, j) => {
      const vals = rows.map((r) => r.x[j]).filter(Number.isFinite);
      return vals.length ? vals.reduce((s, v) => s + v, 0) / vals.length : 0;
    });
    // A factor an area lacks sits at the year's mean: it then says nothing about that area.
    for (const r of rows)
      out.push({ area: r.area, year, y: r.y - yMean, x: r.x.map((v, j) => (Number.isFinite(v) ? v - xMean[j] : 0)) });
  }
  return out;
}

function fitOn(rows: readonly Centred[], sd: number[]) {
  return fitRidge(
    rows.map((r) => r.x.map((v, j) => v / sd[j])),
    rows.map((r) => r.y),
    ASSOCIATION_LAMBDA,
  );
}

export function fitAssociation(
  panel: SeriesPanel,
  outcome: string,
  factors: readonly string[],
  origin: number,
): Association | null {
  const rows = centredRows(panel, outcome, factors, origin);
  if (rows.length < 30) return null;
  const sd = factors.map((_, j) => Math.sqrt(rows.reduce((s, r) => s + r.x[j] ** 2, 0) / rows.length) || 1);
  const fit = fitOn(rows, sd);
  // Folds by area, so an area's own other years never predict it.
  const areas = [...new Set(rows.map((r) => r.area))];
  const fold = new Map(areas.map((a, i) => [a, i % 5]));
  let sse = 0;
  let sst = 0;
  for (let k = 0; k < 5; k++) {
    const held = rows.filter((r) => fold.get(r.area) === k);
    const f = fitOn(
      rows.filter((r) => fold.get(r.area) !== k),
      sd,
    );
    for (const r of held) {
      const pred = f.intercept + r.x.reduce((s, v, j) => s + (f.coef[j] * v) / sd[j], 0);
      sse += (r.y - pred) ** 2;
      sst += r.y ** 2;
    }
  }
  const latest = rows.filter((r) => r.year === origin);
  const ref = latest.length >= 10 ? latest : rows;
  return {
    outcome,
    origin,
    n: rows.length,
    r2: sst > 0 ? 1 - sse / sst : 0,
    factors: factors.map((factor, j) => {
      const vals = panel.areas.map((a) => valueAt(panel, factor, a, origin)).filter(Number.isFinite);
      const mean = vals.reduce((s, v) => s + v, 0) / Math.max(vals.length, 1);
      const spread = Math.sqrt(ref.reduce((s, r) => s + r.x[j] ** 2, 0) / ref.length) || sd[j];
      return { factor, perSd: (fit.coef[j] / sd[j]) * spread, perUnit: fit.coef[j] / sd[j], sd: spread, mean };
    }),
  };
}

/** Each factor's part in how far an area's outcome is from the average area's, at the origin. */
export function driverEffects(
  a: Association,
  panel: SeriesPanel,
  area: string,
): { factor: string; value: number; effect: number }[] {
  return a.factors.flatMap((f) => {
    const value = valueAt(panel, f.factor, area, a.origin);
    return Number.isFinite(value) ? [{ factor: f.factor, value, effect: f.perUnit * (value - f.mean) }] : [];
  });
}
