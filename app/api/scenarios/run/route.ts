import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { compareWithBaseline, shownTotals } from '@/domain/report/scenario-compare';
import { handle, json, params } from '@/server/http/respond';
import { parseScenarioRequest } from '@/server/http/parse-scenario-request';
import { runScenario } from '@/server/queries/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const bodySchema = z.strictObject({ municipality: params.municipality, scenario: z.unknown() });

/**
 * POST {municipality, scenario}: validates the scenario with the planning engine's own schema and
 * recomputes baseline and scenario in the worker pool (no retraining, nothing written). Answers the
 * comparison by area and year after disclosure control, or 400 with field-level issues.
 */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    await authorize(request, 'scenario.run');
    const { outer, scenario } = await parseScenarioRequest(request, bodySchema);
    const run = await runScenario(scenario, outer.municipality);
    if (run.baseline.length === 0) throw notFound('No postal areas to plan in this municipality');
    const rows = compareWithBaseline(run.baseline, run.scenario);
    return json({ ms: run.ms, rows, totals: shownTotals(rows) });
  });
}
