import type { Forecaster, PointForecast } from '../core/forecast-row';
import { AGE_GROUPS, historyOf, type Panel } from '../core/panel';
import { dampedMultiplier, valueAt, type Point } from './trend';

type Rule = (history: readonly Point[], origin: number, h: number) => number;

/**
 * Baselines that look only at the area's own series of one age group. An area enters a forecast
 * only when its value at the origin was published.
 */
function seriesBaseline(name: string, rule: Rule): Forecaster {
  return {
    name,
    async forecast(panel: Panel, origin: number, horizons: readonly number[]): Promise<PointForecast[]> {
      const out: PointForecast[] = [];
      for (const area of panel.areas) {
        for (const ageGroup of AGE_GROUPS) {
          const history = historyOf(area, ageGroup);
          if (valueAt(history, origin) === undefined) continue;
          for (const horizon of horizons) {
            const mean = Math.max(0, rule(history, origin, horizon));
            out.push({
              postalCode: area.postalCode,
              municipalityCode: area.municipalityCode,
              ageGroup,
              origin,
              horizon,
              mean,
            });
          }
        }
      }
      return out;
    },
  };
}

/** Naive: the last published value carries forward. */
export const naive = seriesBaseline('naive', (history, origin) => valueAt(history, origin)!);

/** Drift: the average annual change over the whole observed history continues linearly. */
export const drift = seriesBaseline('drift', (history, origin, h) => {
  const last = valueAt(history, origin)!;
  const first = history[0];
  if (first.year === origin) return last;
  return last + (h * (last - first.value)) / (origin - first.year);
});

/** Damped trend: recent log growth continues, fading by the damping factor each year ahead. */
export const dampedTrend = seriesBaseline(
  'damped-trend',
  (history, origin, h) => valueAt(history, origin)! * dampedMultiplier(history, h),
);
