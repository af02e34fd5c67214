import { totalPlan } from '../planning/compare';
import type { PlanRow } from '../planning/plan-types';
import { isDisclosable } from '../privacy/disclosure';

/**
 * The leadership capacity report: places, staff and square metres needed, capacity and the gap by
 * district and year, with the 80 % interval of demand. Pure: the rows come from public_plan.
 *
 * Privacy: district totals add up areas whose own figures may be withheld on the map ("<5"). So that no
 * withheld area can be computed back by subtracting the shown areas from a district total, report figures
 * are rounded - places to 10, educators and FTE to 5, square metres to 100 - and a district whose demand is
 * below 5 is withheld as a whole.
 */
export interface ReportRow {
  districtCode: string;
  district: string;
  year: number;
  isForecast: boolean;
  areas: number;
  demand: number | null;
  demandLo80: number | null;
  demandHi80: number | null;
  capacity: number | null;
  gap: number | null;
  staffEducators: number | null;
  staffFte: number | null;
  floorAreaNeededM2: number | null;
  gapM2: number | null;
  /** Capacity rests (partly) on synthetic demo units: not real places. */
  syntheticCapacity: boolean;
  /** Demand below 5: every figure withheld. */
  withheld: boolean;
}

export const roundTo = (x: number | null, step: number): number | null =>
  x === null ? null : Math.round(x / step) * step;

export function buildReport(
  rows: readonly PlanRow[],
  districtOf: (row: PlanRow) => { code: string; name: string } | null,
): ReportRow[] {
  const names = new Map<string, string>();
  const forecast = new Map<string, boolean>();
  const synthetic = new Map<string, boolean>();
  const groupOf = (r: PlanRow) => {
    const d = districtOf(r);
    if (!d) return null;
    names.set(d.code, d.name);
    const k = `${d.code}|${r.year}`;
    forecast.set(k, (forecast.get(k) ?? false) || r.isForecast);
    synthetic.set(k, (synthetic.get(k) ?? false) || r.syntheticCapacity === true);
    return d.code;
  };
  return totalPlan(rows, groupOf)
    .map((t) => {
      const k = `${t.group}|${t.year}`;
      const withheld = !isDisclosable(t.demandTotal);
      const keep = (v: number | null, step: number) => (withheld ? null : roundTo(v, step));
      return {
        districtCode: t.group,
        district: names.get(t.group) ?? t.group,
        year: t.year,
        isForecast: forecast.get(k) ?? false,
        areas: t.areas,
        demand: keep(t.demandTotal, 10),
        demandLo80: keep(t.demandTotalLo80, 10),
        demandHi80: keep(t.demandTotalHi80, 10),
        capacity: keep(t.capacityWalkTotal, 10),
        gap: keep(t.gapPlaces, 10),
        staffEducators: keep(t.staffEducators, 5),
        staffFte: keep(t.staffFte, 5),
        floorAreaNeededM2: keep(t.floorAreaNeededM2, 100),
        gapM2: keep(t.gapM2, 100),
        syntheticCapacity: synthetic.get(k) ?? false,
        withheld,
      };
    })
    .sort((a, b) => a.district.localeCompare(b.district, 'fi') || a.year - b.year);
}

export const reportYears = (rows: readonly ReportRow[]) => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
