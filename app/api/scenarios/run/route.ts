import { z } from 'zod';
import { runScenario, UnknownUnitError } from '@/server/queries/scenarios';
import { compareWithBaseline, shownTotals } from '@/domain/report/scenario-compare';
import { apiError, handle, json } from '@/server/http/respond';
import { parseScenarioRequest } from '@/server/http/parse-scenario-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const bodySchema = z
  .object({ municipality: z.string().regex(/^\d{3}$/, 'a three-digit municipality code'), scenario: z.unknown() })
  .strict();

/**
 * POST {municipality, scenario}: validates the scenario with the planning engine's own zod schema and
 * recomputes baseline and scenario in memory (no retraining, no warehouse write). Answers the comparison
 * by area and year after disclosure control, or 400 with field-level issues.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = await parseScenarioRequest(request, bodySchema);
    if (!parsed.ok) return parsed.response;
    try {
      const run = await runScenario(parsed.scenario, parsed.outer.municipality);
      if (run.baseline.length === 0) return apiError(404, 'not_found', 'No postal areas to plan in this municipality');
      const rows = compareWithBaseline(run.baseline, run.scenario);
      return json({ ms: run.ms, rows, totals: shownTotals(rows) });
    } catch (err) {
      if (err instanceof UnknownUnitError)
        return apiError(400, 'bad_request', 'Invalid scenario', [{ param: 'units', message: err.message }]);
      throw err;
    }
  });
}
