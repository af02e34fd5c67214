import type { AreaSeries, Panel } from '../../models/core/panel';

/**
 * A small deterministic panel for model tests: `areas` postal areas in two municipalities over
 * `years`, with smooth cohort-like dynamics plus seeded noise. Not real data; tests only.
 */
export function makeTestPanel(areas = 40, years = [2013, 2014, 2015, 2016, 2017, 2018]): Panel {
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const series: AreaSeries[] = [];
  for (let i = 0; i < areas; i++) {
    const size = 20 + Math.floor(rand() * 400);
    const growth = (rand() - 0.5) * 0.1;
    const byYear = new Map();
    years.forEach((year, k) => {
      const level = size * Math.exp(growth * k);
      const c02 = Math.round(level * (0.9 + 0.2 * rand()));
      const c36 = Math.round(level * 1.3 * (0.9 + 0.2 * rand()));
      byYear.set(year, {
        c02,
        c36,
        total: Math.round(level * 15),
        adults: Math.round(level * 4),
        smallChildHouseholds: Math.round(c02 * 0.8),
        dwellings: Math.round(level * 7 * (1 + 0.01 * k)),
        medianIncome: 20000 + Math.round(rand() * 10000),
      });
    });
    series.push({
      postalCode: String(10000 + i * 10).padStart(5, '0'),
      municipalityCode: i % 2 ? '091' : '049',
      byYear,
    });
  }
  return { areas: series, years, births: new Map() };
}
