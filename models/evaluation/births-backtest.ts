import { WHOLE_COUNTRY_BIRTHS } from '../data/load-births';
import { dampedSteps } from '../baselines/trend';
import { DEFAULT_BIRTH_PARAMETERS, logTrend } from '../cohort/municipal-births';
import type { BirthSeries } from '../core/panel';

/**
 * The births component's choices tested on the longest series there is, municipal births 1987-2017
 * (every municipality, origins 1995 onwards): the recent trend damped as the cohort model does, births
 * held flat (what Statistics Finland's TK2019 projection assumes of fertility), and the damped trend
 * corrected by its own past misses at the same horizon (what a bias correction of municipal totals
 * would do). Births alone: adults by age are published per postal area only from 2013.
 */
export interface BirthsScore {
  variant: 'damped trend' | 'held flat' | 'corrected by past misses';
  horizon: number;
  /** Absolute error as a share of all births, %. */
  wape: number;
  /** Signed error as a share of all births, %. */
  bias: number;
}

const FIRST_ORIGIN = 1995;

export function backtestBirths(births: BirthSeries, horizons: readonly number[]): BirthsScore[] {
  const codes = [...births.keys()].filter((c) => c !== WHOLE_COUNTRY_BIRTHS);
  const national = new Map<number, number>();
  for (const c of codes) for (const [y, v] of births.get(c)!) national.set(y, (national.get(y) ?? 0) + v);
  const last = Math.max(...national.keys());
  const { trendYears, damping, shrinkBirths } = DEFAULT_BIRTH_PARAMETERS;
  const trendAt = (code: string, origin: number, level: number) => {
    const w = level / (level + shrinkBirths);
    return w * logTrend(births.get(code)!, origin, trendYears) + (1 - w) * logTrend(national, origin, trendYears);
  };
  /** Every municipality's forecast of origin + h with the trend damped and held flat, and what came. */
  const forecastsAt = (origin: number, h: number) =>
    codes.flatMap((code) => {
      const level = births.get(code)!.get(origin);
      const actual = births.get(code)!.get(origin + h);
      if (!level || actual === undefined) return [];
      const damped = level * Math.exp(trendAt(code, origin, level) * dampedSteps(h, damping));
      return [{ damped, flat: level, actual }];
    });
  const out: BirthsScore[] = [];
  for (const h of horizons) {
    const sums = { 'damped trend': [0, 0], 'held flat': [0, 0], 'corrected by past misses': [0, 0] };
    let total = 0;
    // Past misses at this horizon whose targets were published by the origin, summed as origins pass.
    let pastForecast = 0;
    let pastActual = 0;
    let nextPast = FIRST_ORIGIN - 4;
    for (let origin = FIRST_ORIGIN; origin + h <= last; origin++) {
      for (; nextPast + h <= origin; nextPast++) {
        for (const f of forecastsAt(nextPast, h)) {
          pastForecast += f.damped;
          pastActual += f.actual;
        }
      }
      const k = pastForecast > 0 ? pastActual / pastForecast : 1;
      for (const { damped, flat, actual } of forecastsAt(origin, h)) {
        total += actual;
        for (const [variant, value] of [
          ['damped trend', damped],
          ['held flat', flat],
          ['corrected by past misses', damped * k],
        ] as const) {
          sums[variant][0] += Math.abs(value - actual);
          sums[variant][1] += value - actual;
        }
      }
    }
    for (const [variant, [abs, signed]] of Object.entries(sums))
      out.push({
        variant: variant as BirthsScore['variant'],
        horizon: h,
        wape: (100 * abs) / total,
        bias: (100 * signed) / total,
      });
  }
  return out;
}

/** The scores as Markdown: one row per variant, one column per horizon ("WAPE (bias)"). */
export function birthsTable(scores: readonly BirthsScore[]): string[] {
  const horizons = [...new Set(scores.map((s) => s.horizon))].sort((a, b) => a - b);
  const variants = [...new Set(scores.map((s) => s.variant))];
  const cell = (v: string, h: number) => {
    const s = scores.find((x) => x.variant === v && x.horizon === h)!;
    return `${s.wape.toFixed(1)} (${s.bias >= 0 ? '+' : ''}${s.bias.toFixed(1)})`;
  };
  return [
    `| municipal births | ${horizons.map((h) => `h${h}`).join(' | ')} |`,
    `|${' --- |'.repeat(horizons.length + 1)}`,
    ...variants.map((v) => `| ${v} | ${horizons.map((h) => cell(v, h)).join(' | ')} |`),
  ];
}
