import type { z } from 'zod';
import { scenarioSchema, type Scenario } from '@/domain/planning/scenario';
import { apiError } from './respond';

/** zod issues of a scenario document as field-level errors keyed by path ("births.pct", "housing.0.year"). */
export function fieldIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.join('.') || (i.code === 'unrecognized_keys' ? i.keys.join(',') : 'document'),
    message: i.message,
  }));
}

type Parsed<T> = { ok: true; outer: T; scenario: Scenario } | { ok: false; response: Response };

/**
 * Reads a JSON body `{ ..., scenario }`: the envelope with `outerSchema`, the scenario with the planning
 * engine's own schema. Failures are 400 responses with field-level issues, as every scenario route answers.
 */
export async function parseScenarioRequest<S extends z.ZodType>(
  request: Request,
  outerSchema: S,
): Promise<Parsed<z.output<S>>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: apiError(400, 'bad_request', 'Body is not JSON') };
  }
  const outer = outerSchema.safeParse(body);
  if (!outer.success)
    return { ok: false, response: apiError(400, 'bad_request', 'Invalid request', asParams(outer.error)) };
  const scenario = scenarioSchema.safeParse((outer.data as { scenario?: unknown }).scenario);
  if (!scenario.success)
    return { ok: false, response: apiError(400, 'bad_request', 'Invalid scenario', asParams(scenario.error)) };
  return { ok: true, outer: outer.data, scenario: scenario.data };
}

const asParams = (error: z.ZodError) => fieldIssues(error).map((i) => ({ param: i.path, message: i.message }));
