import type { Highs } from 'highs';
import { AppError } from '../../core/errors';
import { consolidateGroups } from '../../domain/offers/engine/consolidate';
import { scoreAssignment } from '../../domain/offers/engine/evaluate';
import type { Assignment, Column, Problem } from '../../domain/offers/engine/types';
import { SparseModel } from './sparse-model';

/**
 * The optimisation, in two exact steps on HiGHS:
 * 1. the assignment LP - each child one column (a unit or "no place"), each unit at most its places. Its
 *    matrix is totally unimodular, so the simplex optimum is whole: a true min-cost assignment of every
 *    preference but the empty places;
 * 2. the group MIP - whole groups of `groupSize` per unit, so empty places in opened groups cost. Only the
 *    columns within the price of one empty group of the child's LP place are kept (a child never moves
 *    further for fuller groups than a whole empty group is worth), plus the greedy rule's choice. It starts
 *    from the better of the LP with its thin groups consolidated (consolidate.ts) and the greedy rule, so it
 *    can only improve on both, and stops at a proven gap of `mipAbsGap` km-equivalents or its node limit (a
 *    work limit, not a clock, so a round re-run gives the same answer) - both reported.
 */
export interface SolveStats {
  columns: number;
  lpMs: number;
  mipColumns: number;
  mipMs: number;
  mipStatus: string;
  /** Proven distance of the result from the optimum (km-equivalents), when the MIP ran. */
  mipGap: number | null;
  start: 'lp' | 'greedy' | null;
}

export interface SolveOptions {
  /** Stop when proven this close to the optimum; default 4 metres-equivalent per child (24 for 6,000). */
  mipAbsGap?: number;
  /** A work limit, not a clock: the same input always takes the same path (idempotent rounds). */
  mipMaxNodes?: number;
  /** A safety net only; hitting it is reported. */
  timeLimitS?: number;
}

const STATUS: Record<number, string> = { 7: 'optimal', 13: 'time limit', 14: 'iteration limit', 16: 'work limit' };

function pickOne(problem: Problem, cols: Column[][], x: ArrayLike<number>): Assignment | null {
  const out = new Int32Array(problem.children.length).fill(-1);
  let j = 0;
  for (let ci = 0; ci < cols.length; ci++) {
    let hit = -2;
    for (const col of cols[ci]) {
      const v = x[j++];
      if (v > 1 - 1e-6) hit = col.unit;
      else if (v > 1e-6) return null;
    }
    if (hit === -2) return null;
    out[ci] = hit;
  }
  return out;
}

function assignmentModel(problem: Problem, cols: Column[][], groups: boolean, fixedGroups?: Int32Array) {
  const m = new SparseModel();
  const w = problem.weights;
  const childRow = cols.map(() => m.addRow(1, 1));
  const capRow = problem.units.map((u) => m.addRow(-Infinity, u.places));
  const groupRow = groups ? problem.units.map(() => m.addRow(-Infinity, 0)) : [];
  const e = groups ? w.emptyPlace : 0;
  for (const list of cols)
    for (const c of list) {
      const entries: [number, number][] = [[childRow[c.child], 1]];
      if (c.unit >= 0) entries.push([capRow[c.unit], 1]);
      if (c.unit >= 0 && groups) entries.push([groupRow[c.unit], 1]);
      m.addColumn(c.unit >= 0 ? c.cost - e : c.cost, 0, 1, entries);
    }
  const groupCol: number[] = [];
  if (groups)
    problem.units.forEach((u, ui) => {
      const max = fixedGroups ? fixedGroups[ui] : Math.ceil(u.places / w.groupSize);
      const min = fixedGroups ? fixedGroups[ui] : 0;
      groupCol.push(m.addColumn(e * w.groupSize, min, max, [[groupRow[ui], -w.groupSize]], !fixedGroups));
    });
  return { m, groupCol };
}

