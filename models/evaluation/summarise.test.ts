import { describe, expect, it } from 'vitest';
import type { ScoredForecast } from './nested-backtest';
import { summariseBacktest } from './summarise';

const scoredRow = (horizon: number, helsinki: boolean, actual: number): ScoredForecast => ({
  model: 'naive',
  postalCode: helsinki ? '00100' : '33100',
  municipalityCode: helsinki ? '091' : '837',
  ageGroup: '0-2',
  origin: 2013,
  horizon,
  year: 2013 + horizon,
  base: 100,
  mean: 100,
  actual,
  lo80: 90,
  hi80: 110,
  lo95: 80,
  hi95: 120,
  sizeClass: 1,
  helsinki,
});

describe('the backtest summary', () => {
  const summary = summariseBacktest([
    scoredRow(1, true, 100),
    scoredRow(1, false, 125),
    scoredRow(5, true, 105),
  ]).filter((r) => r.sizeClass === 'all');
  const cell = (scope: string, horizon: number) => summary.find((r) => r.scope === scope && r.horizon === horizon);

  it('reports all of Finland with Helsinki inside it', () => {
    expect(cell('finland', 1)?.n).toBe(2);
    expect(cell('finland', 1)?.mape).toBeCloseTo(10, 6);
    expect(cell('helsinki', 1)?.mape).toBe(0);
  });

  it('does not present Helsinki alone as all of Finland where only Helsinki reaches a horizon', () => {
    expect(cell('helsinki', 5)?.n).toBe(1);
    expect(cell('finland', 5)).toBeUndefined();
  });
});
