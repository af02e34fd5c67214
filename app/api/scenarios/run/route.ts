import { z } from 'zod';
import { runScenario, UnknownUnitError } from '@/lib/db/scenarios';
import { scenarioSchema } from '@/lib/planning/scenario';
import { compareWithBaseline, shownTotals } from '@/lib/report/scenario-compare';
import { apiError, handle, json } from '../../_lib/respond';
import { fieldIssues } from '../issues';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const bodySchema = z.object({ municipality: z.string().regex(/^\d{3}$/, 'a three-digit municipality code'), scenario: z.unknown() }).strict();

/**
 * POST {municipality, scenario}: validates the scenario with the planning engine's own zod schema and
 * recomputes baseline and scenario in memory (no retraining, no warehouse write). Answers the comparison
 * by area and year after disclosure control, or 400 with field-level issues.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return apiError(400, 'bad_request', 'Body is not JSON');
    }
    const outer = bodySchema.safeParse(body);
    if (!outer.success) return apiError(400, 'bad_request', 'Invalid request', fieldIssues(outer.error).map((i) => ({ param: i.path, message: i.message })));
    const parsed = scenarioSchema.safeParse(outer.data.scenario);
    if (!parsed.success) return apiError(400, 'bad_request', 'Invalid scenario', fieldIssues(parsed.error).map((i) => ({ param: i.path, message: i.message })));
    try {
      const run = await runScenario(parsed.data, outer.data.municipality);
      if (run.baseline.length === 0) return apiError(404, 'not_found', 'No postal areas to plan in this municipality');
      const rows = compareWithBaseline(run.baseline, run.scenario);
      return json({ ms: run.ms, rows, totals: shownTotals(rows) });
    } catch (err) {
      if (err instanceof UnknownUnitError) return apiError(400, 'bad_request', 'Invalid scenario', [{ param: 'units', message: err.message }]);
      throw err;
    }
  });
}
