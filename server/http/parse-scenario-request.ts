import 'server-only';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import { scenarioSchema, type Scenario } from '../../domain/planning/scenario';
import { parseJsonBody } from './respond';

/** zod issues of a scenario document as field-level issues keyed by path ("births.pct", "housing.0.year"). */
export function fieldIssues(error: z.ZodError): { param: string; message: string }[] {
  return error.issues.map((i) => ({
    param: i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : 'document'),
    message: i.message,
  }));
}

/**
 * Reads a JSON body `{ ..., scenario }`: the envelope with `outerSchema`, the scenario with the planning
 * engine's own schema. Failures are 400s with field-level issues, as every scenario route answers.
 */
export async function parseScenarioRequest<S extends z.ZodType>(
  request: Request,
  outerSchema: S,
): Promise<{ outer: z.output<S>; scenario: Scenario }> {
  const outer = await parseJsonBody(request, outerSchema);
  const scenario = scenarioSchema.safeParse((outer as { scenario?: unknown }).scenario);
  if (!scenario.success) throw new AppError('bad_request', 'Invalid scenario', fieldIssues(scenario.error));
  return { outer, scenario: scenario.data };
}
