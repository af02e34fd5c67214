import { z } from 'zod';
import { notFound } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchDistricts } from '@/server/wellbeing/districts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/wellbeing/districts: Helsinki's districts in 2011 (index, client rate, workload). */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    parseQuery(request, z.strictObject({}));
    const districts = await fetchDistricts();
    if (!districts) throw notFound('No district data');
    return json(districts);
  });
}
