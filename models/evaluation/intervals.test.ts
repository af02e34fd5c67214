import { describe, expect, it } from 'vitest';
import type { PointForecast } from '../core/forecast-row';
import { attachIntervals, calibrate, type Residual } from './intervals';

const point: PointForecast = {
  postalCode: '00100',
  municipalityCode: '091',
  ageGroup: '0-2',
  origin: 2017,
  horizon: 2,
  mean: 99,
};

describe('conformal intervals', () => {
  const residuals: Residual[] = Array.from({ length: 101 }, (_, i) => ({
    ageGroup: '0-2',
    horizon: 1,
    sizeClass: 1,
    logError: (i - 50) / 100,
  }));

  it('uses the empirical error quantiles of the cell', () => {
    const [row] = attachIntervals([{ ...point, horizon: 1 }], calibrate(residuals), () => 1, 'm');
    expect(row.lo80).toBeCloseTo(100 * Math.exp(-0.4) - 1, 6);
    expect(row.hi80).toBeCloseTo(100 * Math.exp(0.4) - 1, 6);
    expect(row.lo95).toBeLessThan(row.lo80);
    expect(row.year).toBe(2018);
  });

  it('widens a thinner horizon from the nearest calibrated one by sqrt(h)', () => {
    const [row] = attachIntervals([point], calibrate(residuals), () => 1, 'm');
    expect(row.hi80).toBeCloseTo(100 * Math.exp(0.4 * Math.SQRT2) - 1, 6);
  });

  it('leaves intervals undefined (NaN) without any calibration, never zero-width', () => {
    const [row] = attachIntervals([point], calibrate([]), () => 1, 'm');
    expect(Number.isNaN(row.lo80)).toBe(true);
  });

  it('never gives a negative lower bound', () => {
    const wide = residuals.map((r) => ({ ...r, logError: r.logError * 20 }));
    const [row] = attachIntervals([{ ...point, horizon: 1, mean: 1 }], calibrate(wide), () => 1, 'm');
    expect(row.lo95).toBe(0);
  });
});
