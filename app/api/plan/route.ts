import { z } from 'zod';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { fetchPlan, fetchScenarios } from '@/server/queries/plan';
import { cachedJson, handle, notFoundBody, params, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  scenario: params.scenario.default('baseline'),
  postal_code: params.postalCode.optional(),
  municipality: params.municipality.optional(),
  year: params.year.optional(),
});

/**
 * GET /api/plan?municipality=091&year=2025: demand, capacity, gap, staff and space per postal area
 * and year for a scenario. Child counts below 5 are null (and the figures derived from them).
 */
export function GET(request: Request) {
  return handle(async () => {
    const q = parseQuery(request, query);
    if (!q.ok) return q.response;
    const { scenario, postal_code, municipality, year } = q.data;
    return cachedJson(`plan:${JSON.stringify(q.data)}`, async () => {
      if (postal_code && !(await fetchArea(postal_code))) return notFoundBody(`Unknown postal area ${postal_code}`);
      if (municipality && !(await municipalityExists(municipality)))
        return notFoundBody(`No postal areas for municipality ${municipality}`);
      const scenarios = await fetchScenarios();
      if (scenarios.length === 0)
        return {
          body: { available: false, scenario, rows: [], note: 'The plan has not been computed yet (npm run plan).' },
        };
      if (!scenarios.includes(scenario)) return notFoundBody(`Unknown scenario ${scenario}`);
      const rows = await fetchPlan({ scenario, postalCode: postal_code, municipalityCode: municipality, year });
      return { body: { available: true, scenario, scenarios, rows } };
    });
  });
}
