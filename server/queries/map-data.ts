import 'server-only';
import type { LayerId, LayerInfo, MapCell, MapPayload, YearInfo } from '../../domain/dashboard/types';
import { fetchAreas, fetchPopulation } from './areas';
import { fetchForecastRun, fetchForecasts, type ForecastRow } from './forecasts';
import { fetchPlan, fetchScenarios, type PlanRow } from './plan';
import { fetchUnits, unitsAvailable } from './units';

/**
 * Everything the map needs for one municipality and one layer, across all years (history and
 * forecast), after disclosure control. The client switches years without a round trip; a layer
 * change asks the server for that layer only.
 */

const LAYERS: Record<LayerId, Omit<LayerInfo, 'id' | 'available' | 'reason'>> = {
  children_0_2: { kind: 'sequential', unit: 'children', source: 'population' },
  children_3_6: { kind: 'sequential', unit: 'children', source: 'population' },
  children_6: { kind: 'sequential', unit: 'children', source: 'forecast' },
  demand_total: { kind: 'sequential', unit: 'places', source: 'plan' },
  capacity_total: { kind: 'sequential', unit: 'places', source: 'plan' },
  gap_places: { kind: 'diverging', unit: 'places', source: 'plan' },
  fill_rate: { kind: 'percent', unit: 'percent', source: 'plan' },
  staff_need: { kind: 'sequential', unit: 'fte', source: 'plan' },
  rag: { kind: 'categorical', unit: 'rag', source: 'plan' },
};

/** Half of the 80 % interval above this share of the mean marks a forecast as uncertain on the map. */
export const WIDE_INTERVAL_SHARE = 0.25;

function isWide(mean: number | null, lo: number | null, hi: number | null, withheldBound: boolean): boolean {
  if (mean === null) return false;
  // A withheld bound is below 5 while the mean is not: the interval reaches down to tiny counts.
  if (withheldBound) return true;
  if (lo === null || hi === null || mean <= 0) return false;
  return (hi - lo) / 2 / mean > WIDE_INTERVAL_SHARE;
}

function forecastCell(f: ForecastRow): MapCell {
  const st = f.withheld?.mean;
  const boundWithheld = !!(f.withheld?.lo80 || f.withheld?.hi80);
  return {
    v: f.mean,
    ...(st ? { st } : {}),
    lo80: f.lo80,
    hi80: f.hi80,
    lo95: f.lo95,
    hi95: f.hi95,
    wide: isWide(f.mean, f.lo80, f.hi80, boundWithheld),
  };
}

const round = (v: number | null, digits = 1) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

function planCell(layer: LayerId, p: PlanRow): MapCell | null {
  const cell = planCellValue(layer, p);
  const usesCapacity = layer === 'capacity_total' || layer === 'gap_places' || layer === 'fill_rate' || layer === 'rag';
  return cell && usesCapacity && p.synthetic_capacity ? { ...cell, syn: true } : cell;
}

function planCellValue(layer: LayerId, p: PlanRow): MapCell | null {
  const w = p.withheld ?? {};
  const cell = (field: keyof PlanRow & string, value: number | null): MapCell => ({
    v: value,
    ...(w[field] ? { st: w[field] } : value === null ? { st: 'missing' as const } : {}),
  });
  switch (layer) {
    case 'children_6':
      return cell('children_6', p.children_6);
    case 'demand_total':
      return {
        ...cell('demand_total', round(p.demand_total)),
        lo80: round(p.demand_total_lo80),
        hi80: round(p.demand_total_hi80),
        wide: isWide(
          p.demand_total,
          p.demand_total_lo80,
          p.demand_total_hi80,
          !!(w.demand_total_lo80 || w.demand_total_hi80),
        ),
      };
    case 'capacity_total':
      return cell('capacity_total', p.capacity_total);
    case 'gap_places':
      return cell('gap_places', round(p.gap_places));
    case 'fill_rate':
      // public_plan carries fill_rate as a ratio (demand / capacity); the map shows per cent.
      return cell('fill_rate', p.fill_rate === null ? null : Math.round(p.fill_rate * 1000) / 10);
    case 'staff_need':
      return cell('staff_fte', round(p.staff_fte ?? p.staff_educators));
    case 'rag':
      return { v: null, rag: p.rag, ...(w.rag ? { st: w.rag } : p.rag === null ? { st: 'missing' as const } : {}) };
    default:
      return null;
  }
}

