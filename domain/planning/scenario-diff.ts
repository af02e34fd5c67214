import { PLAN_METRIC_FIELDS } from '../metrics/plan-metrics';
import type { PlanRow } from './plan-types';

/**
 * A saved scenario keeps its inputs and only the plan rows that differ from the baseline: a housing
 * scenario in one postal area stores a few rows, not the whole plan. The scenario's plan is the
 * baseline with those rows laid over it.
 */
const key = (r: Pick<PlanRow, 'postalCode' | 'year'>) => `${r.postalCode}|${r.year}`;

const sameFigures = (a: PlanRow, b: PlanRow) => PLAN_METRIC_FIELDS.every((f) => a[f] === b[f]);

/** The scenario's rows that differ from the baseline in any figure (area-years the baseline lacks included). */
export function differingRows(baseline: readonly PlanRow[], scenario: readonly PlanRow[]): PlanRow[] {
  const base = new Map(baseline.map((r) => [key(r), r]));
  return scenario.filter((s) => {
    const b = base.get(key(s));
    return !b || !sameFigures(b, s);
  });
}

/** The scenario's whole plan: baseline rows, replaced where the scenario differs, under the scenario's name. */
export function overlayScenario(baseline: readonly PlanRow[], differing: readonly PlanRow[], name: string): PlanRow[] {
  const changed = new Map(differing.map((r) => [key(r), r]));
  return baseline.map((b) => ({ ...(changed.get(key(b)) ?? b), scenario: name }));
}
