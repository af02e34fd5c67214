import { HELSINKI } from '../../domain/areas/codes';
import { ANCHOR_MODEL, PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { applyCombiner, fitCombiner, type Combiner } from '../combination/combiner';
import { cellOf, knownAt, type Evidence } from '../combination/evidence';
import type { Forecaster, ForecastRow, PointForecast } from '../core/forecast-row';
import { AGE_GROUPS, ageValue, truncatePanel, type Panel } from '../core/panel';
import { attachIntervals, calibrate, sizeClassOf, tercileCuts } from './intervals';

/**
 * The nested, time-ordered backtest. Origins are visited in order; at each one every method sees only
 * the panel cut at the origin, and everything chosen from past performance - the combination weights,
 * the bias correction and the intervals - is fitted only on forecasts whose targets were observed by
 * then (this panel's own, or, where it has too few yet, the long series'). The product is scored at
 * the origin with exactly what it would have known, so its score is out of sample.
 */

export interface ScoredForecast extends ForecastRow, Evidence {
  ageGroup: ForecastRow['ageGroup'];
  /** Size tercile at the origin, for reporting. */
  sizeClass: number;
  helsinki: boolean;
}

export interface OriginForecast {
  /** Every method's and the product's forecasts with intervals. */
  rows: ForecastRow[];
  combiner: Combiner;
  base: Map<string, number>;
}

/** Own evidence is used for a cell once the anchor has this many scored forecasts there. */
const MIN_OWN = 200;

const baseKey = (postalCode: string, ageGroup: string) => `${postalCode}|${ageGroup}`;

function baseValues(panel: Panel, origin: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const area of panel.areas) {
    for (const ageGroup of AGE_GROUPS) {
      const v = ageValue(area.byYear.get(origin), ageGroup);
      if (v !== null) out.set(baseKey(area.postalCode, ageGroup), v);
    }
  }
  return out;
}

/**
 * Per cell, this panel's own scored forecasts once the anchor has MIN_OWN of them there; before that,
 * none (the anchor alone). The long series is not used for choosing: measured on postal areas, choices
 * made on Helsinki's sub-districts did not carry over to the rest of Finland (docs/forecasting.md).
 */
function evidenceByCell(own: readonly Evidence[], cells: readonly string[]) {
  const byCell = new Map<string, Evidence[]>();
  for (const r of own) {
    if (r.model === PRODUCT_MODEL) continue;
    const k = cellOf(r.ageGroup, r.horizon);
    const list = byCell.get(k);
    if (list) list.push(r);
    else byCell.set(k, [r]);
  }
  const out = new Map<string, Evidence[]>();
  for (const cell of cells) {
    const rows = byCell.get(cell) ?? [];
    if (rows.filter((r) => r.model === ANCHOR_MODEL).length >= MIN_OWN) out.set(cell, rows);
  }
  return out;
}

/**
 * The forecasts at one origin: each method on the panel as known then, their combination, and
 * intervals for all of them. `own` and `prior` must already be limited to targets observed by `origin`.
 */
export async function forecastOrigin(
  known: Panel,
  origin: number,
  horizons: readonly number[],
  methods: readonly Forecaster[],
  own: readonly Evidence[],
  prior: readonly Evidence[],
): Promise<OriginForecast> {
  const base = baseValues(known, origin);
  const baseOf = (p: PointForecast) => base.get(baseKey(p.postalCode, p.ageGroup)) ?? 0;
  const forecasts = new Map<string, PointForecast[]>();
  for (const m of methods) forecasts.set(m.name, await m.forecast(known, origin, horizons));
  const cells = AGE_GROUPS.flatMap((g) => horizons.map((h) => cellOf(g, h)));
  const names = methods.map((m) => m.name);
  const combiner = fitCombiner(cells, evidenceByCell(own, cells), names, ANCHOR_MODEL);
  forecasts.set(PRODUCT_MODEL, applyCombiner(combiner, forecasts, baseOf));
  const rows = [...forecasts].flatMap(([name, points]) =>
    attachIntervals(
      points,
      calibrate(
        own.filter((r) => r.model === name),
        prior.filter((r) => r.model === name),
      ),
      baseOf,
      name,
    ),
  );
  return { rows, combiner, base };
}

export interface StageOptions {
  origins: readonly number[];
  horizons: readonly number[];
  methods: readonly Forecaster[];
  /** Scored forecasts of a long series, used where this panel has too little evidence yet. */
  prior?: readonly ScoredForecast[];
  log?: (line: string) => void;
}

export async function runNestedBacktest(panel: Panel, options: StageOptions) {
  const actuals = new Map<string, number>();
  for (const area of panel.areas) {
    for (const [year, row] of area.byYear) {
      for (const g of AGE_GROUPS) {
        const v = ageValue(row, g);
        if (v !== null) actuals.set(`${area.postalCode}|${g}|${year}`, v);
      }
    }
  }
  const scored: ScoredForecast[] = [];
  const combiners = new Map<number, Combiner>();
  for (const origin of [...options.origins].sort((a, b) => a - b)) {
    const t0 = performance.now();
    const own = knownAt(scored, origin);
    const prior = knownAt(options.prior ?? [], origin);
    const result = await forecastOrigin(
      truncatePanel(panel, origin),
      origin,
      options.horizons,
      options.methods,
      own,
      prior,
    );
    combiners.set(origin, result.combiner);
    const cuts = tercileCuts([...result.base.values()]);
    for (const row of result.rows) {
      const actual = actuals.get(`${row.postalCode}|${row.ageGroup}|${row.year}`);
      if (actual === undefined) continue;
      const base = result.base.get(baseKey(row.postalCode, row.ageGroup)) ?? 0;
      scored.push({
        ...row,
        actual,
        base,
        sizeClass: sizeClassOf(base, cuts),
        helsinki: row.municipalityCode === HELSINKI,
      });
    }
    options.log?.(
      `origin ${origin}: ${result.rows.length} forecasts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return { scored, combiners };
}
