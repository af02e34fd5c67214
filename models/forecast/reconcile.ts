import { cohortChange } from '../baselines/cohort-change';
import type { Forecaster, PointForecast } from '../core/forecast-row';
import type { AreaSeries, Panel } from '../core/panel';

/**
 * Coherence: postal forecasts must add up to the municipality's. The municipality is forecast as
 * one area with the cohort-change method (its totals are far less noisy than any postal area), and
 * each municipality's postal forecasts are scaled proportionally to that total - top-down
 * reconciliation that keeps every area's share and never makes a count negative.
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
  return { areas: [...byMunicipality.values()], years: panel.years };
}

export function reconcileToTotals(
  points: readonly PointForecast[],
  totals: ReadonlyMap<string, number>,
): PointForecast[] {
  const key = (p: PointForecast) => `${p.municipalityCode}|${p.ageGroup}|${p.horizon}`;
  const sums = new Map<string, number>();
  for (const p of points) sums.set(key(p), (sums.get(key(p)) ?? 0) + p.mean);
  return points.map((p) => {
    const target = totals.get(key(p));
    const sum = sums.get(key(p)) ?? 0;
    return target === undefined || sum <= 0 ? p : { ...p, mean: p.mean * (target / sum) };
  });
}

export async function municipalTargets(
  panel: Panel,
  origin: number,
  horizons: readonly number[],
): Promise<Map<string, number>> {
  const rows = await cohortChange.forecast(municipalPanel(panel), origin, horizons);
  return new Map(rows.map((r) => [`${r.municipalityCode}|${r.ageGroup}|${r.horizon}`, r.mean]));
}

/** Wraps a forecaster so its output is reconciled to the municipal cohort-change totals. */
export function reconciled(inner: Forecaster, name = `${inner.name}-reconciled`): Forecaster {
  return {
    name,
    async forecast(panel, origin, horizons) {
      const points = await inner.forecast(panel, origin, horizons);
      return reconcileToTotals(points, await municipalTargets(panel, origin, horizons));
    },
  };
}
