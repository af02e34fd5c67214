import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { referenceMunicipality } from '@/core/config/reference';
import { cachedJson, handle, json, params, parseQuery } from '@/server/http/respond';
import { fetchArea, municipalityExists } from '@/server/queries/areas';
import { fetchPlanInfo, toPublicRow } from '@/server/queries/plan';
import { fetchPlanRows, listScenarioNames } from '@/server/queries/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({
  scenario: params.scenario.default('baseline'),
  postal_code: params.postalCode.optional(),
  municipality: params.municipality.optional(),
  year: params.year.optional(),
});

/**
 * GET /api/plan?municipality=091&year=2025: demand, capacity, gap, staff and space per postal area and
 * year for the baseline or a saved scenario, with the model it was computed from. Child counts below
 * the threshold are null (with the figures that would give them back).
 */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'dashboard.read');
    const q = parseQuery(request, query);
    const area = q.postal_code ? await fetchArea(q.postal_code) : null;
    if (q.postal_code && !area) throw notFound(`Unknown postal area ${q.postal_code}`);
    const municipality = q.municipality ?? area?.municipality_code ?? referenceMunicipality();
    if (!(await municipalityExists(municipality))) throw notFound(`No postal areas for municipality ${municipality}`);
    // Saved scenarios change without a new warehouse generation: only the baseline answer is cached.
    const build = async () => {
      const scenarios = await listScenarioNames(municipality);
      if (scenarios.length === 0) {
        return { available: false, scenario: q.scenario, rows: [], note: 'The plan has not been computed yet.' };
      }
      if (!scenarios.includes(q.scenario)) throw notFound(`Unknown scenario ${q.scenario}`);
      const rows = await fetchPlanRows(q.scenario, {
        municipalityCode: municipality,
        postalCode: q.postal_code,
        year: q.year,
      });
      return {
        available: true,
        scenario: q.scenario,
        scenarios,
        basis: await fetchPlanInfo(),
        rows: rows.map(toPublicRow),
      };
    };
    if (q.scenario !== 'baseline') return json(await build());
    return cachedJson(`plan:${municipality}:${JSON.stringify(q)}`, build);
  });
}
