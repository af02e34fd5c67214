/**
 * Accuracy metrics over scored forecasts (pure). Percentages are of the actual value; areas whose
 * actual is 0 enter WAPE but not the percentage errors (a percentage of zero is undefined).
 */
export interface Scored {
  forecast: number;
  actual: number;
  lo80?: number;
  hi80?: number;
  lo95?: number;
  hi95?: number;
}

export interface Metrics {
  n: number;
  mape: number;
  medape: number;
  malpe: number;
  wape: number;
  /** Share of actuals inside the 80 % / 95 % interval; null when no interval was calibrated. */
  coverage80: number | null;
  coverage95: number | null;
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function coverage(rows: readonly Scored[], lo: 'lo80' | 'lo95', hi: 'hi80' | 'hi95'): number | null {
  const withInterval = rows.filter((r) => r[lo] !== undefined && r[hi] !== undefined);
  if (withInterval.length === 0) return null;
  return withInterval.filter((r) => r.actual >= r[lo]! && r.actual <= r[hi]!).length / withInterval.length;
}

export function computeMetrics(rows: readonly Scored[]): Metrics {
  const positive = rows.filter((r) => r.actual > 0);
  const pe = positive.map((r) => (r.forecast - r.actual) / r.actual);
  const absErr = rows.reduce((s, r) => s + Math.abs(r.forecast - r.actual), 0);
  const totalActual = rows.reduce((s, r) => s + r.actual, 0);
  return {
    n: rows.length,
    mape: 100 * mean(pe.map(Math.abs)),
    medape: 100 * median(pe.map(Math.abs)),
    malpe: 100 * mean(pe),
    wape: totalActual > 0 ? (100 * absErr) / totalActual : NaN,
    coverage80: coverage(rows, 'lo80', 'hi80'),
    coverage95: coverage(rows, 'lo95', 'hi95'),
  };
}

/** Skill against a reference: 0.25 means 25 % lower MAPE than the reference. */
export const skill = (model: number, reference: number): number => 1 - model / reference;
