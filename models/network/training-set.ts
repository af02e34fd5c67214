import { dampedTrend } from '../baselines/simple-baselines';
import { cohortComponent } from '../cohort/cohort-component';
import {
  AGE_GROUPS,
  ageValue,
  municipalTotals,
  truncatePanel,
  type AgeGroup,
  type AreaSeries,
  type Panel,
} from '../core/panel';
import { buildFeatures, type FeatureContext } from './features';

export interface Example {
  area: AreaSeries;
  origin: number;
  ageGroup: AgeGroup;
  horizon: number;
  /** Cohort-component forecast: the network learns a correction on top of it. */
  anchor: number;
  features: number[];
}

export const exampleKey = (postalCode: string, ageGroup: string, origin: number, horizon: number) =>
  `${postalCode}|${ageGroup}|${origin}|${horizon}`;

const ANCHOR = cohortComponent();

/** Baseline forecasts made at `t` with the panel known at `t`, keyed by exampleKey. */
async function baselinesAt(panel: Panel, t: number, horizons: readonly number[]) {
  const known = truncatePanel(panel, t);
  const byKey = (rows: { postalCode: string; ageGroup: string; horizon: number; mean: number }[]) =>
    new Map(rows.map((r) => [exampleKey(r.postalCode, r.ageGroup, t, r.horizon), r.mean]));
  return {
    anchor: byKey(await ANCHOR.forecast(known, t, horizons)),
    damped: byKey(await dampedTrend.forecast(known, t, horizons)),
  };
}

export function featureContext(panel: Panel): FeatureContext {
  const incomes = new Map<number, number[]>();
  for (const area of panel.areas) {
    for (const [year, row] of area.byYear)
      if (row.medianIncome) incomes.set(year, [...(incomes.get(year) ?? []), row.medianIncome]);
  }
  const incomeMedianByYear = new Map(
    [...incomes].map(([y, xs]) => [y, [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]]),
  );
  return { municipal02: municipalTotals(panel, '0-2'), municipal36: municipalTotals(panel, '3-6'), incomeMedianByYear };
}

/**
 * Examples made at origin t for the given horizons. Baselines and municipal context come from the
 * panel truncated at t; the context of the whole (already truncated) panel is only read at years <= t.
 */
export async function examplesAt(
  panel: Panel,
  t: number,
  horizons: readonly number[],
  ctx: FeatureContext,
): Promise<Example[]> {
  const { anchor, damped } = await baselinesAt(panel, t, horizons);
  const out: Example[] = [];
  for (const area of panel.areas) {
    for (const ageGroup of AGE_GROUPS) {
      for (const horizon of horizons) {
        const key = exampleKey(area.postalCode, ageGroup, t, horizon);
        const a = anchor.get(key);
        const d = damped.get(key);
        if (a === undefined || d === undefined) continue;
        const features = buildFeatures(area, t, ageGroup, horizon, a, d, ctx);
        if (features) out.push({ area, origin: t, ageGroup, horizon, anchor: a, features });
      }
    }
  }
  return out;
}

/**
 * Training pairs: in each panel (the postal one and the long sub-district series, each already cut at
 * the origin), every origin t and horizon h whose target t+h is observed. The long series gives pairs
 * at every horizon 1-5, which the five postal years alone cannot.
 */
export async function trainingExamples(panels: readonly Panel[], horizons: readonly number[]) {
  const xs: number[][] = [];
  const ys: number[] = [];
  const seen = new Set<number>();
  for (const panel of panels) await addPairs(panel, horizons, featureContext(panel), xs, ys, seen);
  return { xs, ys, seenHorizons: [...seen].sort() };
}

async function addPairs(
  panel: Panel,
  horizons: readonly number[],
  ctx: FeatureContext,
  xs: number[][],
  ys: number[],
  seen: Set<number>,
) {
  const last = panel.years[panel.years.length - 1];
  for (const t of panel.years) {
    const reachable = horizons.filter((h) => t + h <= last);
    if (reachable.length === 0) continue;
    for (const ex of await examplesAt(panel, t, reachable, ctx)) {
      const target = ageValue(ex.area.byYear.get(t + ex.horizon), ex.ageGroup);
      if (target === null || target === undefined) continue;
      xs.push(ex.features);
      ys.push(Math.log((target + 1) / (ex.anchor + 1)));
      seen.add(ex.horizon);
    }
  }
}
