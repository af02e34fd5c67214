import { z } from 'zod';
import { notFound } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchPostalIndexMap } from '@/server/wellbeing/postal-map';
import { wellbeingParams } from '@/server/wellbeing/params';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ municipality: wellbeingParams.municipality, year: wellbeingParams.year.optional() });

/** GET /api/wellbeing/postal?municipality=091&year=2016: the index of a municipality's postal areas. */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    const q = parseQuery(request, query);
    const map = await fetchPostalIndexMap(q.municipality, q.year);
    if (!map) throw notFound(`No postal-area index for municipality ${q.municipality}`);
    return json(map);
  });
}
