import type { PlanRow } from '../planning/plan-types';
import { isDisclosable } from '../privacy/disclosure';
import { toCsv, type CsvColumn } from '../../core/format/csv';

/**
 * A scenario side by side with the baseline, per postal area and year, after disclosure control: an
 * area-year whose demand (in either plan) is below 5 or was suppressed shows no figures at all, so
 * neither a count nor a difference can reveal it.
 */
export interface ComparisonRow {
  postalCode: string;
  year: number;
  isForecast: boolean;
  status: 'ok' | 'small' | 'suppressed';
  baseDemand: number | null;
  scenarioDemand: number | null;
  demandChange: number | null;
  baseGap: number | null;
  scenarioGap: number | null;
  baseStaffFte: number | null;
  scenarioStaffFte: number | null;
  baseM2: number | null;
  scenarioM2: number | null;
  syntheticCapacity: boolean;
}

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function compareWithBaseline(baseline: readonly PlanRow[], scenario: readonly PlanRow[]): ComparisonRow[] {
  const base = new Map(baseline.map((r) => [`${r.postalCode}|${r.year}`, r]));
  const out: ComparisonRow[] = [];
  for (const s of scenario) {
    const b = base.get(`${s.postalCode}|${s.year}`);
    if (!b) continue;
    const suppressed = b.demandTotal === null && b.children02 === null && b.children36 === null;
    const ok = isDisclosable(b.demandTotal) && isDisclosable(s.demandTotal);
    const status = ok ? 'ok' : suppressed ? 'suppressed' : 'small';
    const v = (x: number | null) => (ok ? r1(x) : null);
    out.push({
      postalCode: s.postalCode,
      year: s.year,
      isForecast: s.isForecast,
      status,
      baseDemand: v(b.demandTotal),
      scenarioDemand: v(s.demandTotal),
      demandChange: ok ? r1(s.demandTotal! - b.demandTotal!) : null,
      baseGap: v(b.gapPlaces),
      scenarioGap: v(s.gapPlaces),
      baseStaffFte: v(b.staffFte),
      scenarioStaffFte: v(s.staffFte),
      baseM2: v(b.floorAreaNeededM2),
      scenarioM2: v(s.floorAreaNeededM2),
      syntheticCapacity: s.syntheticCapacity === true || b.syntheticCapacity === true,
    });
  }
  return out.sort((a, b) => a.postalCode.localeCompare(b.postalCode) || a.year - b.year);
}

/** Sums of the shown (disclosed) rows per year: not a municipality total (withheld areas are left out). */
export function shownTotals(rows: readonly ComparisonRow[]): { year: number; base: number; scenario: number }[] {
  const by = new Map<number, { year: number; base: number; scenario: number }>();
  for (const r of rows) {
    if (r.status !== 'ok') continue;
    const t = by.get(r.year) ?? { year: r.year, base: 0, scenario: 0 };
    t.base += r.baseDemand ?? 0;
    t.scenario += r.scenarioDemand ?? 0;
    by.set(r.year, t);
  }
  return [...by.values()]
    .map((t) => ({ year: t.year, base: Math.round(t.base), scenario: Math.round(t.scenario) }))
    .sort((a, b) => a.year - b.year);
}

const COMPARISON_CSV: CsvColumn<ComparisonRow>[] = [
  { name: 'postal_code', value: (r) => r.postalCode },
  { name: 'year', value: (r) => r.year },
  { name: 'is_forecast', value: (r) => r.isForecast },
  { name: 'withheld', value: (r) => (r.status === 'ok' ? '' : r.status === 'small' ? 'small' : 'suppressed') },
  { name: 'demand_total_baseline', value: (r) => r.baseDemand },
  { name: 'demand_total_scenario', value: (r) => r.scenarioDemand },
  { name: 'demand_change', value: (r) => r.demandChange },
  { name: 'gap_places_baseline', value: (r) => r.baseGap },
  { name: 'gap_places_scenario', value: (r) => r.scenarioGap },
  { name: 'staff_fte_baseline', value: (r) => r.baseStaffFte },
  { name: 'staff_fte_scenario', value: (r) => r.scenarioStaffFte },
  { name: 'floor_area_needed_m2_baseline', value: (r) => r.baseM2 },
  { name: 'floor_area_needed_m2_scenario', value: (r) => r.scenarioM2 },
  { name: 'capacity_basis', value: (r) => (r.syntheticCapacity ? 'synthetic' : 'registry') },
];

export const comparisonToCsv = (rows: readonly ComparisonRow[], notes: readonly string[]): string =>
  toCsv(COMPARISON_CSV, rows, notes);
