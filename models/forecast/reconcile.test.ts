import { describe, expect, it } from 'vitest';
import type { PointForecast } from '../core/forecast-row';
import { reconcileToTotals } from './reconcile';

const p = (postalCode: string, mean: number): PointForecast => ({
  postalCode,
  municipalityCode: '091',
  ageGroup: '0-2',
  origin: 2021,
  horizon: 1,
  mean,
});

describe('reconcileToTotals', () => {
  it('scales areas so they sum to the municipal total, keeping shares and signs', () => {
    const out = reconcileToTotals([p('00100', 30), p('00120', 10)], new Map([['091|0-2|1', 60]]));
    expect(out.map((r) => r.mean)).toEqual([45, 15]);
    expect(out.reduce((s, r) => s + r.mean, 0)).toBe(60);
  });

  it('leaves areas alone when there is no municipal target', () => {
    expect(reconcileToTotals([p('00100', 30)], new Map())).toEqual([p('00100', 30)]);
  });
});
