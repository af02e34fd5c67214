import type { Assignment, Problem } from './types';

/**
 * The baseline the optimiser is measured against: the nearest-unit rule. Children in id order (the order
 * applications would arrive in) each take the nearest unit that can teach them and still has a free place;
 * pinned children first. It looks at every eligible unit, not just the optimiser's candidates.
 */
export function greedyAssignment(problem: Problem): Assignment {
  const left = problem.units.map((u) => u.places);
  const out = new Int32Array(problem.children.length).fill(-1);
  problem.pinned.forEach((ui, ci) => {
    if (ui >= 0) {
      out[ci] = ui;
      left[ui] -= 1;
    }
  });
  problem.children.forEach((_, ci) => {
    if (problem.pinned[ci] >= 0) return;
    const hit = problem.eligible[ci].units.find((ui) => left[ui] > 0);
    if (hit !== undefined) {
      out[ci] = hit;
      left[hit] -= 1;
    }
  });
  return out;
}
