import { z } from 'zod';
import { fetchAreas, fetchMunicipalities, municipalityExists } from '@/server/queries/areas';
import { cachedJson, handle, notFoundBody, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ municipality: params.municipality.optional() });

/** GET /api/areas: the municipalities with postal areas, or ?municipality=091: that municipality's postal areas. */
export function GET(request: Request) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const m = q.data.municipality;
    return cachedJson(`areas:${m ?? ''}`, async () => {
      if (!m) return { body: { municipalities: await fetchMunicipalities() } };
      if (!(await municipalityExists(m))) return notFoundBody(`No postal areas for municipality ${m}`);
      return { body: { municipality_code: m, areas: await fetchAreas(m) } };
    });
  });
}
