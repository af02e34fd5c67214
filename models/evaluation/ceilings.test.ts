import { describe, expect, it } from 'vitest';
import { ANCHOR_MODEL } from '../../domain/forecasting/methods';
import type { Panel } from '../core/panel';
import { ceilingRows, measureCeilings } from './ceilings';
import type { ScoredForecast } from './nested-backtest';

const row = (postalCode: string, mean: number, actual: number): ScoredForecast => ({
  model: ANCHOR_MODEL,
  postalCode,
  municipalityCode: '837',
  ageGroup: '0-2',
  origin: 2013,
  horizon: 1,
  year: 2014,
  base: mean,
  mean,
  actual,
  lo80: NaN,
  hi80: NaN,
  lo95: NaN,
  hi95: NaN,
  sizeClass: 1,
  helsinki: false,
});

const panelWithDwellings = (dwellings: Record<string, [number, number]>): Panel => ({
  years: [2013, 2014],
  births: new Map(),
  areas: Object.entries(dwellings).map(([postalCode, [from, to]]) => ({
    postalCode,
    municipalityCode: '837',
    byYear: new Map(
      [from, to].map((d, i) => [
        2013 + i,
        { c02: 0, c36: 0, total: 0, adults: 0, smallChildHouseholds: 0, dwellings: d, medianIncome: 0 },
      ]),
    ),
  })),
});

describe('the ceilings of what any model could gain', () => {
  it('remove all the error a municipality-wide miss causes once its later total is known', () => {
    // Births fell by a fifth everywhere: known totals correct every area exactly.
    const scored = [row('a', 100, 80), row('b', 50, 40)];
    const [c] = measureCeilings(scored, panelWithDwellings({}));
    expect(c.anchor).toBeCloseTo(25, 6);
    expect(c.knownTotals).toBeCloseTo(0, 6);
  });

  it('credit later dwellings with the error that follows new housing, and leave the rest', () => {
    // The municipality's total was right, but children moved to the area that built.
    const scored = [row('a', 100, 130), row('b', 100, 70), row('c', 100, 100)];
    const panel = panelWithDwellings({ a: [1000, 1300], b: [1000, 1000], c: [1000, 1150] });
    const [c] = measureCeilings(scored, panel);
    expect(c.knownTotals).toBeCloseTo(c.anchor, 6);
    expect(c.knownTotalsAndDwellings).toBeLessThan(0.2 * c.anchor);
  });

  it('are stored beside the methods as rows that name themselves ceilings and claim no skill', () => {
    const rows = ceilingRows(measureCeilings([row('a', 100, 80), row('b', 50, 40)], panelWithDwellings({})));
    expect(rows.map((r) => r.model)).toEqual(['ceiling-totals', 'ceiling-totals-dwellings']);
    expect(rows[0]).toMatchObject({ scope: 'finland', ageGroup: '0-2', horizon: 1, sizeClass: 'all', skill: null });
    expect(rows[0].mape).toBeCloseTo(0, 6);
  });
});
