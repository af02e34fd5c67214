import { BASELINES_BY_NAME } from '../baselines/by-name';
import type { ForecastRow, PointForecast } from '../core/forecast-row';
import { ageValue, truncatePanel, type Panel } from '../core/panel';
import { attachIntervals, calibrate, sizeClassOf, tercileCuts } from '../evaluation/intervals';
import { predictNetworkDetailed, type FittedNetwork } from '../network/network-model';
import { methodFor, PRODUCT_MODEL, type CalibrationSet } from './calibration-set';
import { methodDriver, type StoredDriver } from '../../domain/forecasting/drivers';
import { explainExamples } from './explain';
import { municipalPanel, municipalTargets, reconcileToTotals } from './reconcile';
import { profileAt, sixYearShares, type AgeProfile } from './single-age';

export interface ExplanationRow {
  postalCode: string;
  origin: number;
  ageGroup: string;
  year: number;
  rank: number;
  driver: StoredDriver;
  effectPct: number;
}

export interface ProducedForecast {
  rows: ForecastRow[];
  explanations: ExplanationRow[];
}

export { PRODUCT_MODEL };

/**
 * The product forecast at `origin`: per age group and horizon the method that earned its place in the
 * backtest - the network fitted at the origin, reconciled to municipal totals, or else the baseline
 * that beat it (reconciled to the same method's municipal forecast) - with intervals from that
 * method's backtest errors whose targets were already observed at the origin, six-year-olds split
 * from 3-6, and the drivers of every forecast. Nothing after the origin is read: the panel is
 * truncated here, residuals and age profiles filtered.
 */
async function coherentBaseline(
  method: string,
  panel: Panel,
  origin: number,
  horizons: readonly number[],
): Promise<PointForecast[]> {
  const forecaster = BASELINES_BY_NAME[method];
  if (!forecaster) throw new Error(`unknown forecasting method '${method}' in the model's selection`);
  const municipal = await forecaster.forecast(municipalPanel(panel), origin, horizons);
  const totals = new Map(municipal.map((r) => [`${r.municipalityCode}|${r.ageGroup}|${r.horizon}`, r.mean]));
  return reconcileToTotals(await forecaster.forecast(panel, origin, horizons), totals);
}

export async function produceForecast(
  fullPanel: Panel,
  fitted: FittedNetwork,
  calibration: CalibrationSet,
  profiles: readonly AgeProfile[],
  horizons: readonly number[],
): Promise<ProducedForecast> {
  const origin = fitted.cutoff;
  const panel = truncatePanel(fullPanel, origin);
  const { points, examples, corrections } = await predictNetworkDetailed(fitted, panel, horizons);
  const byMethod = new Map<string, PointForecast[]>([
    [PRODUCT_MODEL, reconcileToTotals(points, await municipalTargets(panel, origin, horizons))],
  ]);
  for (const method of new Set(horizons.flatMap((h) => ['0-2', '3-6'].map((g) => methodFor(calibration, g, h))))) {
    if (method !== PRODUCT_MODEL) byMethod.set(method, await coherentBaseline(method, panel, origin, horizons));
  }
  const base = new Map(
    examples.map((e) => [`${e.area.postalCode}|${e.ageGroup}`, ageValue(e.area.byYear.get(origin), e.ageGroup) ?? 0]),
  );
  const baseOf = (p: { postalCode: string; ageGroup: string }) => base.get(`${p.postalCode}|${p.ageGroup}`) ?? 0;
  const cuts = tercileCuts(
    byMethod
      .get(PRODUCT_MODEL)!
      .filter((p) => p.horizon === horizons[0])
      .map(baseOf),
  );
  const rows = [...byMethod].flatMap(([method, methodPoints]) => {
    const chosen = methodPoints.filter((p) => methodFor(calibration, p.ageGroup, p.horizon) === method);
    const errors = (calibration.residualsByModel[method] ?? []).filter((r) => r.targetYear <= origin);
    return attachIntervals(chosen, calibrate(errors), (p) => sizeClassOf(baseOf(p), cuts), method);
  });
  const profile = profileAt(profiles, origin);
  const maxH = Math.max(...horizons);
  // One cohort simulation per area gives its shares for every horizon.
  const shares = new Map<string, number[]>();
  for (const area of panel.areas) {
    const now = area.byYear.get(origin);
    if (now && now.c02 !== null && now.c36 !== null)
      shares.set(area.postalCode, sixYearShares(now.c02, now.c36, profile, maxH));
  }
  const sixes: ForecastRow[] = [];
  for (const r of rows) {
    const s = r.ageGroup === '3-6' ? shares.get(r.postalCode)?.[r.horizon - 1] : undefined;
    if (s === undefined) continue;
    sixes.push({
      ...r,
      ageGroup: '6',
      mean: r.mean * s,
      lo80: r.lo80 * s,
      hi80: r.hi80 * s,
      lo95: r.lo95 * s,
      hi95: r.hi95 * s,
    });
  }
  const drivers = await explainExamples(fitted, examples, corrections);
  const explanations = examples.flatMap((e, i): ExplanationRow[] => {
    const method = methodFor(calibration, e.ageGroup, e.horizon);
    const base = { postalCode: e.area.postalCode, origin, ageGroup: e.ageGroup, year: origin + e.horizon };
    // Where a baseline beat the network, the method is the explanation ("used here because ...").
    if (method !== PRODUCT_MODEL) return [{ ...base, rank: 1, driver: methodDriver(method), effectPct: 0 }];
    return drivers[i].map((d, rank) => ({ ...base, rank: rank + 1, driver: d.driver, effectPct: d.effectPct }));
  });
  return { rows: [...rows, ...sixes], explanations };
}
