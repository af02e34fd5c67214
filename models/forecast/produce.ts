import { knownAt } from '../combination/evidence';
import { projectCohorts, sixYearShare, type CohortParts, type Projection } from '../cohort/cohort-component';
import type { ForecastRow } from '../core/forecast-row';
import { truncatePanel, type AgeGroup, type Panel } from '../core/panel';
import { PRODUCT_MODEL } from '../../domain/forecasting/methods';
import { forecastOrigin, type ScoredForecast } from '../evaluation/nested-backtest';
import { networkForecaster, type FittedNetwork } from '../network/network-model';
import { BASELINES } from '../training/model-set';
import type { DriverId } from '../../domain/forecasting/drivers';

/**
 * The product forecast at `origin`: every method fitted on the panel cut at the origin (the network
 * is trained there), combined with the weights, bias correction and intervals that the nested
 * backtest's forecasts with targets observed by then support; six-year-olds split from 3-6 by the
 * cohort model's cohorts; and the drivers of every forecast. Nothing after the origin is read.
 */
export interface ExplanationRow {
  postalCode: string;
  origin: number;
  ageGroup: string;
  year: number;
  rank: number;
  driver: DriverId;
  effectPct: number;
}

export interface ProducedForecast {
  rows: ForecastRow[];
  explanations: ExplanationRow[];
  network: FittedNetwork;
}

export interface Evidence {
  /** The postal backtest's scored forecasts (every origin; filtered here to targets observed by the origin). */
  scored: readonly ScoredForecast[];
  /** The long series' scored forecasts. */
  long: readonly ScoredForecast[];
}

const groupOf = (p: Projection, ageGroup: AgeGroup, h: number) => (ageGroup === '0-2' ? p.c02 : p.c36)[h - 1];

/** Cohort ageing, births and migration as successive steps, then what the combination adds. */
function driversOf(row: ForecastRow, current: number, parts: CohortParts): ExplanationRow[] {
  const g = row.ageGroup as AgeGroup;
  const ageing = groupOf(parts.ageing, g, row.horizon);
  const births = groupOf(parts.births, g, row.horizon);
  const full = groupOf(parts.full, g, row.horizon);
  const step = (to: number, from: number) => 100 * ((to + 1) / (from + 1) - 1);
  const effects: [DriverId, number][] = [
    ['cohort', step(ageing, current)],
    ['births', step(births, ageing)],
    ['migration', step(full, births)],
    ['adjustment', step(row.mean, full)],
  ];
  return effects
    .filter(([, e]) => Math.abs(e) >= 0.5)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([driver, effectPct], i) => ({
      postalCode: row.postalCode,
      origin: row.origin,
      ageGroup: row.ageGroup,
      year: row.year,
      rank: i + 1,
      driver,
      effectPct,
    }));
}

export async function produceForecast(
  panel: Panel,
  evidence: Evidence,
  origin: number,
  horizons: readonly number[],
  log: (line: string) => void = () => {},
): Promise<ProducedForecast> {
  const known = truncatePanel(panel, origin);
  const network = networkForecaster({ log });
  const result = await forecastOrigin(
    known,
    origin,
    horizons,
    [...BASELINES, network],
    knownAt(evidence.scored, origin),
    knownAt(evidence.long, origin),
  );
  const product = result.rows.filter((r) => r.model === PRODUCT_MODEL);
  const parts = projectCohorts(known, origin, Math.max(...horizons));
  const sixes: ForecastRow[] = [];
  const explanations: ExplanationRow[] = [];
  for (const row of product) {
    const p = parts.get(row.postalCode);
    if (!p) continue;
    explanations.push(...driversOf(row, result.base.get(`${row.postalCode}|${row.ageGroup}`) ?? 0, p));
    if (row.ageGroup !== '3-6') continue;
    const share = sixYearShare(p, row.horizon) ?? 0.25;
    sixes.push({
      ...row,
      ageGroup: '6',
      mean: row.mean * share,
      lo80: row.lo80 * share,
      hi80: row.hi80 * share,
      lo95: row.lo95 * share,
      hi95: row.hi95 * share,
    });
  }
  return { rows: [...product, ...sixes], explanations, network: network.fitted()! };
}
