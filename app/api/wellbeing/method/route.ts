import { z } from 'zod';
import { unavailable } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchMethodFacts } from '@/server/wellbeing/method';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/wellbeing/method: the indicator catalogue, the backtest table and the limits of disclosure. */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    parseQuery(request, z.strictObject({}));
    const facts = await fetchMethodFacts();
    if (!facts) throw unavailable('The wellbeing tables have not been computed yet.');
    return json(facts);
  });
}
