import { indicatorsOf, modelFactorsOf } from '../../domain/wellbeing/indicator-catalogue';
import type { PanelId } from '../../domain/wellbeing/indicator-schema';
import { driverEffects, fitAssociation, type Association } from '../../models/wellbeing/association-model';
import { summariseBacktest, type BacktestCell } from '../../models/wellbeing/backtest-summary';
import type { DemandModel } from '../../models/wellbeing/demand-model';
import { forecastAtOrigin, type OutcomeForecast } from '../../models/wellbeing/forecast-at-origin';
import { naiveModel } from '../../models/wellbeing/naive-model';
import { ridgeModel } from '../../models/wellbeing/ridge-model';
import type { ModelChoice } from '../../models/wellbeing/select-model';
import { selectedTrack } from '../../models/wellbeing/selected-track';
import { truncateSeries, type SeriesPanel } from '../../models/wellbeing/series-panel';
import { tfNetworkModel } from '../../models/wellbeing/tf-network-model';

/**
 * The demand models of one municipal panel: for each corrective-service outcome, forecasts 1-5 years
 * from the latest year it is published (or from a given origin), the backtest table, the model chosen
 * per horizon, and the association of the outcome with the factors (drivers and what-if slopes).
 */
export const HORIZONS = [1, 2, 3, 4, 5] as const;

export const demandModels = (): DemandModel[] => [naiveModel, ridgeModel, tfNetworkModel()];

export interface OutcomeDemand {
  outcome: string;
  origin: number;
  forecasts: OutcomeForecast[];
  choices: ModelChoice[];
  backtest: BacktestCell[];
  association: Association | null;
  effects: { area: string; factor: string; value: number; effect: number }[];
  seconds: number;
}

/** The latest year in which the outcome is published for any area. */
export function latestYearOf(panel: SeriesPanel, outcome: string): number | null {
  const years = panel.years.filter((y) => panel.areas.some((a) => panel.get(outcome, a, y) !== undefined));
  return years.length ? years[years.length - 1] : null;
}

export async function computeOutcomeDemand(
  panel: SeriesPanel,
  panelId: PanelId,
  outcome: string,
  origin: number,
  log: (line: string) => void,
  models: readonly DemandModel[] = demandModels(),
): Promise<OutcomeDemand> {
  const t0 = performance.now();
  const spec = { outcome, factors: modelFactorsOf(panelId).map((f) => f.id) };
  const result = await forecastAtOrigin(panel, spec, origin, HORIZONS, models);
  const cut = truncateSeries(panel, origin);
  const backtest = summariseBacktest(result.backtest, selectedTrack(cut, spec, result.backtest, HORIZONS));
  const association = fitAssociation(cut, outcome, spec.factors, origin);
  const areas = [...new Set(result.forecasts.map((f) => f.area))];
  const effects = association
    ? areas.flatMap((area) => driverEffects(association, cut, area).map((e) => ({ area, ...e })))
    : [];
  const seconds = (performance.now() - t0) / 1000;
  log(
    `wellbeing: ${outcome} from ${origin}: ${result.forecasts.length} forecasts, models ${result.choices.map((c) => c.model).join('/')} (${seconds.toFixed(1)} s)`,
  );
  return {
    outcome,
    origin,
    forecasts: result.forecasts,
    choices: result.choices,
    backtest,
    association,
    effects,
    seconds,
  };
}

/** Every outcome of a panel from its own latest year. */
export async function computePanelDemand(
  panel: SeriesPanel,
  panelId: PanelId,
  log: (line: string) => void,
): Promise<OutcomeDemand[]> {
  const out: OutcomeDemand[] = [];
  for (const o of indicatorsOf(panelId).filter((i) => i.role === 'outcome')) {
    const origin = latestYearOf(panel, o.id);
    if (origin !== null) out.push(await computeOutcomeDemand(panel, panelId, o.id, origin, log));
  }
  return out;
}
