import type { Panel } from '../core/panel';
import { WHOLE_COUNTRY_BIRTHS } from '../data/load-births';
import { dampedSteps } from '../baselines/trend';

/**
 * Municipal births as the cohort-component model needs them: every year up to the origin, and a
 * forecast for the years after it. Births published by StatFin are used as they are. After the last
 * published year (the shipped births end in 2017, Helsinki's postal data in 2021) a year's births are
 * estimated from the municipality's own 0-2-year-olds, which move with births. The forecast continues
 * the recent trend of births per adult aged 25-39 (a fertility proxy: the data has no women by age
 * outside Helsinki), shrunk towards the national trend for small municipalities and damped, times the
 * trend of the adults themselves.
 */
export interface BirthParameters {
  /** Years of history the fertility trend is taken over. */
  trendYears: number;
  /** Each year ahead keeps this share of the previous year's trend. */
  damping: number;
  /** Births a year at which a municipality's own trend gets half the weight (the rest: national). */
  shrinkBirths: number;
}

export const DEFAULT_BIRTH_PARAMETERS: BirthParameters = { trendYears: 4, damping: 0.8, shrinkBirths: 300 };

export interface MunicipalBirths {
  /** Births of `year` (known, estimated or forecast); 0 when nothing at all is known. */
  at(year: number): number;
}

type YearMap = ReadonlyMap<number, number>;

function nearest(series: YearMap, year: number): number | undefined {
  if (series.has(year)) return series.get(year);
  let best: number | undefined;
  let bestGap = Infinity;
  for (const [y, v] of series) {
    if (Math.abs(y - year) < bestGap) [best, bestGap] = [v, Math.abs(y - year)];
  }
  return best;
}

/** Mean annual log change of a series over its last `years` years up to `origin` (0 when too short). */
export function logTrend(series: YearMap, origin: number, years: number): number {
  const known = [...series].filter(([y, v]) => y <= origin && y >= origin - years && v > 0).sort((a, b) => a[0] - b[0]);
  if (known.length < 2) return 0;
  const [y0, v0] = known[0];
  const [y1, v1] = known[known.length - 1];
  return y1 > y0 ? Math.log(v1 / v0) / (y1 - y0) : 0;
}

/** Sums of a per-area quantity per municipality and year over the areas that published it. */
export function municipalSums(
  panel: Panel,
  pick: (row: NonNullable<ReturnType<Panel['areas'][number]['byYear']['get']>>) => number | null,
) {
  const out = new Map<string, Map<number, number>>();
  for (const area of panel.areas) {
    const byYear = out.get(area.municipalityCode) ?? new Map<number, number>();
    out.set(area.municipalityCode, byYear);
    for (const [year, row] of area.byYear) {
      const v = pick(row);
      if (v !== null) byYear.set(year, (byYear.get(year) ?? 0) + v);
    }
  }
  return out;
}

export function municipalBirths(
  panel: Panel,
  origin: number,
  params: BirthParameters = DEFAULT_BIRTH_PARAMETERS,
): Map<string, MunicipalBirths> {
  const children = municipalSums(panel, (r) => r.c02);
  const adults = municipalSums(panel, (r) => r.adults);
  const national = panel.births.get(WHOLE_COUNTRY_BIRTHS) ?? new Map<number, number>();
  const nationalAdults = new Map<number, number>();
  for (const byYear of adults.values())
    for (const [y, v] of byYear) nationalAdults.set(y, (nationalAdults.get(y) ?? 0) + v);
  const lastNational = Math.max(-Infinity, ...national.keys());
  const nationalTrend = Number.isFinite(lastNational)
    ? logTrend(national, lastNational, params.trendYears) - logTrend(nationalAdults, lastNational, params.trendYears)
    : null;
  const out = new Map<string, MunicipalBirths>();
  const codes = new Set([...children.keys(), ...[...panel.births.keys()].filter((c) => c !== WHOLE_COUNTRY_BIRTHS)]);
  for (const code of codes) {
    const published = new Map([...(panel.births.get(code) ?? new Map<number, number>())].filter(([y]) => y <= origin));
    const c02 = children.get(code) ?? new Map<number, number>();
    const known = new Map(published);
    const lastPublished = Math.max(-Infinity, ...published.keys());
    // After the last published year, births move with the municipality's 0-2-year-olds.
    if (Number.isFinite(lastPublished)) {
      const anchor = nearest(c02, lastPublished);
      for (const [year, value] of c02) {
        if (year > lastPublished && year <= origin && anchor)
          known.set(year, published.get(lastPublished)! * (value / anchor));
      }
    } else {
      for (const [year, value] of c02) if (year <= origin) known.set(year, value / 3);
    }
    const last = Math.max(-Infinity, ...known.keys());
    const level = known.get(last) ?? 0;
    const own =
      logTrend(known, last, params.trendYears) - logTrend(adults.get(code) ?? new Map(), last, params.trendYears);
    const w = level / (level + params.shrinkBirths);
    const fertilityTrend = w * own + (1 - w) * (nationalTrend ?? own);
    const adultTrend = logTrend(adults.get(code) ?? new Map(), last, params.trendYears);
    out.set(code, {
      at(year) {
        if (year <= last) return nearest(known, year) ?? 0;
        const k = year - last;
        return (
          level *
          Math.exp(fertilityTrend * dampedSteps(k, params.damping) + adultTrend * dampedSteps(k, params.damping))
        );
      },
    });
  }
  return out;
}