export interface MapRequest {
  municipalityCode: string;
  municipalityName: string;
  layer: LayerId;
  scenario?: string;
}

export async function fetchMapPayload(req: MapRequest): Promise<MapPayload> {
  const m = req.municipalityCode;
  const [areas, run, scenarios, hasUnits] = await Promise.all([
    fetchAreas(m),
    fetchForecastRun(),
    fetchScenarios(),
    unitsAvailable(),
  ]);
  const scenario = scenarios.includes(req.scenario ?? '') ? req.scenario! : (scenarios[0] ?? 'baseline');
  const plan = await fetchPlan({ scenario, municipalityCode: m });
  const forecasts = run ? await fetchForecasts(run, { municipalityCode: m }) : [];
  const units = hasUnits ? await fetchUnits({ municipalityCode: m }) : [];
  const population = await fetchPopulation({ municipalityCode: m, ageGroups: ['0-2', '3-6'] });

  // Years: every year with figures, forecast years marked (after the municipality's latest forecast
  // origin, or flagged by the plan). Areas forecast from an earlier origin keep their actual years.
  const origin = forecasts.length ? Math.max(...forecasts.map((f) => f.origin)) : null;
  const years = new Map<number, boolean>();
  for (const p of population) years.set(p.year, false);
  for (const f of forecasts) if (!years.has(f.year) && origin !== null && f.year > origin) years.set(f.year, true);
  for (const p of plan) if (!years.has(p.year) || p.is_forecast) years.set(p.year, years.get(p.year) || p.is_forecast);
  const yearList: YearInfo[] = [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, forecast]) => ({ year, forecast }));

  const hasPlan = plan.length > 0;
  const has6 =
    forecasts.some((f) => f.age_group === '6') || plan.some((p) => p.children_6 !== null || p.withheld?.children_6);
  const layers: LayerInfo[] = (Object.keys(LAYERS) as LayerId[]).map((id) => {
    const def = LAYERS[id];
    let available = true;
    let reason: LayerInfo['reason'];
    if (def.source === 'plan' && !hasPlan) [available, reason] = [false, 'needsPlan'];
    if (id === 'children_6' && !has6) [available, reason] = [false, 'needsForecast'];
    return { id, ...def, available, ...(reason ? { reason } : {}) };
  });
  const chosen = layers.find((l) => l.id === req.layer)!;
  const layer = chosen.available ? chosen : layers[0];

  const values: Record<string, Record<string, MapCell>> = {};
  const put = (year: number, postal: string, cell: MapCell | null) => {
    if (!cell) return;
    (values[year] ??= {})[postal] = cell;
  };
  if (layer.id === 'children_0_2' || layer.id === 'children_3_6') {
    const group = layer.id === 'children_0_2' ? '0-2' : '3-6';
    for (const p of population) {
      if (p.age_group !== group) continue;
      put(p.year, p.postal_code, {
        v: p.persons,
        ...(p.suppressed
          ? { st: 'suppressed' as const }
          : p.small
            ? { st: 'small' as const }
            : p.persons === null
              ? { st: 'missing' as const }
              : {}),
      });
    }
    // Forecasts fill the forecast years only: an actual figure always wins for its own year.
    for (const f of forecasts)
      if (f.age_group === group && years.get(f.year)) put(f.year, f.postal_code, forecastCell(f));
  } else if (layer.id === 'children_6') {
    for (const p of plan) put(p.year, p.postal_code, planCell('children_6', p));
    for (const f of forecasts) if (f.age_group === '6') put(f.year, f.postal_code, forecastCell(f));
  } else {
    for (const p of plan) put(p.year, p.postal_code, planCell(layer.id, p));
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
    scenario,
    scenarios,
  };
}
