import { badRequest } from '../../core/errors';
import { haversineKm, type Point } from '../../core/geo/geometry';
import type { Scenario } from './scenario';
import { isUnitActive, type EceUnit } from './unit';

/** A scenario naming a unit the registry does not have: the planner's input error, at the field `units`. */
const unitIssue = (message: string) => badRequest(message, [{ param: 'units', message }]);

/**
 * Supply: units as a scenario leaves them, and how their places reach the postal areas.
 *
 * Postal areas are smaller than catchments, so a unit's places are shared by every area of its
 * municipality whose point lies within walking distance (and always by its own area), in proportion
 * to the areas' demand - the two-step floating catchment area method (Luo & Wang 2003). Summed over
 * areas this gives back each unit's capacity, so city totals stay honest, and an area with no unit of
 * its own still sees the places next door. Municipal provision stops at the municipal border.
 */
export interface PlannedUnit {
  unit: EceUnit;
  closingYear: number | null;
  /** Cumulative capacity changes from a year on. */
  changes: { year: number; under3: number; plus3: number }[];
  fromScenario: boolean;
}

/** The registry with the scenario's openings, closings and capacity changes applied. */
export function planUnits(units: readonly EceUnit[], scenario: Scenario | undefined): PlannedUnit[] {
  const planned = new Map<string, PlannedUnit>();
  for (const unit of units)
    planned.set(unit.unitId, { unit, closingYear: unit.closingYear, changes: [], fromScenario: false });
  for (const u of scenario?.units?.open ?? []) {
    if (planned.has(u.unitId)) throw unitIssue(`scenario opens unit ${u.unitId}, but a unit with that id exists`);
    const unit: EceUnit = {
      unitId: u.unitId,
      nameFi: u.nameFi,
      nameSv: u.nameSv ?? null,
      language: 'fi',
      provider: 'municipal',
      lon: u.lon,
      lat: u.lat,
      postalCode: u.postalCode,
      municipalityCode: u.municipalityCode,
      capacityUnder3: u.capacityUnder3,
      capacity3plus: u.capacity3plus,
      floorAreaM2: u.floorAreaM2 ?? null,
      openingYear: u.openingYear,
      closingYear: null,
      preschool: u.preschool,
      synthetic: false,
    };
    planned.set(u.unitId, { unit, closingYear: null, changes: [], fromScenario: true });
  }
  for (const c of scenario?.units?.close ?? []) {
    const p = planned.get(c.unitId);
    if (!p) throw unitIssue(`scenario closes unit ${c.unitId}, which is not in the registry`);
    p.closingYear = p.closingYear === null ? c.year : Math.min(p.closingYear, c.year);
  }
  for (const c of scenario?.units?.capacity ?? []) {
    const p = planned.get(c.unitId);
    if (!p) throw unitIssue(`scenario changes the capacity of unit ${c.unitId}, which is not in the registry`);
    p.changes.push({ year: c.year, under3: c.under3Delta, plus3: c.plus3Delta });
  }
  return [...planned.values()];
}

/** Places of a planned unit in a year; null when it is not open. */
export function placesInYear(p: PlannedUnit, year: number): { under3: number; plus3: number } | null {
  if (!isUnitActive({ ...p.unit, closingYear: p.closingYear }, year)) return null;
  let under3 = p.unit.capacityUnder3;
  let plus3 = p.unit.capacity3plus;
  for (const c of p.changes) {
    if (c.year > year) continue;
    under3 += c.under3;
    plus3 += c.plus3;
  }
  return { under3: Math.max(0, under3), plus3: Math.max(0, plus3) };
}

export interface CatchmentArea {
  postalCode: string;
  point: Point | null;
}

/** For each unit, the indices of the areas (of its municipality) that share its places. */
export function unitCatchments(
  units: readonly PlannedUnit[],
  areas: readonly CatchmentArea[],
  walkingKm: number,
): number[][] {
  const byCode = new Map(areas.map((a, i) => [a.postalCode, i]));
  return units.map((p) => {
    const out: number[] = [];
    const own = byCode.get(p.unit.postalCode);
    const at = { lon: p.unit.lon, lat: p.unit.lat };
    areas.forEach((a, i) => {
      if (i === own || (a.point !== null && haversineKm(a.point, at) <= walkingKm)) out.push(i);
    });
    return out;
  });
}

/**
 * Shares each open unit's places among its catchment areas by their demand. Returns, per area, the
 * places it can reach (under 3 and 3+); a unit whose catchment has no demand shares nothing (spare).
 */
export function shareCapacity(
  places: readonly ({ under3: number; plus3: number } | null)[],
  catchments: readonly number[][],
  demandUnder3: Float64Array,
  demand3plus: Float64Array,
): { under3: Float64Array; plus3: Float64Array } {
  const under3 = new Float64Array(demandUnder3.length);
  const plus3 = new Float64Array(demand3plus.length);
  places.forEach((p, j) => {
    if (!p) return;
    let dU = 0;
    let dP = 0;
    for (const i of catchments[j]) {
      dU += demandUnder3[i];
      dP += demand3plus[i];
    }
    for (const i of catchments[j]) {
      if (dU > 0) under3[i] += (p.under3 * demandUnder3[i]) / dU;
      if (dP > 0) plus3[i] += (p.plus3 * demand3plus[i]) / dP;
    }
  });
  return { under3, plus3 };
}
