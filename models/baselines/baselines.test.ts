import { describe, expect, it } from 'vitest';
import type { AreaSeries, Panel } from '../core/panel';
import { cohortChange, migrationFactor, stepCohorts } from './cohort-change';
import { dampedTrend, drift, naive } from './simple-baselines';
import { dampedSteps } from './trend';

const row = (c02: number, c36: number) => ({
  c02,
  c36,
  total: null,
  adults: null,
  smallChildHouseholds: null,
  dwellings: null,
  medianIncome: null,
});
const area = (values: [number, number, number][]): AreaSeries => ({
  postalCode: '00100',
  municipalityCode: '091',
  byYear: new Map(values.map(([y, a, b]) => [y, row(a, b)])),
});
const panelOf = (...areas: AreaSeries[]): Panel => ({
  areas,
  years: [...new Set(areas.flatMap((a) => [...a.byYear.keys()]))].sort(),
  births: new Map(),
});
const meanOf = async (f: typeof naive, p: Panel, origin: number, h: number, ageGroup = '0-2') =>
  (await f.forecast(p, origin, [h])).find((r) => r.ageGroup === ageGroup)!.mean;

describe('baselines', () => {
  const p = panelOf(
    area([
      [2013, 100, 120],
      [2014, 110, 120],
      [2015, 120, 120],
    ]),
  );

  it('naive carries the last value', async () => expect(await meanOf(naive, p, 2015, 3)).toBe(120));
  it('drift continues the average change', async () => expect(await meanOf(drift, p, 2015, 2)).toBe(140));
  it('damped trend fades the recent growth', async () => {
    const expected = 120 * Math.exp((Math.log(120 / 100) / 2) * dampedSteps(2));
    expect(await meanOf(dampedTrend, p, 2015, 2)).toBeCloseTo(expected, 6);
  });
  it('handles a missing year as a gap, not as zero', async () => {
    const gap = panelOf(
      area([
        [2018, 100, 100],
        [2020, 120, 100],
      ]),
    );
    expect(await meanOf(drift, gap, 2020, 1)).toBe(130);
  });
  it('skips areas without a published value at the origin', async () => {
    const suppressed = panelOf({
      ...area([[2015, 5, 5]]),
      byYear: new Map([[2015, { ...row(0, 0), c02: null, c36: null }]]),
    });
    expect(await naive.forecast(suppressed, 2015, [1])).toEqual([]);
  });
});

describe('cohort-change', () => {
  it('ages cohorts: a quarter of 3-6 leaves, a third of 0-2 enters', () => {
    const next = stepCohorts([30, 30, 30, 40, 40, 40, 40], 30, 1);
    expect(next.slice(3).reduce((a, b) => a + b, 0)).toBe(30 + 40 + 40 + 40);
  });
  it('estimates no migration for an area that ages exactly as expected', () => {
    expect(
      migrationFactor(
        area([
          [2013, 90, 120],
          [2014, 90, 120],
        ]),
      ),
    ).toBeCloseTo(1, 6);
  });
  it('never forecasts a negative count', async () => {
    const rows = await cohortChange.forecast(
      panelOf(
        area([
          [2013, 3, 0],
          [2014, 0, 1],
        ]),
      ),
      2014,
      [1, 2, 3, 4, 5],
    );
    expect(rows.every((r) => r.mean >= 0)).toBe(true);
  });
});
