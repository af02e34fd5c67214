import { isAppError } from '../../core/errors';
import { computePlan } from '../../domain/planning/engine';
import type { PlanInputs, PlanRow } from '../../domain/planning/plan-types';
import type { Scenario } from '../../domain/planning/scenario';

/**
 * The work a planner's scenario run does, as one task for the worker pool: the baseline and the
 * scenario plan of one municipality, computed by the pure engine. Runs in a worker thread, so a run
 * never holds up another user's page.
 */
export interface PlanTask {
  inputs: PlanInputs;
  scenario?: Scenario;
}

export type PlanTaskResult =
  | { ok: true; baseline: PlanRow[]; scenario: PlanRow[]; ms: number }
  /** The engine refuses a scenario naming a unit that does not exist: the planner's error, not ours. */
  | { ok: false; code: 'bad_request'; message: string };

export function runPlanTask(task: PlanTask): PlanTaskResult {
  const t0 = performance.now();
  const baseline = computePlan(task.inputs);
  try {
    const scenario = task.scenario ? computePlan(task.inputs, task.scenario) : [];
    return { ok: true, baseline, scenario, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    if (isAppError(err) && err.code === 'bad_request') return { ok: false, code: 'bad_request', message: err.message };
    throw err;
  }
}
