import { z } from 'zod';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { AGE_GROUPS } from '@/domain/dashboard/types';
import { fetchForecastRun, fetchForecasts } from '@/server/queries/forecasts';
import { cachedJson, handle, notFoundBody, params, parseQuery } from '@/server/http/respond';

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
 * GET /api/forecasts?postal_code=00100&age_group=0-2: forecasts of the active model's latest run with
 * 80 % and 95 % intervals. Forecasts and bounds below 5 are null, listed in `withheld`.
 */
export function GET(request: Request) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const { postal_code, municipality, age_group, year, limit, offset } = q.data;
    return cachedJson(`forecasts:${JSON.stringify(q.data)}`, async () => {
      if (postal_code && !(await fetchArea(postal_code))) return notFoundBody(`Unknown postal area ${postal_code}`);
      if (municipality && !(await municipalityExists(municipality)))
        return notFoundBody(`No postal areas for municipality ${municipality}`);
      const run = await fetchForecastRun();
      if (!run)
        return { body: { run: null, forecasts: [], note: 'No forecasts have been computed yet (npm run train).' } };
      const forecasts = await fetchForecasts(run, {
        postalCode: postal_code,
        municipalityCode: municipality,
        ageGroup: age_group,
        year,
        limit,
        offset,
      });
      return { body: { run, limit, offset, forecasts } };
    });
  });
}
