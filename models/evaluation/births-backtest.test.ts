import { describe, expect, it } from 'vitest';
import { backtestBirths } from './births-backtest';

const years = Array.from({ length: 31 }, (_, i) => 1987 + i);
const series = (f: (year: number) => number) => new Map(years.map((y) => [y, f(y)]));

describe('the births backtest on municipal births', () => {
  it('scores every variant at every horizon over the whole series', () => {
    const scores = backtestBirths(new Map([['091', series(() => 6000)]]), [1, 5]);
    expect(scores.map((s) => `${s.variant} h${s.horizon}`).sort()).toEqual([
      'corrected by past misses h1',
      'corrected by past misses h5',
      'damped trend h1',
      'damped trend h5',
      'held flat h1',
      'held flat h5',
    ]);
    // Constant births: every variant is exact.
    for (const s of scores) expect(s.wape).toBeCloseTo(0, 9);
  });

  it('credits the trend where births fall steadily, and holding them flat over-forecasts', () => {
    const falling = series((y) => 8000 * Math.exp(-0.03 * (y - 1987)));
    const scores = backtestBirths(new Map([['091', falling]]), [3]);
    const of = (v: string) => scores.find((s) => s.variant === v)!;
    expect(of('damped trend').wape).toBeLessThan(of('held flat').wape);
    expect(of('held flat').bias).toBeGreaterThan(5);
  });
});
