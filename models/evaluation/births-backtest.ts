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
  const forecast = (code: string, origin: number, h: number, phi: number) => {
    const series = births.get(code)!;
    const level = series.get(origin);
    if (!level) return null;
    const w = level / (level + shrinkBirths);
    const trend = w * logTrend(series, origin, trendYears) + (1 - w) * logTrend(national, origin, trendYears);
    return level * Math.exp(trend * dampedSteps(h, phi));
  };
  const pairs = (origin: number, h: number, phi: number) =>
    codes.flatMap((c) => {
      const f = forecast(c, origin, h, phi);
      const actual = births.get(c)!.get(origin + h);
      return f === null || actual === undefined ? [] : [{ f, actual }];
    });
  const out: BirthsScore[] = [];
  for (const h of horizons) {
    const sums = { 'damped trend': [0, 0], 'held flat': [0, 0], 'corrected by past misses': [0, 0] };
    let total = 0;
    for (let origin = FIRST_ORIGIN; origin + h <= last; origin++) {
      // Past misses at this horizon whose targets were published by the origin.
      const past = [];
      for (let o = FIRST_ORIGIN - 4; o + h <= origin; o++) past.push(...pairs(o, h, damping));
      const pf = past.reduce((s, p) => s + p.f, 0);
      const k = pf > 0 ? past.reduce((s, p) => s + p.actual, 0) / pf : 1;
      const flat = pairs(origin, h, 0);
      pairs(origin, h, damping).forEach(({ f, actual }, i) => {
        total += actual;
        for (const [variant, value] of [
          ['damped trend', f],
          ['held flat', flat[i].f],
          ['corrected by past misses', f * k],
        ] as const) {
          sums[variant][0] += Math.abs(value - actual);
          sums[variant][1] += value - actual;
        }
      });
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
