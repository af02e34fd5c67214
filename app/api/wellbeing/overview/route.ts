import { z } from 'zod';
import { unavailable } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchWellbeingOverview } from '@/server/wellbeing/overview';
import { wellbeingParams } from '@/server/wellbeing/params';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  year: wellbeingParams.year.optional(),
  outcome: wellbeingParams.outcome.optional(),
  horizon: wellbeingParams.horizon.default(1),
});

/** GET /api/wellbeing/overview?year=2017&outcome=...&horizon=1: every municipality's index and expected demand. */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    const overview = await fetchWellbeingOverview(parseQuery(request, query));
    if (!overview) throw unavailable('The wellbeing tables have not been computed yet.');
    return json(overview);
  });
}
