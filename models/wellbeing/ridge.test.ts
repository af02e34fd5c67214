import { describe, expect, it } from 'vitest';
import { fitRidge, predictRidge } from './ridge';

describe('ridge regression', () => {
  it('recovers a noiseless linear relation when the penalty is tiny', () => {
    const x = [
      [1, 0],
      [0, 1],
      [2, 1],
      [3, 5],
      [4, 2],
    ];
    const y = x.map(([a, b]) => 3 + 2 * a - b);
    const fit = fitRidge(x, y, 1e-9);
    expect(fit.intercept).toBeCloseTo(3, 6);
    expect(fit.coef[0]).toBeCloseTo(2, 6);
    expect(fit.coef[1]).toBeCloseTo(-1, 6);
    expect(predictRidge(fit, [10, 10])).toBeCloseTo(13, 5);
  });

  it('shrinks the slopes towards zero, never the intercept, as the penalty grows', () => {
    const x = [[0], [1], [2], [3]];
    const y = [1, 3, 5, 7];
    const loose = fitRidge(x, y, 0.001);
    const tight = fitRidge(x, y, 1000);
    expect(Math.abs(tight.coef[0])).toBeLessThan(Math.abs(loose.coef[0]) / 50);
    // With the slope gone, the prediction is the mean of y.
    expect(predictRidge(tight, [1.5])).toBeCloseTo(4, 3);
  });

  it('gives a constant input no weight', () => {
    const fit = fitRidge(
      [
        [1, 5],
        [2, 5],
        [3, 5],
      ],
      [2, 4, 6],
      0,
    );
    expect(fit.coef[1]).toBe(0);
    expect(fit.coef[0]).toBeCloseTo(2, 9);
  });
});
