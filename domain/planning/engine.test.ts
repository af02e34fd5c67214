import { describe, expect, it } from 'vitest';
import { computePlan } from './engine';
import { fixtureInputs, fixtureUnit } from '../../tests/builders/plan-fixtures';
import type { PlanRow } from './plan-types';
import { parseScenario } from './scenario';

const pick = (rows: PlanRow[], postalCode: string, year: number) =>
  rows.find((r) => r.postalCode === postalCode && r.year === year)!;

describe('planning engine, baseline', () => {
  const rows = computePlan(fixtureInputs());

  it('has one row per area and year, history and forecast', () => {
    expect(rows).toHaveLength(4 * 7);
    expect(pick(rows, '00100', 2021).isForecast).toBe(false);
    expect(pick(rows, '00100', 2022).isForecast).toBe(true);
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(['baseline']));
  });

  it('turns 60 children aged 0-2 and 80 aged 3-6 into places, staff and space', () => {
    const r = pick(rows, '00100', 2021);
    // 20 per single age; under 3: 20 x (0 + 0.45 + 0.75); 3-5: 54 in ECE, 10 % part-day; 6: 20 in ECE + pre-school.
    expect(r).toMatchObject({
      children02: 60,
      children36: 80,
      children6: 20,
      demandUnder3: 24,
      demand3plusFullday: 68.6,
      demand3plusPartday: 5.4,
      demandPreschool: 19.8,
      demandTotal: 98,
      demandTotalLo80: null,
      demandTotalHi80: null,
      // 24/4 + 69/7 + 5/13 = 16.2 -> 17 educators; groups: 2 under-3 + 4 aged 3+.
      staffEducators: 17,
      staffFte: 18.7,
      groups: 6,
      floorAreaNeededM2: 784,
    });
  });

  it('gives forecasts an 80 % interval around the demand', () => {
    const r = pick(rows, '00100', 2023);
    expect(r.demandTotalLo80).toBeCloseTo(r.demandTotal! * 0.9, 1);
    expect(r.demandTotalHi80).toBeCloseTo(r.demandTotal! * 1.1, 1);
  });

  it('shares a unit among the areas within walking distance, in proportion to demand', () => {
    const a = pick(rows, '00100', 2021);
    const b = pick(rows, '00200', 2021);
    const c = pick(rows, '00300', 2021);
    expect(a.capacityTotal).toBe(108);
    expect(b.capacityTotal).toBe(0);
    expect(a.capacityWalkTotal).toBeCloseTo(8 + 28, 6);
    expect(b.capacityWalkTotal).toBeCloseTo(16 + 56, 6);
    expect(c.capacityWalkTotal).toBeCloseTo(54, 6);
    // Shares add back up to the registry: 108 + 54 places.
    expect(a.capacityWalkTotal! + b.capacityWalkTotal! + c.capacityWalkTotal!).toBeCloseTo(162, 6);
    expect(a.gapPlaces).toBeCloseTo(62, 6);
    expect(a.gapM2).toBe(496);
    expect(a.fillRate).toBeCloseTo(98 / 36, 3);
    expect(a.rag).toBe('red');
    expect(a.syntheticCapacity).toBe(true);
    expect(a.preschoolTransportNeeded).toBe(false);
  });

  it('gives no capacity, gap or flag where the registry has no units', () => {
    const espoo = pick(rows, '02100', 2021);
    expect(espoo.demandTotal).toBe(98);
    expect(espoo).toMatchObject({
      capacityTotal: null,
      capacityWalkTotal: null,
      gapPlaces: null,
      fillRate: null,
      rag: null,
      syntheticCapacity: null,
    });
  });

  it('flags amber above 95 % fill and green below', () => {
    const inputs = fixtureInputs();
    inputs.units.push(
      fixtureUnit('BIG', '00100', 24.95, 60.17, 66, 220),
      fixtureUnit('C2', '00300', 25.04, 60.17, 12, 34),
    );
    const flagged = computePlan(inputs);
    expect(pick(flagged, '00100', 2021).fillRate).toBeCloseTo(294 / 394, 3);
    expect(pick(flagged, '00100', 2021).rag).toBe('green');
    expect(pick(flagged, '00300', 2021).fillRate).toBeCloseTo(98 / 100, 3);
    expect(pick(flagged, '00300', 2021).rag).toBe('amber');
  });
});

