import { isOpenForYear, teachingLanguage } from '../offer-unit';
import type { Assignment, Problem } from './types';

/**
 * The hard constraints, checked on the result rather than trusted: no unit over its places, every child
 * in a unit open for the year that teaches in the child's language, with shift care when needed, and every
 * pinned child where the planner put them. The engine refuses to hand out a proposal that breaks one.
 */
export function constraintViolations(problem: Problem, assignment: Assignment, startYear: number): string[] {
  const out: string[] = [];
  const counts = new Array<number>(problem.units.length).fill(0);
  problem.children.forEach((child, ci) => {
    const ui = assignment[ci];
    if (problem.pinned[ci] >= 0 && ui !== problem.pinned[ci]) out.push(`${child.childId}: not in the pinned unit`);
    if (ui < 0) return;
    const unit = problem.units[ui];
    counts[ui] += 1;
    if (teachingLanguage(unit) !== child.language)
      out.push(`${child.childId}: ${unit.unitId} teaches another language`);
    if (child.shiftCare && !unit.shiftCare) out.push(`${child.childId}: ${unit.unitId} has no shift care`);
    if (!isOpenForYear(unit, startYear)) out.push(`${child.childId}: ${unit.unitId} is not open for the year`);
  });
  counts.forEach((n, ui) => {
    if (n > problem.units[ui].places)
      out.push(`${problem.units[ui].unitId}: ${n} children for ${problem.units[ui].places} places`);
  });
  return out;
}
