import { z } from 'zod';
import { fetchArea, fetchPopulation } from '@/server/queries/areas';
import { apiError, cachedJson, handle, notFoundBody, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({});

/**
 * GET /api/areas/00100: one postal area and its child population by year. Suppressed figures and
 * counts below 5 are null with `suppressed` / `small` set.
 */
export function GET(request: Request, ctx: { params: Promise<{ postalCode: string }> }) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const code = params.postalCode.safeParse((await ctx.params).postalCode);
    if (!code.success)
      return apiError(400, 'bad_request', 'Invalid postal code', [
        { param: 'postalCode', message: 'a five-digit postal code' },
      ]);
    return cachedJson(`area:${code.data}`, async () => {
      const area = await fetchArea(code.data);
      if (!area) return notFoundBody(`Unknown postal area ${code.data}`);
      const population = await fetchPopulation({ postalCode: code.data, ageGroups: ['0-2', '3-6', 'total'] });
      return {
        body: {
          area,
          population: population.map((p) => ({
            year: p.year,
            age_group: p.age_group,
            persons: p.persons,
            suppressed: p.suppressed,
            small: p.small,
          })),
        },
      };
    });
  });
}
