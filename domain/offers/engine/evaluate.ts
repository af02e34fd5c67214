import { haversineKm } from '../../../core/geo/geometry';
import { emptyPlaces, placementCost } from './costs';
import type { Assignment, Problem } from './types';

/**
 * The objective of any assignment, computed from the rules themselves rather than from the optimiser's
 * columns, so the optimum and the greedy rule are scored by the same yardstick: every child's cost
 * (costs.ts), "no place" at its cost, and the empty places of the groups each unit opens.
 */
export interface AssignmentScore {
  objective: number;
  placed: number;
  unplaced: number;
  totalKm: number;
  meanKm: number;
  over2km: number;
  over5km: number;
  /** Children whose current unit could teach them, and of those, how many stay there. */
  continuityPossible: number;
  continuityKept: number;
  siblingKept: number;
  emptyPlaces: number;
  groups: number;
}

export function scoreAssignment(problem: Problem, assignment: Assignment): AssignmentScore {
  const w = problem.weights;
  const counts = new Array<number>(problem.units.length).fill(0);
  const unitIndex = new Map(problem.units.map((u, i) => [u.unitId, i]));
  let objective = 0;
  let totalKm = 0;
  let placed = 0;
  let over2km = 0;
  let over5km = 0;
  let continuityPossible = 0;
  let continuityKept = 0;
  let siblingKept = 0;
  problem.children.forEach((child, ci) => {
    const cur = child.currentUnitId === null ? undefined : unitIndex.get(child.currentUnitId);
    const sib = child.siblingUnitId === null ? undefined : unitIndex.get(child.siblingUnitId);
    const ctx = problem.contexts[ci];
    if (ctx.currentEligible) continuityPossible += 1;
    const ui = assignment[ci];
    if (ui < 0) {
      objective += w.unplaced;
      return;
    }
    const unit = problem.units[ui];
    const km = haversineKm(child, unit);
    objective += placementCost(child, unit, km, w, ctx);
    counts[ui] += 1;
    placed += 1;
    totalKm += km;
    if (km > 2) over2km += 1;
    if (km > w.transportLimitKm) over5km += 1;
    if (ctx.currentEligible && ui === cur) continuityKept += 1;
    if (ctx.siblingEligible && ui === sib) siblingKept += 1;
  });
  let empty = 0;
  let groups = 0;
  counts.forEach((n) => {
    empty += emptyPlaces(n, w.groupSize);
    groups += Math.ceil(n / w.groupSize);
  });
  objective += w.emptyPlace * empty;
  return {
    objective,
    placed,
    unplaced: assignment.length - placed,
    totalKm,
    meanKm: placed > 0 ? totalKm / placed : 0,
    over2km,
    over5km,
    continuityPossible,
    continuityKept,
    siblingKept,
    emptyPlaces: empty,
    groups,
  };
}
