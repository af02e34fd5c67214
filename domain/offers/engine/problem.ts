import { haversineKm } from '../../../core/geo/geometry';
import { AppError } from '../../../core/errors';
import { isOpenForYear, teachingLanguage } from '../offer-unit';
import { placementCost } from './costs';
import type { Column, CostContext, EngineInput, Problem } from './types';

/**
 * Turns the input into the assignment problem: children and units in id order (so the same input always
 * gives the same problem, whatever order a file listed them in), each child's eligible units - open for the
 * whole pre-school year, teaching in the child's language, with shift care when the child needs it, with a
 * free place - nearest first, and the columns the optimiser may choose from: the nearest few, the current,
 * sibling's, wished and held units, any unit `extra` adds, and "no place".
 */
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildProblem(input: EngineInput, extra: ReadonlyMap<number, readonly number[]> = new Map()): Problem {
  const children = input.children
    .map((c) => ({ id: c.childId, c }))
    .sort(byId)
    .map((x) => x.c);
  const units = input.units
    .map((u) => ({ id: u.unitId, u }))
    .sort(byId)
    .map((x) => x.u);
  for (let i = 1; i < children.length; i++)
    if (children[i].childId === children[i - 1].childId)
      throw new AppError('bad_request', `child ${children[i].childId} appears twice in the cohort`);
  const unitIndex = new Map(units.map((u, i) => [u.unitId, i]));
  const open = units.map((u) => u.places > 0 && isOpenForYear(u, input.startYear));
  const w = input.weights;
  const columnsOf: Column[][] = [];
  const eligible: Problem['eligible'] = [];
  const pinned: number[] = [];
  const contexts: CostContext[] = [];
  const pinnedCount = new Map<number, number>();
  const language = units.map((u) => teachingLanguage(u));
  // Distances of the current child to each unit (-1: not eligible), reused child after child.
  const kmByUnit = new Float64Array(units.length);
  const kmOf = { has: (ui: number) => ui >= 0 && kmByUnit[ui] >= 0, get: (ui: number) => kmByUnit[ui] };
  // Sort keys: micrometres of distance, then the unit index (ties go to the lower id), in one float.
  const keys = new Float64Array(units.length);
  children.forEach((child, ci) => {
    kmByUnit.fill(-1);
    let n = 0;
    for (let ui = 0; ui < units.length; ui++) {
      if (!open[ui] || language[ui] !== child.language || (child.shiftCare && !units[ui].shiftCare)) continue;
      const km = haversineKm(child, units[ui]);
      kmByUnit[ui] = km;
      keys[n++] = Math.round(km * 1e6) * 65_536 + ui;
    }
    const sorted = keys.subarray(0, n).sort();
    const list = { units: new Int32Array(n), km: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      const ui = sorted[k] % 65_536;
      list.units[k] = ui;
      list.km[k] = kmByUnit[ui];
    }
    eligible.push(list);
    const pin = child.pinnedUnitId ? (unitIndex.get(child.pinnedUnitId) ?? -2) : -1;
    if (pin === -2 || (pin >= 0 && !kmOf.has(pin)))
      throw new AppError(
        'bad_request',
        `child ${child.childId} is pinned to unit ${child.pinnedUnitId}, which cannot teach the child (closed, other language, no shift care or no places)`,
      );
    pinned.push(pin);
    if (pin >= 0) pinnedCount.set(pin, (pinnedCount.get(pin) ?? 0) + 1);
    // A family that asked for another unit has said what it wants: continuity and siblings no longer count.
    const ctx = {
      currentEligible:
        !child.wishesOnly && child.currentUnitId !== null && kmOf.has(unitIndex.get(child.currentUnitId) ?? -1),
      siblingEligible:
        !child.wishesOnly && child.siblingUnitId !== null && kmOf.has(unitIndex.get(child.siblingUnitId) ?? -1),
    };
    contexts.push(ctx);
    const chosen = new Set<number>();
    const named = [child.currentUnitId, child.siblingUnitId, child.heldUnitId ?? null, ...(child.wishes ?? [])];
    if (pin >= 0) chosen.add(pin);
    else {
      if (!child.wishesOnly) for (const ui of list.units.subarray(0, w.candidateUnits)) chosen.add(ui);
      for (const id of child.wishesOnly ? [child.heldUnitId ?? null, ...(child.wishes ?? [])] : named) {
        const ui = id === null ? undefined : unitIndex.get(id);
        if (ui !== undefined && kmOf.has(ui)) chosen.add(ui);
      }
      for (const ui of extra.get(ci) ?? []) if (kmOf.has(ui)) chosen.add(ui);
    }
    const cols: Column[] = [...chosen]
      .sort((a, b) => a - b)
      .map((ui) => {
        const km = kmOf.get(ui);
        return { child: ci, unit: ui, km, cost: placementCost(child, units[ui], km, w, ctx) };
      });
    // A pinned child has its place; everyone else may end up without one (at a cost above any walk).
    if (pin < 0) cols.push({ child: ci, unit: -1, km: 0, cost: w.unplaced });
    columnsOf.push(cols);
  });
  for (const [ui, n] of pinnedCount)
    if (n > units[ui].places)
      throw new AppError(
        'bad_request',
        `unit ${units[ui].unitId} has ${units[ui].places} places but ${n} children are pinned to it`,
      );
  return { children, units, weights: w, columnsOf, eligible, pinned, contexts };
}

/**
 * Opens more units to a child (the greedy rule's choice, or every unit with a free place when the nearest
 * few were full): the columns are added before "no place", once each.
 */
export function addColumns(problem: Problem, ci: number, unitIndexes: Iterable<number>): number {
  if (problem.pinned[ci] >= 0) return 0;
  const cols = problem.columnsOf[ci];
  const have = new Set(cols.map((c) => c.unit));
  const child = problem.children[ci];
  let added = 0;
  for (const ui of unitIndexes) {
    if (have.has(ui)) continue;
    const at = problem.eligible[ci].units.indexOf(ui);
    if (at < 0) continue;
    const km = problem.eligible[ci].km[at];
    const cost = placementCost(child, problem.units[ui], km, problem.weights, problem.contexts[ci]);
    cols.splice(cols.length - 1, 0, { child: ci, unit: ui, km, cost });
    have.add(ui);
    added += 1;
  }
  return added;
}
