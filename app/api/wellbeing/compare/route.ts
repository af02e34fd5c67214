import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchComparison } from '@/server/wellbeing/comparison';
import { wellbeingParams } from '@/server/wellbeing/params';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ codes: wellbeingParams.codes, horizon: wellbeingParams.horizon.default(3) });

/** GET /api/wellbeing/compare?codes=091,049&horizon=3: municipalities side by side. */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    const q = parseQuery(request, query);
    return json(await fetchComparison(q.codes, q.horizon));
  });
}
