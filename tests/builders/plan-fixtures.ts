import type { ChildYear, MunicipalParameters, PlanArea, PlanInputs } from '../../domain/planning/plan-types';
import type { EceUnit } from '../../domain/planning/unit';

/**
 * Small hand-made planning inputs for tests and examples: one municipality ('091') with three areas
 * (two within walking distance of each other, one 5 km away), two observed years and a forecast from
 * origin 2021 with 80 % intervals. Numbers are round so expectations can be worked out by hand.
 */
export const FIXTURE_RATES = [0, 0.45, 0.75, 0.9, 0.9, 0.9, 1];

export function fixtureParameters(code: string): MunicipalParameters {
  return {
    municipalityCode: code,
    rates: [...FIXTURE_RATES],
    rateYear: 2022,
    rateSource: 'derived',
    denominator: 'observed',
    childYield: { c02: 0.09, c36: 0.12, method: 'growth-regression', areas: 10 },
  };
}

export const history = (year: number, c02: number, c36: number): ChildYear => ({
  year,
  isForecast: false,
  origin: null,
  c02: { mean: c02, lo80: null, hi80: null },
  c36: { mean: c36, lo80: null, hi80: null },
  c6: null,
});

export const forecast = (year: number, c02: number, c36: number, c6: number, origin = 2021): ChildYear => ({
  year,
  isForecast: true,
  origin,
  c02: { mean: c02, lo80: c02 * 0.9, hi80: c02 * 1.1 },
  c36: { mean: c36, lo80: c36 * 0.9, hi80: c36 * 1.1 },
  c6: { mean: c6, lo80: c6 * 0.9, hi80: c6 * 1.1 },
});

export function fixtureUnit(
  id: string,
  postalCode: string,
  lon: number,
  lat: number,
  under3: number,
  plus3: number,
  more: Partial<EceUnit> = {},
): EceUnit {
  return {
    unitId: id,
    nameFi: `Synthetic unit ${id}`,
    nameSv: null,
    language: 'fi',
    provider: 'municipal',
    lon,
    lat,
    postalCode,
    municipalityCode: '091',
    capacityUnder3: under3,
    capacity3plus: plus3,
    floorAreaM2: (under3 + plus3) * 8,
    openingYear: 1990,
    closingYear: null,
    preschool: true,
    synthetic: true,
    ...more,
  };
}

const area = (
  postalCode: string,
  lon: number,
  lat: number,
  years: ChildYear[],
  municipalityCode = '091',
): PlanArea => ({
  postalCode,
  municipalityCode,
  point: { lon, lat },
  participationFactor: 1,
  dwellingSizeM2: 60,
  years,
});

export function fixtureInputs(): PlanInputs {
  const years = (k: number) => [
    history(2020, 60 * k, 80 * k),
    history(2021, 60 * k, 80 * k),
    ...[2022, 2023, 2024, 2025, 2026].map((y) => forecast(y, 60 * k, 80 * k, 20 * k)),
  ];
  return {
    // A and B are about 1.1 km apart; C is 5.6 km east of A.
    areas: [
      area('00100', 24.94, 60.17, years(1)),
      area('00200', 24.96, 60.17, years(2)),
      area('00300', 25.04, 60.17, years(1)),
      area('02100', 24.8, 60.18, years(1), '049'),
    ],
    parameters: new Map([
      ['091', fixtureParameters('091')],
      ['SSS', fixtureParameters('SSS')],
    ]),
    units: [fixtureUnit('U1', '00100', 24.941, 60.171, 24, 84), fixtureUnit('U2', '00300', 25.041, 60.171, 12, 42)],
    // No participation trend, so expectations stay hand-computable.
    config: { defaults: { trend: { ages: [1, 2], ppPerYear: 0, cap: 0.85 } } },
  };
}
