import type { ForecastRow } from '../core/forecast-row';
import { ageValue, truncatePanel, type Panel } from '../core/panel';
import { attachIntervals, calibrate, sizeClassOf, tercileCuts, type Residual } from '../evaluation/intervals';
import { predictNetworkDetailed, type FittedNetwork } from '../network/network-model';
import { describeDriver, explainExamples } from './explain';
import { municipalTargets, reconcileToTotals } from './reconcile';
import { profileAt, sixYearShares, type AgeProfile } from './single-age';

export interface ResidualAt extends Residual {
  targetYear: number;
}

export interface ExplanationRow {
  postalCode: string;
  ageGroup: string;
  year: number;
  rank: number;
  driver: string;
  effectPct: number;
  text: string;
}

export interface ProducedForecast {
  rows: ForecastRow[];
  explanations: ExplanationRow[];
}

export const PRODUCT_MODEL = 'network-reconciled';

/**
 * The product forecast at `origin`: the network fitted at the origin, reconciled to municipal
 * totals, with intervals from the backtest errors of the same method whose targets were already
 * observed at the origin, six-year-olds split from 3-6, and the drivers of every forecast.
 * Nothing after the origin is read: the panel is truncated here, residuals and age profiles filtered.
 */
export async function produceForecast(
  fullPanel: Panel, fitted: FittedNetwork, residuals: readonly ResidualAt[], profiles: readonly AgeProfile[], horizons: readonly number[],
): Promise<ProducedForecast> {
  const origin = fitted.cutoff;
  const panel = truncatePanel(fullPanel, origin);
  const { points, examples, corrections } = await predictNetworkDetailed(fitted, panel, horizons);
  const coherent = reconcileToTotals(points, await municipalTargets(panel, origin, horizons));
  const base = new Map(examples.map((e) => [`${e.area.postalCode}|${e.ageGroup}`, ageValue(e.area.byYear.get(origin), e.ageGroup) ?? 0]));
  const baseOf = (p: { postalCode: string; ageGroup: string }) => base.get(`${p.postalCode}|${p.ageGroup}`) ?? 0;
  const cuts = tercileCuts(coherent.filter((p) => p.horizon === horizons[0]).map(baseOf));
  const rows = attachIntervals(coherent, calibrate(residuals.filter((r) => r.targetYear <= origin)), (p) => sizeClassOf(baseOf(p), cuts), PRODUCT_MODEL);
  const profile = profileAt(profiles, origin);
  const maxH = Math.max(...horizons);
  const areas = new Map(panel.areas.map((a) => [a.postalCode, a]));
  const sixes: ForecastRow[] = [];
  for (const r of rows) {
    const now = r.ageGroup === '3-6' ? areas.get(r.postalCode)?.byYear.get(origin) : undefined;
    if (!now || now.c02 === null || now.c36 === null) continue;
    const s = sixYearShares(now.c02, now.c36, profile, maxH)[r.horizon - 1];
    sixes.push({ ...r, ageGroup: '6', mean: r.mean * s, lo80: r.lo80 * s, hi80: r.hi80 * s, lo95: r.lo95 * s, hi95: r.hi95 * s });
  }
  const drivers = await explainExamples(fitted, examples, corrections);
  const explanations = examples.flatMap((e, i) =>
    drivers[i].map((d, rank) => ({
      postalCode: e.area.postalCode, ageGroup: e.ageGroup, year: origin + e.horizon, rank: rank + 1,
      driver: d.driver, effectPct: d.effectPct, text: describeDriver(d),
    })),
  );
  return { rows: [...rows, ...sixes], explanations };
}
