import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { referenceMunicipality } from '@/core/config/reference';
import { handle, json, params } from '@/server/http/respond';
import { parseScenarioRequest } from '@/server/http/parse-scenario-request';
import { listSavedScenarios, saveScenario } from '@/server/queries/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/scenarios: the saved scenarios (name, municipality, author, revision). */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    await authorize(request, 'scenario.read');
    return json({ scenarios: await listSavedScenarios() });
  });
}

const bodySchema = z.strictObject({
  scenario: z.unknown(),
  municipality: params.municipality.optional(),
  /** The revision being replaced, when the planner reopened a saved scenario and changed it. */
  revision: z.number().int().min(1).optional(),
});

/**
 * POST {scenario, municipality, revision?}: validates the scenario with the planning engine's schema,
 * computes it in the worker pool and saves its document with its differences from the baseline in the
 * app store (one transaction). 409 when the name exists and no (or an outdated) revision was given.
 */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { outer, scenario } = await parseScenarioRequest(request, bodySchema);
    const municipalityCode = outer.municipality ?? referenceMunicipality();
    const by = await authorize(request, 'scenario.save', { municipality: municipalityCode });
    const saved = await saveScenario({
      municipalityCode,
      by,
      scenario,
      author: scenario.author?.trim() || by.user.displayName || by.user.username,
      replacesRevision: outer.revision,
    });
    return json({ saved: saved.name, revision: saved.revision, municipality: saved.municipalityCode });
  });
}
