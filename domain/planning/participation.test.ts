import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from './config';
import { areaFactors, deriveRates, rateInYear } from './participation';

// Helsinki 2022 (14jt) over Paavo 2021 sums (0-2: 18,936, 3-6: 24,826), split evenly by single age.
const helsinki = {
  eceByAge: [32, 2705, 4848, 5357, 5561, 5899],
  eceTotal: 30753,
  population02: 18936,
  population36: 24826,
};

describe('participation rates', () => {
  it('derives Helsinki rates by single age, 6-year-olds from the all-ages total', () => {
    const rates = deriveRates(helsinki)!;
    expect(rates.map((r) => Math.round(r * 1000) / 10)).toEqual([0.5, 42.9, 76.8, 86.3, 89.6, 95, 100]);
    // 1-2-year-olds together about 60 % (DESIGN.md: about 60 % in 2022).
    expect((rates[1] + rates[2]) / 2).toBeCloseTo(0.6, 1);
  });

  it('uses the 5-year-old rate for 6-year-olds when no all-ages total exists, and refuses empty denominators', () => {
    expect(deriveRates({ ...helsinki, eceTotal: null })![6]).toBeCloseTo(deriveRates(helsinki)![5]);
    expect(deriveRates({ ...helsinki, population02: 0 })).toBeNull();
  });

  it('follows the trend from the rate year, capped, and leaves other ages alone', () => {
    const a = DEFAULT_ASSUMPTIONS;
    expect(rateInYear(0.6, 1, 2025, 2022, a)).toBeCloseTo(0.63);
    expect(rateInYear(0.6, 1, 2019, 2022, a)).toBeCloseTo(0.57);
    expect(rateInYear(0.84, 2, 2030, 2022, a)).toBeCloseTo(0.85);
    expect(rateInYear(0.9, 2, 2030, 2022, a)).toBeCloseTo(0.9);
    expect(rateInYear(0.9, 4, 2030, 2022, a)).toBe(0.9);
    expect(rateInYear(0.9, 4, 2030, 2022, { ...a, rates: { '4': 0.8 } })).toBe(0.8);
  });

  it('moves 1-2-year-old demand towards employed areas without changing the municipal total', () => {
    const areas = [
      { key: 'A', municipalityCode: '091', covariate: 0.8, weight: 100 },
      { key: 'B', municipalityCode: '091', covariate: 0.6, weight: 300 },
      { key: 'C', municipalityCode: '091', covariate: null, weight: 50 },
      { key: 'D', municipalityCode: '049', covariate: 0.7, weight: 10 },
    ];
    const f = areaFactors(areas, { elasticity: 0.5, maxDeviation: 0.1 });
    expect(f.get('A')!).toBeGreaterThan(f.get('B')!);
    expect(100 * f.get('A')! + 300 * f.get('B')! + 50 * f.get('C')!).toBeCloseTo(450, 9);
    expect(f.get('D')).toBeCloseTo(1);
    expect(areaFactors(areas, { elasticity: 0, maxDeviation: 0.1 }).get('A')).toBeCloseTo(1);
  });
});
