import type { AreaSeries, Panel } from '../../models/core/panel';

/**
 * A small panel with real cohort structure, for model tests: births fall 3 % a year in both
 * municipalities, each area holds a fixed share of its municipality's births, and its children age one
 * year at a time with the area's own migration rate (plus seeded noise). "Same as last year" is wrong
 * here in a way the cohort model can know. Not real data; tests only.
 */
export function makeCohortPanel(areas = 30, years = [2010, 2011, 2012, 2013, 2014, 2015, 2016], prefix = '0'): Panel {
  let seed = 4242;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const first = years[0] - 7;
  const last = years[years.length - 1];
  const births = new Map<string, Map<number, number>>();
  for (const code of ['049', '091']) {
    const series = new Map<number, number>();
    for (let y = first; y <= last; y++) series.set(y, 3000 * 0.97 ** (y - first));
    births.set(code, series);
  }
  const series: AreaSeries[] = [];
  for (let i = 0; i < areas; i++) {
    const municipalityCode = i % 2 ? '091' : '049';
    const share = 0.01 + rand() * 0.05;
    const migration = 1 + (rand() - 0.5) * 0.08;
    let ages = Array<number>(7).fill(0);
    const byYear = new Map();
    for (let y = first; y <= last; y++) {
      ages = [births.get(municipalityCode)!.get(y)! * share, ...ages.slice(0, 6).map((a) => a * migration)];
      if (!years.includes(y)) continue;
      const noise = () => 1 + (rand() - 0.5) * 0.04;
      const c02 = Math.round((ages[0] + ages[1] + ages[2]) * noise());
      const c36 = Math.round((ages[3] + ages[4] + ages[5] + ages[6]) * noise());
      byYear.set(y, {
        c02,
        c36,
        total: Math.round((c02 + c36) * 8),
        adults: Math.round((c02 + c36) * 2.5),
        smallChildHouseholds: Math.round(c02 * 0.8),
        dwellings: Math.round((c02 + c36) * 4),
        medianIncome: 25000 + Math.round(rand() * 5000),
        six: Math.round(ages[6]),
      });
    }
    series.push({ postalCode: `${prefix}${String(1000 + i * 10).padStart(4, '0')}`, municipalityCode, byYear });
  }
  return { areas: series, years, births };
}
