import type { ScoredForecast } from './nested-backtest';
import { BASELINE_NAMES } from '../../domain/forecasting/methods';
import { computeMetrics, skill, type Metrics } from './metrics';

/**
 * The backtest table: metrics by model x scope x age group x horizon (x size class), and each
 * model's skill against the best baseline of the same cell (lowest MAPE among the baselines).
 */
export interface SummaryRow extends Metrics {
  model: string;
  /** `helsinki`, `finland` (all postal areas, Helsinki included) or `subdistricts` (the long series). */
  scope: string;
  ageGroup: string;
  horizon: number;
  /** 'all' or the size tercile 0 (small) .. 2 (large) at the origin. */
  sizeClass: string;
  bestBaseline: string | null;
  skill: number | null;
}

export const postalScopes = (row: ScoredForecast) => (row.helsinki ? ['helsinki', 'finland'] : ['finland']);

/**
 * A `finland` cell that only Helsinki's later years reach (horizon 5: the all-Finland years end in
 * 2017) would repeat Helsinki's numbers under Finland's name: it is not reported.
 */
export const isReported = (scope: string, rows: readonly { helsinki: boolean }[]) =>
  scope !== 'finland' || rows.some((r) => !r.helsinki);

export function summariseBacktest(
  scored: readonly ScoredForecast[],
  scopesOf: (row: ScoredForecast) => readonly string[] = postalScopes,
): SummaryRow[] {
  const groups = new Map<string, ScoredForecast[]>();
  const push = (key: string, row: ScoredForecast) => {
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  };
  for (const row of scored) {
    for (const scope of scopesOf(row)) {
      for (const size of ['all', String(row.sizeClass)])
        push(`${row.model}|${scope}|${row.ageGroup}|${row.horizon}|${size}`, row);
    }
  }
  const rows: SummaryRow[] = [...groups].flatMap(([key, list]) => {
    const [model, scope, ageGroup, horizon, sizeClass] = key.split('|');
    if (!isReported(scope, list)) return [];
    const metrics = computeMetrics(list.map((r) => ({ ...r, forecast: r.mean, ...intervalOf(r) })));
    return {
      model,
      scope,
      ageGroup,
      horizon: Number(horizon),
      sizeClass,
      ...metrics,
      bestBaseline: null,
      skill: null,
    };
  });
  const cell = (r: SummaryRow) => `${r.scope}|${r.ageGroup}|${r.horizon}|${r.sizeClass}`;
  const best = new Map<string, SummaryRow>();
  for (const r of rows) {
    if (!(BASELINE_NAMES as readonly string[]).includes(r.model)) continue;
    const current = best.get(cell(r));
    if (!current || r.mape < current.mape) best.set(cell(r), r);
  }
  for (const r of rows) {
    const b = best.get(cell(r));
    if (b) Object.assign(r, { bestBaseline: b.model, skill: skill(r.mape, b.mape) });
  }
  return rows.sort((a, b) => cell(a).localeCompare(cell(b)) || a.model.localeCompare(b.model));
}

/** NaN bounds mean "no interval was calibrated yet" and must not count as a miss. */
function intervalOf(r: ScoredForecast) {
  return Number.isNaN(r.lo80)
    ? { lo80: undefined, hi80: undefined, lo95: undefined, hi95: undefined }
    : { lo80: r.lo80, hi80: r.hi80, lo95: r.lo95, hi95: r.hi95 };
}

export function formatSummary(rows: readonly SummaryRow[], sizeClass = 'all'): string[] {
  const f = (x: number | null, d = 1) => (x === null || Number.isNaN(x) ? '   -' : x.toFixed(d));
  const lines = [
    'scope        age  h  model                 n   MAPE  MedAPE  MALPE   WAPE  cov80  cov95  skill vs best baseline',
  ];
  for (const r of rows.filter((x) => x.sizeClass === sizeClass)) {
    lines.push(
      [
        r.scope.padEnd(12),
        r.ageGroup.padEnd(4),
        String(r.horizon).padStart(2),
        ' ',
        r.model.padEnd(18),
        String(r.n).padStart(6),
        f(r.mape).padStart(6),
        f(r.medape).padStart(7),
        f(r.malpe).padStart(6),
        f(r.wape).padStart(6),
        f(r.coverage80 === null ? null : r.coverage80 * 100, 0).padStart(6),
        f(r.coverage95 === null ? null : r.coverage95 * 100, 0).padStart(6),
        r.skill === null ? '' : `  ${(r.skill * 100).toFixed(0).padStart(4)} % vs ${r.bestBaseline}`,
      ].join(' '),
    );
  }
  return lines;
}
