import { truncatePanel, type Panel } from '../core/panel';
import { projectCohorts, sixYearShare } from './cohort-component';

/**
 * The error of the six-year-old split alone, measured where single ages are published (Helsinki's
 * sub-districts 1991-2009): from each origin, the cohort model's share of six-year-olds within 3-6 at
 * origin + h, times the true 3-6 count then, against the true six-year-olds; compared with a constant
 * share (the city's own at the origin).
 */
export interface SplitError {
  horizon: number;
  n: number;
  mape: number;
  mapeConstantShare: number;
}

export function measureSixYearSplit(long: Panel, horizons: readonly number[], minSix = 20): SplitError[] {
  const errors = new Map<number, { cohort: number[]; constant: number[] }>(
    horizons.map((h) => [h, { cohort: [], constant: [] }]),
  );
  const last = long.years[long.years.length - 1];
  for (const origin of long.years.filter((y) => y < last)) {
    const known = truncatePanel(long, origin);
    let six = 0;
    let group = 0;
    for (const area of known.areas) {
      const row = area.byYear.get(origin);
      if (row?.six != null && row.c36 !== null) [six, group] = [six + row.six, group + row.c36];
    }
    const constant = group > 0 ? six / group : 0.25;
    const parts = projectCohorts(known, origin, Math.max(...horizons));
    for (const area of long.areas) {
      const p = parts.get(area.postalCode);
      if (!p) continue;
      for (const h of horizons) {
        const target = area.byYear.get(origin + h);
        if (!target || target.six == null || target.c36 === null || target.six < minSix) continue;
        const share = sixYearShare(p, h) ?? constant;
        const e = errors.get(h)!;
        e.cohort.push(Math.abs(share * target.c36 - target.six) / target.six);
        e.constant.push(Math.abs(constant * target.c36 - target.six) / target.six);
      }
    }
  }
  const mean = (xs: number[]) => (100 * xs.reduce((a, b) => a + b, 0)) / Math.max(xs.length, 1);
  return horizons.map((h) => {
    const e = errors.get(h)!;
    return { horizon: h, n: e.cohort.length, mape: mean(e.cohort), mapeConstantShare: mean(e.constant) };
  });
}
