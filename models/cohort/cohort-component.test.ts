import { describe, expect, it } from 'vitest';
import { makeCohortPanel } from '../../tests/builders/cohort-panel';
import { naive } from '../baselines/simple-baselines';
import { truncatePanel } from '../core/panel';
import { cohortComponent, projectCohorts, sixYearShare } from './cohort-component';

const panel = makeCohortPanel();
const origin = 2014;
const known = truncatePanel(panel, origin);
const actual = (code: string, group: '0-2' | '3-6', year: number) => {
  const row = panel.areas.find((a) => a.postalCode === code)!.byYear.get(year)!;
  return group === '0-2' ? row.c02! : row.c36!;
};
const mape = (rows: { postalCode: string; ageGroup: '0-2' | '3-6'; horizon: number; mean: number }[]) =>
  rows.reduce(
    (s, r) =>
      s +
      Math.abs(r.mean - actual(r.postalCode, r.ageGroup, origin + r.horizon)) /
        actual(r.postalCode, r.ageGroup, origin + r.horizon),
    0,
  ) / rows.length;

describe('the cohort-component model', () => {
  it('knows that falling births shrink the 0-2 group, and beats "same as last year" where children age and births fall', async () => {
    const cc = await cohortComponent().forecast(known, origin, [1, 2]);
    const same = await naive.forecast(known, origin, [1, 2]);
    expect(mape(cc)).toBeLessThan(0.6 * mape(same));
    const small = cc.filter((r) => r.ageGroup === '0-2' && r.horizon === 2);
    const now = (code: string) => known.areas.find((a) => a.postalCode === code)!.byYear.get(origin)!.c02!;
    // Births fall 3 % a year: two years later an area has fewer 0-2-year-olds than today.
    expect(small.every((r) => r.mean < now(r.postalCode))).toBe(true);
  });

  it('splits six-year-olds from 3-6 by the size of the birth cohorts', () => {
    const parts = projectCohorts(known, origin, 2);
    for (const p of parts.values()) {
      // The oldest of four falling cohorts is the largest: more than a quarter of the group.
      expect(sixYearShare(p, 1)!).toBeGreaterThan(0.25);
      expect(sixYearShare(p, 1)!).toBeLessThan(0.3);
    }
  });

  it('never forecasts a negative count and explains itself in steps that multiply to its forecast', () => {
    for (const { full, ageing, births } of projectCohorts(known, origin, 5).values()) {
      for (const p of [full, ageing, births]) for (const x of [...p.c02, ...p.c36]) expect(x).toBeGreaterThanOrEqual(0);
      // Births held at today's level leave more 0-2-year-olds than the falling births forecast.
      expect(ageing.c02[4]).toBeGreaterThan(births.c02[4]);
    }
  });
});

describe('migration shrunk towards the type of area', () => {
  /** An area whose children move at `migration` a year (1.03: 3 % more each year), births constant. */
  const areaWith = (postalCode: string, municipalityCode: string, birthsPerYear: number, migration: number) => {
    let ages = Array<number>(7).fill(birthsPerYear);
    const byYear = new Map();
    for (let y = 2004; y <= 2014; y++) {
      ages = [birthsPerYear, ...ages.slice(0, 6).map((a) => a * migration)];
      if (y < 2010) continue;
      const [c02, c36] = [ages[0] + ages[1] + ages[2], ages[3] + ages[4] + ages[5] + ages[6]];
      const row = { c02, c36, total: 0, adults: 0, smallChildHouseholds: 0, dwellings: 0, medianIncome: 0 };
      byYear.set(y, row);
    }
    return { postalCode, municipalityCode, byYear };
  };
  const births = (perYear: number) => new Map(Array.from({ length: 20 }, (_, i) => [1997 + i, perYear]));
  const panel = {
    years: [2010, 2011, 2012, 2013, 2014],
    // A city gaining families, a large rural municipality losing them, and a tiny rural one whose
    // own few children say little.
    areas: [areaWith('00100', '091', 3000, 1.03), areaWith('89600', '777', 1000, 0.95), areaWith('99990', '999', 2, 1)],
    births: new Map([
      ['091', births(3000)],
      ['777', births(1000)],
      ['999', births(2)],
    ]),
  };
  const tinyMigration = (p: typeof panel & { urbanisation?: Map<string, Map<number, number>> }) => {
    const parts = projectCohorts(p, 2014, 3).get('99990')!;
    return parts.full.c36[2] / parts.births.c36[2];
  };

  it('lets a tiny rural municipality follow rural migration rather than the whole country, which the city dominates', () => {
    const urbanisation = new Map([
      ['091', new Map([[2014, 99]])],
      ['777', new Map([[2014, 40]])],
      ['999', new Map([[2014, 30]])],
    ]);
    expect(tinyMigration({ ...panel, urbanisation })).toBeLessThan(1);
    expect(tinyMigration(panel)).toBeGreaterThan(1);
  });
});
