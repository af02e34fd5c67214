import { describe, expect, it } from 'vitest';
import { estimateChildYield, type AreaGrowth } from './housing-yield';

const area = (d0: number, d1: number, c02: [number, number], c36: [number, number]): AreaGrowth => ({
  dwellingsStart: d0,
  dwellingsEnd: d1,
  children02Start: c02[0],
  children02End: c02[1],
  children36Start: c36[0],
  children36End: c36[1],
});

describe('child yield per new dwelling', () => {
  it('regresses the change in children on the change in dwellings over clearly growing areas', () => {
    // Every growing area gains 0.1 children 0-2 and 0.2 children 3-6 per new dwelling.
    const growing = Array.from({ length: 8 }, (_, i) =>
      area(1000, 1200 + 100 * i, [50, 50 + 0.1 * (200 + 100 * i)], [80, 80 + 0.2 * (200 + 100 * i)]),
    );
    const stable = area(5000, 5010, [300, 200], [400, 300]);
    const y = estimateChildYield([...growing, stable]);
    expect(y.method).toBe('growth-regression');
    expect(y.areas).toBe(8);
    expect(y.c02).toBeCloseTo(0.1, 9);
    expect(y.c36).toBeCloseTo(0.2, 9);
  });

  it('falls back to the stock average when too few areas grew, and never yields negative children', () => {
    const y = estimateChildYield([area(1000, 1000, [60, 50], [80, 70]), area(1000, 1500, [60, 10], [80, 20])]);
    expect(y.method).toBe('stock-average');
    expect(y.c02).toBeCloseTo(60 / 2500);
    const shrinking = Array.from({ length: 8 }, () => area(1000, 1200, [50, 30], [80, 60]));
    expect(estimateChildYield(shrinking).c02).toBe(0);
  });
});
