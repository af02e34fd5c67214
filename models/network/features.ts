import { ageValue, type AgeGroup, type AreaSeries, type AreaYear } from '../core/panel';

/**
 * Inputs of the network for one (area, origin t, age group, horizon). Every value is computed from
 * years <= t of the area and of its municipality, never later. Missing inputs are imputed as 0
 * with a flag, so the network can tell "unknown" from "no change".
 */
export const FEATURE_NAMES = [
  'log_children_group',
  'log_children_other_group',
  'log_population',
  'growth_group',
  'growth_other_group',
  'growth_population',
  'child_share',
  'adult_share',
  'small_child_households_per_child',
  'growth_dwellings',
  'relative_income',
  'municipal_growth_0_2',
  'municipal_growth_3_6',
  'log_municipal_children',
  'anchor_log_ratio',
  'damped_log_ratio',
  'is_3_6',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'missing_adults',
  'missing_households',
  'missing_dwellings',
  'missing_income',
] as const;

export interface FeatureContext {
  /** Municipal totals per year, for the municipality trend features. */
  municipal02: Map<string, Map<number, number>>;
  municipal36: Map<string, Map<number, number>>;
  /** Median of median incomes per year across areas (income is compared within its year). */
  incomeMedianByYear: Map<number, number>;
}

const lg = (x: number) => Math.log1p(Math.max(0, x));

/** Annualised log growth from the latest earlier observed year to t (0 when there is none). */
function growth(area: AreaSeries, t: number, pick: (r: AreaYear) => number | null): number | null {
  const now = area.byYear.get(t);
  const v = now ? pick(now) : null;
  if (v === null) return null;
  for (let y = t - 1; y >= t - 3; y--) {
    const r = area.byYear.get(y);
    const prev = r ? pick(r) : null;
    if (prev !== null) return (lg(v) - lg(prev)) / (t - y);
  }
  return null;
}

function municipalGrowth(series: Map<number, number> | undefined, t: number): number {
  const now = series?.get(t);
  if (!series || now === undefined) return 0;
  for (let y = t - 3; y < t; y++) {
    const prev = series.get(y);
    if (prev !== undefined && prev > 0) return (Math.log(now) - Math.log(prev)) / (t - y);
  }
  return 0;
}

export function buildFeatures(
  area: AreaSeries,
  t: number,
  ageGroup: AgeGroup,
  horizon: number,
  anchor: number,
  damped: number,
  ctx: FeatureContext,
): number[] | null {
  const row = area.byYear.get(t);
  const y = ageValue(row, ageGroup);
  if (!row || y === null) return null;
  const other = ageValue(row, ageGroup === '0-2' ? '3-6' : '0-2') ?? 0;
  const total = row.total ?? y + other;
  const gOf = (g: AgeGroup) => growth(area, t, (r) => ageValue(r, g)) ?? 0;
  const dwellings = growth(area, t, (r) => r.dwellings);
  const incomeMedian = ctx.incomeMedianByYear.get(t);
  const income = row.medianIncome && incomeMedian ? Math.log(row.medianIncome / incomeMedian) : null;
  const perChild =
    row.smallChildHouseholds !== null && row.c02 !== null ? lg(row.smallChildHouseholds) - lg(row.c02) : null;
  return [
    lg(y),
    lg(other),
    lg(total),
    gOf(ageGroup),
    gOf(ageGroup === '0-2' ? '3-6' : '0-2'),
    growth(area, t, (r) => r.total) ?? 0,
    total > 0 ? ((row.c02 ?? 0) + (row.c36 ?? 0)) / total : 0,
    row.adults !== null && total > 0 ? row.adults / total : 0,
    perChild ?? 0,
    dwellings ?? 0,
    income ?? 0,
    municipalGrowth(ctx.municipal02.get(area.municipalityCode), t),
    municipalGrowth(ctx.municipal36.get(area.municipalityCode), t),
    // Urban and rural areas move differently: the municipality's size tells the network which it is.
    lg(
      (ctx.municipal02.get(area.municipalityCode)?.get(t) ?? 0) +
        (ctx.municipal36.get(area.municipalityCode)?.get(t) ?? 0),
    ),
    Math.log((anchor + 1) / (y + 1)),
    Math.log((damped + 1) / (y + 1)),
    ageGroup === '3-6' ? 1 : 0,
    ...[1, 2, 3, 4, 5].map((h) => (h === horizon ? 1 : 0)),
    row.adults === null ? 1 : 0,
    perChild === null ? 1 : 0,
    dwellings === null ? 1 : 0,
    income === null ? 1 : 0,
  ];
}
