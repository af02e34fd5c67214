import { describe, expect, it } from 'vitest';
import { computeMetrics, skill } from './metrics';

describe('computeMetrics', () => {
  it('computes percentage errors, bias and weighted error', () => {
    const m = computeMetrics([
      { forecast: 110, actual: 100 },
      { forecast: 45, actual: 50 },
      { forecast: 5, actual: 0 },
    ]);
    expect(m.n).toBe(3);
    expect(m.mape).toBeCloseTo(10); // (10 % + 10 %) / 2; the zero actual is left out
    expect(m.medape).toBeCloseTo(10);
    expect(m.malpe).toBeCloseTo(0); // +10 % and -10 %
    expect(m.wape).toBeCloseTo((100 * 20) / 150);
    expect(m.coverage80).toBeNull();
  });

  it('counts interval coverage only where an interval exists', () => {
    const m = computeMetrics([
      { forecast: 10, actual: 12, lo80: 8, hi80: 13, lo95: 5, hi95: 15 },
      { forecast: 10, actual: 20, lo80: 8, hi80: 13, lo95: 5, hi95: 15 },
      { forecast: 10, actual: 10 },
    ]);
    expect(m.coverage80).toBe(0.5);
    expect(m.coverage95).toBe(0.5);
  });

  it('skill is the relative MAPE reduction', () => {
    expect(skill(7.5, 10)).toBeCloseTo(0.25);
  });
});
