import { describe, expect, it } from 'vitest';
import { aggregateIndex } from './compare-index';
import { computeRiskIndex, type IndexFactor } from './risk-index';
import { chooseYardsticks, type FactorValue } from './yardstick';

/**
 * Four areas, one risk factor (say unemployment) and one resilience factor (say tertiary education),
 * chosen so the yardstick is mean 2 and standard deviation 1 for both: z-scores are -1 or +1 and the
 * index can be checked by hand (w = +1/2 for the risk factor, -1/2 for the resilience factor).
 */
const FACTORS: IndexFactor[] = [
  { id: 'unemployment', role: 'risk' },
  { id: 'tertiary', role: 'resilience' },
];
const row = (area: string, year: number, factor: string, value: number): FactorValue => ({ area, year, factor, value });
const FIXTURE: FactorValue[] = [
  row('A', 2015, 'unemployment', 1),
  row('B', 2015, 'unemployment', 1),
  row('C', 2015, 'unemployment', 3),
  row('D', 2015, 'unemployment', 3),
  row('A', 2015, 'tertiary', 3),
  row('B', 2015, 'tertiary', 1),
  row('C', 2015, 'tertiary', 3),
  row('D', 2015, 'tertiary', 1),
];

describe('the risk-and-resilience index', () => {
  it('is standardised with the yardstick of the reference year: mean 2, standard deviation 1', () => {
    const y = chooseYardsticks(FIXTURE);
    expect(y.get('unemployment')).toEqual({ factor: 'unemployment', year: 2015, mean: 2, sd: 1, areas: 4 });
    expect(y.get('tertiary')).toMatchObject({ mean: 2, sd: 1 });
  });

  it('gives -1 to low risk with high resilience, +1 to the opposite and 0 to mixed areas', () => {
    const index = computeRiskIndex(FACTORS, FIXTURE, chooseYardsticks(FIXTURE));
    expect(index.map((v) => [v.area, v.index])).toEqual([
      ['A', -1],
      ['B', 0],
      ['C', 0],
      ['D', 1],
    ]);
  });

  it("reports each factor's contribution, which add up to the index", () => {
    const [, , , d] = computeRiskIndex(FACTORS, FIXTURE, chooseYardsticks(FIXTURE));
    expect(d.contributions).toEqual([
      { factor: 'tertiary', value: 1, z: -1, weight: -0.5, contribution: 0.5 },
      { factor: 'unemployment', value: 3, z: 1, weight: 0.5, contribution: 0.5 },
    ]);
  });

  it('lets the factors an area has carry the weight, and caps an extreme value at 3 standard deviations', () => {
    const yardsticks = chooseYardsticks(FIXTURE);
    const [e] = computeRiskIndex(FACTORS, [row('E', 2016, 'unemployment', 10)], yardsticks);
    expect(e).toMatchObject({ area: 'E', year: 2016, index: 3 });
    expect(e.contributions[0]).toMatchObject({ z: 3, weight: 1 });
  });

  it('gives no index to an area with fewer than half of the factors', () => {
    const three: IndexFactor[] = [...FACTORS, { id: 'crowding', role: 'risk' }, { id: 'income', role: 'resilience' }];
    expect(computeRiskIndex(three, [row('E', 2016, 'unemployment', 3)], chooseYardsticks(FIXTURE))).toEqual([]);
  });

  it('takes the latest year that still covers 90 % of the areas as the reference year', () => {
    const later = [...FIXTURE, row('A', 2016, 'unemployment', 5), row('B', 2016, 'unemployment', 7)];
    expect(chooseYardsticks(later).get('unemployment')).toMatchObject({ year: 2015, areas: 4 });
  });

  it("compares an area with its region and the country as the average resident's index", () => {
    const index = computeRiskIndex(FACTORS, FIXTURE, chooseYardsticks(FIXTURE));
    const population: Record<string, number> = { A: 300, B: 100, C: 100, D: 100 };
    const region: Record<string, string> = { A: 'south', B: 'south', C: 'north', D: 'north' };
    const groups = aggregateIndex(
      index,
      (a) => population[a],
      (a) => region[a],
    );
    expect(groups.map((g) => [g.group, g.index])).toEqual([
      ['north', 0.5],
      ['south', -0.75],
    ]);
    const [country] = aggregateIndex(
      index,
      (a) => population[a],
      () => 'SSS',
    );
    expect(country.index).toBeCloseTo(-0.333333, 5);
    expect(country.contributions.unemployment).toBeCloseTo(-1 / 6, 5);
  });
});
