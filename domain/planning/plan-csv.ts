import type { PlanDifference } from './compare';
import type { PlanRow } from './plan-types';

/**
 * CSV export of a plan, one row per area and year, with the public_plan column names so a spreadsheet
 * and the warehouse view read alike. Empty cells are unknown values (suppressed or no registry), never 0.
 */
export const PLAN_COLUMNS: readonly [string, keyof PlanRow][] = [
  ['scenario', 'scenario'],
  ['postal_code', 'postalCode'],
  ['municipality_code', 'municipalityCode'],
  ['year', 'year'],
  ['is_forecast', 'isForecast'],
  ['children_0_2', 'children02'],
  ['children_3_6', 'children36'],
  ['children_6', 'children6'],
  ['demand_under3', 'demandUnder3'],
  ['demand_3plus_fullday', 'demand3plusFullday'],
  ['demand_3plus_partday', 'demand3plusPartday'],
  ['demand_preschool', 'demandPreschool'],
  ['demand_total', 'demandTotal'],
  ['demand_total_lo80', 'demandTotalLo80'],
  ['demand_total_hi80', 'demandTotalHi80'],
  ['capacity_under3', 'capacityUnder3'],
  ['capacity_3plus', 'capacity3plus'],
  ['capacity_total', 'capacityTotal'],
  ['capacity_walk_total', 'capacityWalkTotal'],
  ['gap_places', 'gapPlaces'],
  ['gap_m2', 'gapM2'],
  ['fill_rate', 'fillRate'],
  ['staff_educators', 'staffEducators'],
  ['staff_fte', 'staffFte'],
  ['groups', 'groups'],
  ['floor_area_needed_m2', 'floorAreaNeededM2'],
  ['rag', 'rag'],
  ['synthetic_capacity', 'syntheticCapacity'],
  ['preschool_transport_needed', 'preschoolTransportNeeded'],
];

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

export function planToCsv(rows: readonly PlanRow[]): string {
  const lines = [PLAN_COLUMNS.map(([name]) => name).join(',')];
  for (const r of rows) lines.push(PLAN_COLUMNS.map(([, k]) => cell(r[k])).join(','));
  return `${lines.join('\n')}\n`;
}

export function differencesToCsv(rows: readonly PlanDifference[]): string {
  const lines = ['postal_code,year,field,baseline,scenario,change'];
  for (const d of rows)
    lines.push([d.postalCode, d.year, d.field, d.baseline, d.scenario, d.change].map(cell).join(','));
  return `${lines.join('\n')}\n`;
}
