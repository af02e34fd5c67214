import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { AGE_GROUPS } from '@/domain/dashboard/types';
import { cachedJson, handle, params, parseQuery } from '@/server/http/respond';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { fetchForecastRun, fetchForecasts } from '@/server/queries/forecasts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  postal_code: params.postalCode.optional(),
  municipality: params.municipality.optional(),
  age_group: z.enum(AGE_GROUPS).optional(),
  year: params.year.optional(),
  limit: params.limit(10_000).default(2000),
  offset: params.offset.default(0),
});

/**
 * GET /api/forecasts?postal_code=00100&age_group=0-2: forecasts of the active model's run with 80 % and
 * 95 % intervals. Forecasts and bounds below the threshold are null, listed in `withheld`.
 */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'dashboard.read');
    const q = parseQuery(request, query);
    return cachedJson(`forecasts:${JSON.stringify(q)}`, async () => {
      if (q.postal_code && !(await fetchArea(q.postal_code))) throw notFound(`Unknown postal area ${q.postal_code}`);
      if (q.municipality && !(await municipalityExists(q.municipality))) {
        throw notFound(`No postal areas for municipality ${q.municipality}`);
      }
      const run = await fetchForecastRun();
      if (!run) return { run: null, forecasts: [], note: 'No forecasts have been computed yet (npm run train).' };
      const forecasts = await fetchForecasts(run, {
        postalCode: q.postal_code,
        municipalityCode: q.municipality,
        ageGroup: q.age_group,
        year: q.year,
        limit: q.limit,
        offset: q.offset,
      });
      return { run, limit: q.limit, offset: q.offset, forecasts };
    });
  });
}
