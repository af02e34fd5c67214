import 'server-only';
import { AGE_GROUPS, type AgeGroup, type AreaChart, type ChartPoint } from '../../domain/dashboard/types';
import { fetchArea, fetchPopulation, type Area } from './areas';
import { HELSINKI } from '../../domain/areas/codes';
import {
  fetchBandCoverage,
  fetchExplanations,
  fetchForecastRun,
  fetchForecasts,
  type Explanation,
  type ForecastRun,
} from './forecasts';
import { fetchCentroid } from './geometry';
import type { DisclosedPlanRow } from '../../domain/privacy/disclose-plan';
import { fetchPlanInfo, planAvailable, type PlanInfo } from './plan';
import { fetchPlanRows } from './scenarios';
import { fetchUnits, unitsAvailable, type Unit } from './units';

/** Everything the area page shows, after disclosure control. */
export interface AreaView {
  area: Area;
  /** The model shown, with `origin` set to this area's forecast origin; null without forecasts for the area. */
  run: ForecastRun | null;
  charts: AreaChart[];
  plan: DisclosedPlanRow[];
  planAvailable: boolean;
  planInfo: PlanInfo | null;
  explanations: Explanation[];
  units: (Unit & { distance_km: number | null })[];
  unitsAvailable: boolean;
  residents: { year: number; persons: number | null; suppressed: boolean; small: boolean } | null;
}

/** Walking distance that matters in Helsinki: the mean trip to an ECE unit is about 1.1 km (DESIGN.md). */
const NEARBY_RADIUS_KM = 2;

function chartFor(
  group: AgeGroup,
  history: Awaited<ReturnType<typeof fetchPopulation>>,
  forecasts: Awaited<ReturnType<typeof fetchForecasts>>,
  coverage: Awaited<ReturnType<typeof fetchBandCoverage>>,
): AreaChart {
  const points = new Map<number, ChartPoint>();
  const point = (year: number) => {
    let p = points.get(year);
    if (!p) {
      p = { year, actual: null, mean: null, band80: null, band95: null };
      points.set(year, p);
    }
    return p;
  };
  for (const h of history) {
    if (h.age_group !== group) continue;
    const p = point(h.year);
    p.actual = h.persons;
    if (h.suppressed) p.actualStatus = 'suppressed';
    else if (h.small) p.actualStatus = 'small';
    else if (h.persons === null) p.actualStatus = 'missing';
  }
  const lastActual = Math.max(-Infinity, ...history.filter((h) => h.age_group === group).map((h) => h.year));
  const fc = forecasts.filter((f) => f.age_group === group && f.year > lastActual);
  // A withheld lower bound is below 5: the band is drawn from 0 and the tooltip reads "<5".
  const band = (lo: number | null, hi: number | null, loWithheld: boolean): [number, number] | null =>
    hi === null ? null : lo === null ? (loWithheld ? [0, hi] : null) : [lo, hi];
  for (const f of fc) {
    const p = point(f.year);
    p.mean = f.mean;
    if (f.withheld?.mean) p.meanStatus = f.withheld.mean;
    p.band80 = band(f.lo80, f.hi80, !!f.withheld?.lo80);
    p.band95 = band(f.lo95, f.hi95, !!f.withheld?.lo95);
  }
  // Join the forecast line to the last actual figure so the two read as one series.
  if (fc.length && Number.isFinite(lastActual)) {
    const last = points.get(lastActual);
    if (last && last.actual !== null) {
      last.mean = last.actual;
      last.band80 = [last.actual, last.actual];
      last.band95 = [last.actual, last.actual];
    }
  }
  return {
    age_group: group,
    points: [...points.values()].sort((a, b) => a.year - b.year),
    hasForecast: fc.length > 0,
    coverage80: coverage.filter((c) => c.age_group === group).map((c) => ({ horizon: c.horizon, share: c.coverage80 })),
  };
}

export async function fetchAreaView(postalCode: string, scenario = 'baseline'): Promise<AreaView | null> {
  const area = await fetchArea(postalCode);
  if (!area) return null;
  const hasPlan = await planAvailable();
  const [run, history, plan, planInfo, hasUnits, centre] = await Promise.all([
    fetchForecastRun(),
    fetchPopulation({ postalCode, ageGroups: ['0-2', '3-6', 'total'] }),
    hasPlan && area.municipality_code
      ? fetchPlanRows(scenario, { municipalityCode: area.municipality_code, postalCode })
      : Promise.resolve([]),
    fetchPlanInfo(),
    unitsAvailable(),
    fetchCentroid(postalCode),
  ]);
  const forecasts = run ? await fetchForecasts(run, { postalCode }) : [];
  // The area's own forecast origin (its last year of statistics).
  const origin = forecasts.length ? Math.max(...forecasts.map((f) => f.origin)) : null;
  const explanations = run && origin !== null ? await fetchExplanations(run, origin, postalCode) : [];
  const units = !hasUnits
    ? []
    : centre
      ? await fetchUnits({ near: { ...centre, radiusKm: NEARBY_RADIUS_KM }, limit: 12 })
      : await fetchUnits({ postalCode, limit: 12 });
  // Helsinki's areas are scored on their own in the backtest; every other area with all of Finland.
  const coverage = run
    ? await fetchBandCoverage(run, area.municipality_code === HELSINKI ? 'helsinki' : 'finland')
    : [];
  const charts = AGE_GROUPS.map((g) => chartFor(g, history, forecasts, coverage)).filter((c) => c.points.length > 0);
  const totals = history.filter((h) => h.age_group === 'total').sort((a, b) => b.year - a.year);
  return {
    area,
    run: run && origin !== null ? { ...run, origin } : null,
    charts,
    plan,
    planAvailable: hasPlan,
    planInfo,
    explanations,
    units,
    unitsAvailable: hasUnits,
    residents: totals[0]
      ? { year: totals[0].year, persons: totals[0].persons, suppressed: totals[0].suppressed, small: totals[0].small }
      : null,
  };
}
