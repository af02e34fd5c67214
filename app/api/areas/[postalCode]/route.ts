import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { AppError, notFound } from '@/core/errors';
import { cachedJson, handle, params, parseQuery } from '@/server/http/respond';
import { fetchArea, fetchPopulation } from '@/server/queries/areas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({});

/**
 * GET /api/areas/00100: one postal area and its child population by year. Suppressed figures and
 * counts below the threshold are null with `suppressed` / `small` set.
 */
export function GET(request: Request, ctx: { params: Promise<{ postalCode: string }> }) {
  return handle(async () => {
    await authorize(request, 'dashboard.read');
    parseQuery(request, query);
    const code = params.postalCode.safeParse((await ctx.params).postalCode);
    if (!code.success) {
      throw new AppError('bad_request', 'Invalid postal code', [
        { param: 'postalCode', message: 'a five-digit postal code' },
      ]);
    }
    return cachedJson(`area:${code.data}`, async () => {
      const area = await fetchArea(code.data);
      if (!area) throw notFound(`Unknown postal area ${code.data}`);
      const population = await fetchPopulation({ postalCode: code.data, ageGroups: ['0-2', '3-6', 'total'] });
      return { area, population: population.map(({ postal_code: _p, ...p }) => p) };
    });
  });
}
