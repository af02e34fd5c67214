import { AppError } from '../../core/errors';
import { constraintViolations } from '../../domain/offers/engine/check';
import { classifyPlacements } from '../../domain/offers/engine/classify';
import { scoreAssignment, type AssignmentScore } from '../../domain/offers/engine/evaluate';
import { greedyAssignment } from '../../domain/offers/engine/greedy';
import { addColumns, buildProblem } from '../../domain/offers/engine/problem';
import type { Assignment, EngineInput, Placement, Problem } from '../../domain/offers/engine/types';
import { highsSolver } from './highs-solver';
import { solveAssignment, type SolveOptions, type SolveStats } from './solve-assignment';

/**
 * The proposal engine: one unit per child (or none when no unit can take the child), optimised on HiGHS
 * (solve-assignment.ts) and checked against the hard constraints before anyone sees it; the greedy
 * nearest-unit rule is computed beside it on the same yardstick. No database, no files: the CLI, the
 * benchmark, the web server's worker and the tests all call this.
 */
export interface ProposalResult {
  placements: Placement[];
  score: AssignmentScore;
  greedy: { placements: Placement[]; score: AssignmentScore };
  stats: SolveStats & { buildMs: number; totalMs: number; expansions: number };
}

/** Children without a place while an eligible unit still has room beyond their candidates. */
function openMore(problem: Problem, a: Assignment): number {
  const left = problem.units.map((u) => u.places);
  for (const ui of a) if (ui >= 0) left[ui] -= 1;
  let added = 0;
  a.forEach((ui, ci) => {
    if (ui >= 0) return;
    added += addColumns(
      problem,
      ci,
      problem.eligible[ci].units.filter((ui) => left[ui] > 0),
    );
  });
  return added;
}

export async function proposePlaces(input: EngineInput, options: SolveOptions = {}): Promise<ProposalResult> {
  const t0 = performance.now();
  const highs = await highsSolver();
  const problem = buildProblem(input);
  const greedy = greedyAssignment(problem);
  // The greedy rule's choice is always open to the optimiser, so the optimum can never be worse.
  greedy.forEach((ui, ci) => {
    if (ui >= 0) addColumns(problem, ci, [ui]);
  });
  const buildMs = performance.now() - t0;
  let solved = solveAssignment(highs, problem, greedy, options);
  let expansions = 0;
  // A child left out while a unit beyond its nearest few has room: open those units to it and solve again.
  while (expansions < 3 && openMore(problem, solved.assignment) > 0) {
    expansions += 1;
    const again = solveAssignment(highs, problem, greedy, options);
    again.stats.lpMs += solved.stats.lpMs;
    again.stats.mipMs += solved.stats.mipMs;
    solved = again;
  }
  const violations = [
    ...constraintViolations(problem, solved.assignment, input.startYear),
    ...constraintViolations(problem, greedy, input.startYear),
  ];
  if (violations.length > 0) throw new AppError('internal', `the proposal breaks a hard constraint: ${violations[0]}`);
  return {
    placements: classifyPlacements(problem, solved.assignment),
    score: scoreAssignment(problem, solved.assignment),
    greedy: { placements: classifyPlacements(problem, greedy), score: scoreAssignment(problem, greedy) },
    stats: { ...solved.stats, buildMs, totalMs: performance.now() - t0, expansions },
  };
}