describe('planning engine, scenarios', () => {
  const baseline = computePlan(fixtureInputs());
  const run = (doc: object) => computePlan(fixtureInputs(), parseScenario({ name: 'test', ...doc }));

  it('scales only cohorts born after the forecast origin for a births change', () => {
    const rows = run({ births: { pct: 30 } });
    // 2022: only the 0-year-olds (born 2022) are new; 2021 is history and unchanged.
    expect(pick(rows, '00100', 2022).children02).toBeCloseTo(60 + 20 * 0.3, 6);
    expect(pick(rows, '00100', 2022).children36).toBe(80);
    expect(pick(rows, '00100', 2021)).toEqual({ ...pick(baseline, '00100', 2021), scenario: 'test' });
    // 2026: ages 0-4 were born after 2021; of 3-6 that is the 3- and 4-year-olds (20 each).
    expect(pick(rows, '00100', 2026).children36).toBeCloseTo(80 + 2 * 20 * 0.3, 6);
  });

  it('compounds migration per forecast year in the named area only', () => {
    const rows = run({ migration: [{ postalCode: '00200', pctPerYear: 10 }] });
    expect(pick(rows, '00200', 2023).children02).toBeCloseTo(120 * 1.21, 6);
    expect(pick(rows, '00100', 2023).children02).toBe(60);
  });

  it('adds the child yield of new dwellings from their completion year', () => {
    const rows = run({
      housing: [
        { postalCode: '00100', year: 2024, dwellings: 1000 },
        { postalCode: '00100', year: 2025, floorAreaM2: 60000 },
      ],
    });
    expect(pick(rows, '00100', 2023).children02).toBe(60);
    expect(pick(rows, '00100', 2024).children02).toBeCloseTo(60 + 90, 6);
    expect(pick(rows, '00100', 2025).children36).toBeCloseTo(80 + 2000 * 0.12, 6);
  });

  it('changes participation, ratios and space per child', () => {
    const rows = run({
      participation: [{ age: 1, pp: 10, fromYear: 2024 }],
      ratios: { fullDay3plus: 8 },
      m2PerChild: 10,
    });
    expect(pick(rows, '00100', 2023).demandUnder3).toBe(24);
    expect(pick(rows, '00100', 2024).demandUnder3).toBeCloseTo(26, 6);
    // 24/4 + 69/8 + 5/13 = 15.0 -> 16 educators (17 under 1:7).
    expect(pick(rows, '00100', 2021).staffEducators).toBe(16);
    expect(pick(rows, '00100', 2021).floorAreaNeededM2).toBe(980);
  });

  it('applies service changes from the latest observed year, or from the scenario fromYear', () => {
    expect(pick(run({ ratios: { fullDay3plus: 8 } }), '00100', 2020).staffEducators).toBe(17);
    expect(pick(run({ ratios: { fullDay3plus: 8 }, fromYear: 2020 }), '00100', 2020).staffEducators).toBe(16);
    expect(pick(run({ m2PerChild: 10, fromYear: 2023 }), '00100', 2022).floorAreaNeededM2).toBe(
      pick(baseline, '00100', 2022).floorAreaNeededM2,
    );
  });

  it('opens, closes and resizes units from the year named', () => {
    const rows = run({
      units: {
        open: [
          {
            unitId: 'NEW',
            nameFi: 'Uusi',
            postalCode: '00200',
            municipalityCode: '091',
            lon: 24.96,
            lat: 60.17,
            capacityUnder3: 12,
            capacity3plus: 42,
            openingYear: 2024,
          },
        ],
        close: [{ unitId: 'U2', year: 2025 }],
        capacity: [{ unitId: 'U1', year: 2023, under3Delta: -24 }],
      },
    });
    expect(pick(rows, '00200', 2023).capacityTotal).toBe(0);
    expect(pick(rows, '00200', 2024).capacityTotal).toBe(54);
    expect(pick(rows, '00100', 2023).capacityUnder3).toBe(0);
    expect(pick(rows, '00300', 2024).capacityTotal).toBe(54);
    expect(pick(rows, '00300', 2025).capacityTotal).toBe(0);
    expect(pick(rows, '00300', 2025).preschoolTransportNeeded).toBe(false);
  });

  it('refuses to close a unit that does not exist', () => {
    expect(() => run({ units: { close: [{ unitId: 'NOPE', year: 2024 }] } })).toThrow(
      'scenario closes unit NOPE, which is not in the registry',
    );
  });
});
