import type { ProposalRule } from '../rules';
import type { Assignment, Placement, Problem } from './types';

/**
 * The rule behind each child's place, read off the result: a planner's pin; continuing in the current
 * unit; a sibling's unit; a wish met; the held place kept; the nearest unit that can teach the child; or
 * another one, because the nearer places went to children with priority or to fuller groups. The reason
 * says whether that nearest unit is actually full, so no family is told "full" when it is not.
 */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function classifyPlacements(problem: Problem, assignment: Assignment): Placement[] {
  const counts = new Array<number>(problem.units.length).fill(0);
  for (const ui of assignment) if (ui >= 0) counts[ui] += 1;
  const limit = problem.weights.transportLimitKm;
  return problem.children.map((child, ci) => {
    const ui = assignment[ci];
    const e = problem.eligible[ci];
    const nearest = e.units.length > 0 ? { unit: e.units[0], km: e.km[0] } : undefined;
    const base = { language: child.language, wishRank: null as number | null, nearestKm: null as number | null };
    if (ui < 0) {
      return {
        childId: child.childId,
        unitId: null,
        distanceKm: null,
        facts: {
          ...base,
          rule: 'unplaced',
          distanceKm: null,
          nearestKm: nearest ? round3(nearest.km) : null,
          nearestFull: nearest ? counts[nearest.unit] >= problem.units[nearest.unit].places : false,
          freeTransport: false,
        },
      };
    }
    const unit = problem.units[ui];
    const km = e.km[e.units.indexOf(ui)];
    const wishRank = (child.wishes ?? []).indexOf(unit.unitId);
    let rule: ProposalRule;
    if (problem.pinned[ci] >= 0) rule = 'manual';
    else if (child.wishesOnly) rule = wishRank >= 0 ? 'wish' : 'kept';
    else if (unit.unitId === child.currentUnitId) rule = 'continuity';
    else if (unit.unitId === child.siblingUnitId) rule = 'sibling';
    else if (wishRank >= 0) rule = 'wish';
    else if (km <= nearest!.km + 1e-9) rule = 'nearest';
    else rule = 'moved_for_capacity';
    const moved = rule === 'moved_for_capacity';
    return {
      childId: child.childId,
      unitId: unit.unitId,
      distanceKm: round3(km),
      facts: {
        ...base,
        rule,
        distanceKm: round3(km),
        nearestKm: moved ? round3(nearest!.km) : null,
        nearestFull: moved ? counts[nearest!.unit] >= problem.units[nearest!.unit].places : false,
        wishRank: rule === 'wish' ? wishRank + 1 : null,
        freeTransport: km > limit,
      },
    };
  });
}
