import { beforeAll, describe, expect, it } from 'vitest';
import { planningWarehouseInMemory } from '../../tests/builders/planning-warehouse';
import { loadPlanInputs } from './load-plan-inputs';

describe('loading planning inputs from the warehouse', () => {
  let loaded: Awaited<ReturnType<typeof loadPlanInputs>>;
  beforeAll(async () => {
    loaded = await loadPlanInputs(await planningWarehouseInMemory(), {});
  });

  it('reads history, keeps suppressed counts unknown, and adds the active model own latest-origin forecasts', () => {
    const a = loaded.inputs.areas.find((x) => x.postalCode === '00100')!;
    expect(a.years.map((y) => [y.year, y.isForecast, y.origin])).toEqual([
      [2020, false, null],
      [2021, false, null],
      [2022, true, 2021],
      [2023, true, 2021],
    ]);
    expect(a.years[2]).toMatchObject({ c02: { mean: 340, lo80: 330, hi80: 396 }, c6: { mean: 110 } });
    const b = loaded.inputs.areas.find((x) => x.postalCode === '00190')!;
    expect(b.years[1]).toMatchObject({ year: 2021, c02: null, c36: null });
    expect(loaded.basis).toMatchObject({
      modelVersion: 'm1',
      origins: [2017, 2021],
      units: 1,
      syntheticUnits: 1,
      unitFiles: ['units/u.csv'],
    });
  });

  it('derives participation by single age from 14jt over the latest Paavo counts, with a national fallback', () => {
    const helsinki = loaded.inputs.parameters.get('091')!;
    // Rate year 2022 is not observed; the active model's 2022 forecast for 00100 (00190 has none) is the
    // denominator: 340 / 3 per age 0-2, 430 / 4 per age 3-6; 6-year-olds: all ages 540 - ages 0-5 431 = 109 -> 100 %.
    expect(helsinki).toMatchObject({ rateSource: 'derived', denominator: 'forecast' });
    expect(helsinki.rates.map((r) => Math.round(r * 100))).toEqual([1, 41, 75, 88, 92, 98, 100]);
    // Espoo: its latest Paavo year is 2017 (02110 vanished in 2016 and is not counted); the forecast for 2022
    // gives the denominator: 120 / 3 = 40 per age 0-2, 160 / 4 = 40 per age 3-6.
    const espoo = loaded.inputs.parameters.get('049')!;
    expect(espoo).toMatchObject({ rateSource: 'derived', denominator: 'forecast' });
    expect(espoo.rates.map((r) => Math.round(r * 100))).toEqual([0, 50, 100, 100, 100, 100, 100]);
    expect(loaded.inputs.parameters.get('SSS')!.rateYear).toBe(2022);
  });

  it('gives areas a point, an employment-based factor and a dwelling size', () => {
    const a = loaded.inputs.areas.find((x) => x.postalCode === '00100')!;
    expect(a.point!.lon).toBeCloseTo(24.95, 6);
    expect(a.dwellingSizeM2).toBe(55);
    expect(loaded.inputs.areas.find((x) => x.postalCode === '02100')!.point).toBeNull();
    expect(loaded.inputs.units[0]).toMatchObject({
      unitId: 'U1',
      capacity3plus: 84,
      synthetic: true,
      closingYear: null,
    });
  });
});
