import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { cachedJson, handle, params, parseQuery } from '@/server/http/respond';
import { fetchAreas, fetchMunicipalities, municipalityExists } from '@/server/queries/areas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ municipality: params.municipality.optional() });

/** GET /api/areas: the municipalities with postal areas, or ?municipality=091: that municipality's postal areas. */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'dashboard.read');
    const m = parseQuery(request, query).municipality;
    return cachedJson(`areas:${m ?? ''}`, async () => {
      if (!m) return { municipalities: await fetchMunicipalities() };
      if (!(await municipalityExists(m))) throw notFound(`No postal areas for municipality ${m}`);
      return { municipality_code: m, areas: await fetchAreas(m) };
    });
  });
}
