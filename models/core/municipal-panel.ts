import type { AreaSeries, Panel } from './panel';

/**
 * The panel one level up: each municipality as one area whose counts are the sums of its postal areas
 * that published both age groups. Municipal totals are far less noisy than any postal area, so
 * migration and trends are estimated there first and postal areas are shrunk towards them.
 */
export function municipalPanel(panel: Panel): Panel {
  const byMunicipality = new Map<string, AreaSeries>();
  for (const area of panel.areas) {
    const muni = byMunicipality.get(area.municipalityCode) ?? {
      postalCode: area.municipalityCode,
      municipalityCode: area.municipalityCode,
      byYear: new Map(),
    };
    byMunicipality.set(area.municipalityCode, muni);
    for (const [year, row] of area.byYear) {
      if (row.c02 === null || row.c36 === null) continue;
      const sum = muni.byYear.get(year) ?? {
        c02: 0,
        c36: 0,
        total: null,
        adults: null,
        smallChildHouseholds: null,
        dwellings: null,
        medianIncome: null,
      };
      sum.c02 = sum.c02! + row.c02;
      sum.c36 = sum.c36! + row.c36;
      muni.byYear.set(year, sum);
    }
  }
  return { areas: [...byMunicipality.values()], years: panel.years, births: panel.births };
}
