import { describe, expect, it } from 'vitest';
import type { PointForecast } from '../core/forecast-row';
import { applyCombiner, fitCombiner } from './combiner';
import type { Evidence } from './evidence';

/** Forecasts of 100 areas by two methods: `good` misses by 5 %, `poor` by 30 %, both too high. */
function evidence(goodBias = 1.05, poorBias = 1.3): Evidence[] {
  return Array.from({ length: 100 }, (_, i) =>
    (
      [
        ['good', goodBias],
        ['poor', poorBias],
      ] as const
    ).map(([model, bias]) => ({
      model,
      postalCode: `a${i}`,
      municipalityCode: '091',
      ageGroup: '3-6' as const,
      origin: 2014,
      horizon: 1,
      year: 2015,
      base: 100,
      mean: 100 * bias,
      actual: 100,
    })),
  ).flat();
}

const point = (mean: number): PointForecast => ({
  postalCode: 'x',
  municipalityCode: '091',
  ageGroup: '3-6',
  origin: 2016,
  horizon: 1,
  mean,
});

describe('the combination of methods', () => {
  it('gives the method that forecast the cell better all the weight when the other was far worse', () => {
    const c = fitCombiner(['3-6|1'], new Map([['3-6|1', evidence()]]), ['good', 'poor'], 'good');
    expect(c.weights['3-6|1'].good).toBe(1);
    expect(c.weights['3-6|1'].poor).toBe(0);
  });

  it('shares the weight between methods that were about as good', () => {
    const c = fitCombiner(['3-6|1'], new Map([['3-6|1', evidence(1.05, 1.055)]]), ['good', 'poor'], 'good');
    expect(c.weights['3-6|1'].good).toBeGreaterThan(0.5);
    expect(c.weights['3-6|1'].poor).toBeGreaterThan(0.4);
  });

  it('removes the bias of small areas against their municipality: forecasts 20 % too high there come down', () => {
    const small = evidence(1.2, 1.2).map((e) => ({ ...e, base: 10, mean: e.mean / 10, actual: 10 }));
    const large = evidence(1, 1).map((e) => ({
      ...e,
      postalCode: `L${e.postalCode}`,
      base: 200,
      mean: 200,
      actual: 200,
    }));
    const c = fitCombiner(['3-6|1'], new Map([['3-6|1', [...small, ...large]]]), ['good', 'poor'], 'good');
    const forecast = (mean: number, base: number) =>
      applyCombiner(
        c,
        new Map([
          ['good', [point(mean)]],
          ['poor', [point(mean)]],
        ]),
        () => base,
      )[0].mean;
    expect(forecast(12, 10)).toBeLessThan(11.5);
    expect(forecast(200, 200)).toBeGreaterThan(199);
    expect(forecast(200, 200)).toBeLessThan(202);
  });

  it("leaves a municipality-wide miss to the anchor's births and migration: past misses do not repeat", () => {
    const c = fitCombiner(['3-6|1'], new Map([['3-6|1', evidence(1.05, 1.05)]]), ['good', 'poor'], 'good');
    const [out] = applyCombiner(
      c,
      new Map([
        ['good', [point(105)]],
        ['poor', [point(105)]],
      ]),
      () => 100,
    );
    expect(out.mean).toBeCloseTo(105, 6);
  });

  it('uses the anchor alone, uncorrected, in a cell without evidence', () => {
    const c = fitCombiner(['3-6|1'], new Map(), ['good', 'poor'], 'good');
    expect(c.weights['3-6|1']).toEqual({ good: 1 });
    const [out] = applyCombiner(
      c,
      new Map([
        ['good', [point(105)]],
        ['poor', [point(130)]],
      ]),
      () => 100,
    );
    expect(out.mean).toBeCloseTo(105, 9);
  });
});
