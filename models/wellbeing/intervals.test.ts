import { describe, expect, it } from 'vitest';
import { bandFor, intervalOf, MIN_ERRORS, sizeClassOf, type ErrorSample } from './intervals';

const samples = (horizon: number, size: ErrorSample['size'], errors: number[]): ErrorSample[] =>
  errors.map((error) => ({ horizon, size, error }));
/** 0, 1, ..., 100 minus 50: deciles at -40 and +40. */
const spread = (scale = 1) => Array.from({ length: 101 }, (_, i) => (i - 50) * scale);

describe('80 % intervals from out-of-sample errors', () => {
  it("take the 10th and 90th percentiles of the model's own errors at that horizon and size", () => {
    const band = bandFor(samples(2, 'small', spread()), [], 2, 'small');
    expect(band).toMatchObject({ q10: -40, q90: 40, n: 101, basis: 'model-errors' });
    expect(intervalOf(100, band)).toEqual({ lo80: 60, hi80: 140 });
  });

  it('use the errors of all sizes when a size class has fewer than 30, then the outcome changes', () => {
    const few = samples(1, 'large', [1, 2, 3]);
    expect(bandFor([...few, ...samples(1, 'small', spread())], [], 1, 'large').basis).toBe('model-errors-all-sizes');
    expect(bandFor(few, samples(1, 'large', spread(0.5)), 1, 'large')).toMatchObject({
      q10: -20,
      basis: 'outcome-changes',
    });
    expect(MIN_ERRORS).toBe(30);
  });

  it('widen the longest observed change by the growth measured between the two longest lengths', () => {
    // Spread doubles from 1 to 2 years (growth exponent 1): 4 years ahead is twice the 2-year spread.
    const changes = [...samples(1, 'small', spread()), ...samples(2, 'small', spread(2))];
    const band = bandFor([], changes, 4, 'small');
    expect(band.basis).toBe('outcome-changes-widened');
    expect(band.q90).toBeCloseTo(160, 6);
    // With one length only, a random walk is assumed: x sqrt(4).
    expect(bandFor([], samples(1, 'small', spread()), 4, 'small').q90).toBeCloseTo(80, 6);
  });

  it('always contain the forecast and never go below zero demand', () => {
    expect(intervalOf(10, { q10: 5, q90: 20, n: 40, basis: 'model-errors' })).toEqual({ lo80: 10, hi80: 30 });
    expect(intervalOf(10, { q10: -30, q90: 5, n: 40, basis: 'model-errors' })).toEqual({ lo80: 0, hi80: 15 });
  });

  it('classify municipalities by population: under 5,000 small, under 20,000 medium', () => {
    expect([4_999, 5_000, 19_999, 20_000, undefined].map(sizeClassOf)).toEqual([
      'small',
      'medium',
      'medium',
      'large',
      'small',
    ]);
  });
});