function startVector(problem: Problem, cols: Column[][], a: Assignment, groupCol: number[], size: number) {
  const x = new Float64Array(size);
  const counts = new Array<number>(problem.units.length).fill(0);
  let j = 0;
  cols.forEach((list, ci) =>
    list.forEach((c) => {
      if (c.unit === a[ci]) {
        x[j] = 1;
        if (c.unit >= 0) counts[c.unit] += 1;
      }
      j++;
    }),
  );
  groupCol.forEach((col, ui) => (x[col] = Math.ceil(counts[ui] / problem.weights.groupSize)));
  return x;
}

export function solveAssignment(highs: Highs, problem: Problem, greedy: Assignment, o: SolveOptions = {}) {
  const stats: SolveStats = {
    columns: 0,
    lpMs: 0,
    mipColumns: 0,
    mipMs: 0,
    mipStatus: 'skipped',
    mipGap: null,
    start: null,
  };
  const t0 = performance.now();
  const lp = assignmentModel(problem, problem.columnsOf, false);
  stats.columns = lp.m.columns;
  const lpX = highs.withModel(lp.m.data(highs), (model) => {
    model.options.set({ output_flag: false, time_limit: o.timeLimitS ?? 60 });
    model.run();
    if (model.getModelStatus() !== 7)
      throw new AppError('internal', `the assignment LP ended: ${model.getModelStatus()}`);
    return model.getSolution().colValue;
  });
  let best = pickOne(problem, problem.columnsOf, lpX);
  if (!best) throw new AppError('internal', 'the assignment LP returned a fractional solution');
  stats.lpMs = performance.now() - t0;
  const w = problem.weights;
  if (w.emptyPlace <= 0 || w.groupSize <= 1) return { assignment: best, stats };

  // Step 2: whole groups, on the columns a child could sensibly move to.
  const t1 = performance.now();
  const lpBest = best;
  const consolidated = consolidateGroups(problem, lpBest);
  const slack = w.emptyPlace * w.groupSize + 1e-9;
  const cols = problem.columnsOf.map((list, ci) => {
    const own = list.find((c) => c.unit === lpBest[ci])!.cost;
    const keep = [lpBest[ci], consolidated[ci], greedy[ci]];
    return list.filter((c) => c.cost <= own + slack || keep.includes(c.unit));
  });
  const mip = assignmentModel(problem, cols, true);
  stats.mipColumns = mip.m.columns;
  const lpScore = scoreAssignment(problem, consolidated).objective;
  const greedyScore = scoreAssignment(problem, greedy).objective;
  const start = greedyScore < lpScore ? greedy : consolidated;
  stats.start = start === greedy ? 'greedy' : 'lp';
  const x0 = startVector(problem, cols, start, mip.groupCol, mip.m.columns);
  const mipX = highs.withModel(mip.m.data(highs), (model) => {
    model.options.set({
      output_flag: false,
      mip_abs_gap: o.mipAbsGap ?? Math.max(1, 0.004 * problem.children.length),
      mip_rel_gap: 0,
      mip_max_nodes: o.mipMaxNodes ?? 200,
      time_limit: o.timeLimitS ?? 60,
    });
    model.setSolution({ colValue: x0 });
    model.run();
    const status = model.getModelStatus();
    stats.mipStatus = STATUS[status] ?? `status ${status}`;
    const bound = Number(model.info.get('mip_dual_bound'));
    stats.mipGap = Number.isFinite(bound) ? Math.max(0, model.getObjectiveValue() - bound) : null;
    return model.getSolution().colValue;
  });
  let result = pickOne(problem, cols, mipX);
  if (!result) {
    // Whole groups, fractional children: with the groups fixed the rest is an assignment again (whole).
    const counts = new Int32Array(problem.units.length);
    mip.groupCol.forEach((col, ui) => (counts[ui] = Math.round(mipX[col])));
    const fixed = assignmentModel(problem, cols, true, counts);
    const x = highs.withModel(fixed.m.data(highs), (model) => {
      model.options.set({ output_flag: false });
      model.run();
      return model.getSolution().colValue;
    });
    result = pickOne(problem, cols, x);
  }
  if (result && scoreAssignment(problem, result).objective <= scoreAssignment(problem, start).objective + 1e-6)
    best = result;
  else best = start;
  stats.mipMs = performance.now() - t1;
  return { assignment: best, stats };
}
