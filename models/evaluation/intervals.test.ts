import { describe, expect, it } from 'vitest';
import type { Evidence } from '../combination/evidence';
import type { PointForecast } from '../core/forecast-row';
import { attachIntervals, calibrate } from './intervals';

const point: PointForecast = {
  postalCode: '00100',
  municipalityCode: '091',
  ageGroup: '0-2',
  origin: 2017,
  horizon: 1,
  mean: 99,
};

/** 101 forecasts of 99 whose log errors run evenly from -spread to +spread. */
const errors = (horizon: number, spread: number): Evidence[] =>
  Array.from({ length: 101 }, (_, i) => ({
    model: 'm',
    postalCode: `a${i}`,
    municipalityCode: '091',
    ageGroup: '0-2',
    origin: 2010,
    horizon,
    year: 2010 + horizon,
    base: 100,
    mean: 99,
    actual: 100 * Math.exp((spread * (i - 50)) / 50) - 1,
  }));

describe('conformal intervals', () => {
  it('use the empirical error quantiles of the cell', () => {
    const [row] = attachIntervals([point], calibrate(errors(1, 0.5)), () => 100, 'm');
    expect(row.lo80).toBeCloseTo(100 * Math.exp(-0.4) - 1, 6);
    expect(row.hi80).toBeCloseTo(100 * Math.exp(0.4) - 1, 6);
    expect(row.lo95).toBeLessThan(row.lo80);
    expect(row.year).toBe(2018);
  });

  it('widen a horizon without errors yet by the growth of error measured in the long series, not by an assumed rule', () => {
    const own = errors(1, 0.5);
    const prior = [...errors(1, 0.2), ...errors(2, 0.6)];
    const [row] = attachIntervals([{ ...point, horizon: 2 }], calibrate(own, prior), () => 100, 'm');
    // The long series' errors grew threefold from horizon 1 to 2: so does this panel's band.
    expect(row.hi80).toBeCloseTo(100 * Math.exp(0.4 * 3) - 1, 4);
  });

  it('use the long series alone where the panel has no errors at all', () => {
    const [row] = attachIntervals([{ ...point, horizon: 2 }], calibrate([], errors(2, 0.6)), () => 100, 'm');
    expect(row.hi80).toBeCloseTo(100 * Math.exp(0.48) - 1, 4);
  });

  it('leave intervals undefined (NaN) without any calibration, never zero-width', () => {
    const [row] = attachIntervals([point], calibrate([]), () => 100, 'm');
    expect(Number.isNaN(row.lo80)).toBe(true);
  });

  it('always contain their own forecast and never go below zero', () => {
    const oneSided = errors(1, 0.5).map((e) => ({ ...e, actual: e.actual * 3 }));
    const [row] = attachIntervals([{ ...point, mean: 1 }], calibrate(oneSided), () => 100, 'm');
    expect(row.lo80).toBe(1);
    expect(row.hi80).toBeGreaterThan(1);
    const [wide] = attachIntervals([{ ...point, mean: 1 }], calibrate(errors(1, 10)), () => 100, 'm');
    expect(wide.lo95).toBe(0);
  });
});
