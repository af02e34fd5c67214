import 'server-only';
import { MAP_LAYERS } from '../../domain/dashboard/layers';
import type { LayerId, LayerInfo, MapCell, MapPayload, YearInfo } from '../../domain/dashboard/types';
import type { DisclosedPlanRow } from '../../domain/privacy/disclose-plan';
import { fetchAreas, fetchPopulation } from './areas';
import { fetchForecastRun, fetchForecasts, type ForecastRow } from './forecasts';
import { fetchPlanInfo } from './plan';
import { fetchPlanRows, listScenarioNames } from './scenarios';
import { fetchUnits, unitsAvailable } from './units';

/**
 * Everything the map needs for one municipality and one layer, across all years (history and
 * forecast), after disclosure control. The client switches years without a round trip; a layer
 * change asks the server for that layer only.
 */

/** Half of the 80 % interval above this share of the mean marks a forecast as uncertain on the map. */
export const WIDE_INTERVAL_SHARE = 0.25;

function isWide(mean: number | null, lo: number | null, hi: number | null, withheldBound: boolean): boolean {
  if (mean === null) return false;
  // A withheld bound is below the threshold while the mean is not: the interval reaches down to tiny counts.
  if (withheldBound) return true;
  if (lo === null || hi === null || mean <= 0) return false;
  return (hi - lo) / 2 / mean > WIDE_INTERVAL_SHARE;
}

function forecastCell(f: ForecastRow): MapCell {
  const st = f.withheld?.mean;
  return {
    v: f.mean,
    ...(st ? { st } : {}),
    lo80: f.lo80,
    hi80: f.hi80,
    lo95: f.lo95,
    hi95: f.hi95,
    wide: isWide(f.mean, f.lo80, f.hi80, !!(f.withheld?.lo80 || f.withheld?.hi80)),
  };
}

const rounded = (v: number | null, digits: number, scale = 1) =>
  v === null ? null : Math.round(v * scale * 10 ** digits) / 10 ** digits;

/** A plan row's cell for a plan layer: its metric, scaled and rounded as the layer says. */
function planCell(id: LayerId, p: DisclosedPlanRow): MapCell | null {
  const def = MAP_LAYERS[id];
  if (!def.metric) return null;
  const why = p.withheld?.[def.metric];
  const status = why ? { st: why } : p[def.metric] === null ? { st: 'missing' as const } : {};
  const syn = def.usesCapacity && p.syntheticCapacity ? { syn: true } : {};
  if (def.unit === 'rag') return { v: null, rag: p.rag, ...status, ...syn };
  const value = p[def.metric] as number | null;
  const cell: MapCell = { v: rounded(value, def.digits, def.scale), ...status, ...syn };
  if (def.interval) {
    const [lo, hi] = def.interval;
    cell.lo80 = rounded(p[lo] as number | null, def.digits);
    cell.hi80 = rounded(p[hi] as number | null, def.digits);
    cell.wide = isWide(value, p[lo] as number | null, p[hi] as number | null, !!(p.withheld?.[lo] || p.withheld?.[hi]));
  }
  return cell;
}

export interface MapRequest {
  municipalityCode: string;
  municipalityName: string;
  layer: LayerId;
  scenario?: string;
}

export async function fetchMapPayload(req: MapRequest): Promise<MapPayload> {
  const m = req.municipalityCode;
  const [areas, run, scenarios, hasUnits, planInfo] = await Promise.all([
    fetchAreas(m),
    fetchForecastRun(),
    listScenarioNames(m),
    unitsAvailable(),
    fetchPlanInfo(),
  ]);
  const scenario = scenarios.includes(req.scenario ?? '') ? req.scenario! : (scenarios[0] ?? 'baseline');
  const [plan, forecasts, units, population] = await Promise.all([
    fetchPlanRows(scenario, { municipalityCode: m }),
    run ? fetchForecasts(run, { municipalityCode: m }) : Promise.resolve([]),
    hasUnits ? fetchUnits({ municipalityCode: m }) : Promise.resolve([]),
    fetchPopulation({ municipalityCode: m, ageGroups: ['0-2', '3-6'] }),
  ]);

  // Years: every year with figures, forecast years marked (after the municipality's latest forecast
  // origin, or flagged by the plan). Areas forecast from an earlier origin keep their actual years.
  const origin = forecasts.length ? Math.max(...forecasts.map((f) => f.origin)) : null;
  const years = new Map<number, boolean>();
  for (const p of population) years.set(p.year, false);
  for (const f of forecasts) if (!years.has(f.year) && origin !== null && f.year > origin) years.set(f.year, true);
  for (const p of plan) if (!years.has(p.year) || p.isForecast) years.set(p.year, years.get(p.year) || p.isForecast);
  const yearList: YearInfo[] = [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, forecast]) => ({ year, forecast }));

  const hasPlan = plan.length > 0;
  const has6 =
    forecasts.some((f) => f.age_group === '6') || plan.some((p) => p.children6 !== null || p.withheld?.children6);
  const layers: LayerInfo[] = (Object.keys(MAP_LAYERS) as LayerId[]).map((id) => {
    const { kind, unit, source } = MAP_LAYERS[id];
    const reason =
      source === 'plan' && !hasPlan ? 'needsPlan' : id === 'children_6' && !has6 ? 'needsForecast' : undefined;
    return { id, kind, unit, source, available: !reason, ...(reason ? { reason } : {}) };
  });
  const chosen = layers.find((l) => l.id === req.layer)!;
  const layer = chosen.available ? chosen : layers[0];

  const values: Record<string, Record<string, MapCell>> = {};
  const put = (year: number, postal: string, cell: MapCell | null) => {
    if (cell) (values[year] ??= {})[postal] = cell;
  };
  const group = MAP_LAYERS[layer.id].ageGroup;
  if (group) {
    for (const p of population) {
      if (p.age_group !== group) continue;
      const st = p.suppressed ? 'suppressed' : p.small ? 'small' : p.persons === null ? 'missing' : undefined;
      put(p.year, p.postal_code, { v: p.persons, ...(st ? { st } : {}) });
    }
    // Forecasts fill the forecast years only: an actual figure always wins for its own year.
    for (const f of forecasts)
      if (f.age_group === group && years.get(f.year)) put(f.year, f.postal_code, forecastCell(f));
  } else {
    for (const p of plan) put(p.year, p.postalCode, planCell(layer.id, p));
    if (layer.id === 'children_6')
      for (const f of forecasts) if (f.age_group === '6') put(f.year, f.postal_code, forecastCell(f));
  }

  return {
    municipality_code: m,
    municipality_name: req.municipalityName,
    layer,
    layers,
    years: yearList,
    values,
    areas: areas.map((a) => ({ postal_code: a.postal_code, name_fi: a.name_fi, name_sv: a.name_sv })),
    units: units.map((u) => ({
      unit_id: u.unit_id,
      name_fi: u.name_fi,
      name_sv: u.name_sv,
      provider: u.provider,
      lat: u.lat,
      lon: u.lon,
      capacity_under3: u.capacity_under3,
      capacity_3plus: u.capacity_3plus,
      synthetic: u.synthetic,
    })),
    unitsAvailable: hasUnits,
    hasGeometry: areas.some((a) => a.has_geometry),
    forecastRun: run && origin !== null ? { model_version: run.model_version, origin } : null,
    plan: planInfo
      ? { modelVersion: planInfo.modelVersion, computedAt: planInfo.computedAt, stale: planInfo.stale }
      : null,
    scenario,
    scenarios,
  };
}
