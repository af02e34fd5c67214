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

  it('removes the bias it measured: a method 5 % too high is brought back towards the truth', () => {
    const c = fitCombiner(['3-6|1'], new Map([['3-6|1', evidence()]]), ['good', 'poor'], 'good');
    const [out] = applyCombiner(
      c,
      new Map([
        ['good', [point(105)]],
        ['poor', [point(130)]],
      ]),
      () => 100,
    );
    expect(out.mean).toBeLessThan(102);
    expect(out.mean).toBeGreaterThan(99);
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
