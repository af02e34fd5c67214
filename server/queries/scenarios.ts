import 'server-only';
import { z } from 'zod';
import { warehousePath } from '../../core/config/paths';
import { computePlan } from '../../domain/planning/engine';
import type { PlanInputs, PlanRow } from '../../domain/planning/plan-types';
import { scenarioSchema, type Scenario } from '../../domain/planning/scenario';
import { withReadOnlyWarehouse } from '../../core/warehouse/with-warehouse';
import { loadPlanInputs } from '../../workflows/planning/load-plan-inputs';
import { hasRelation, queryRows, warehouseIdentity, WarehouseUnavailableError } from '../warehouse/reader';

/**
 * Planners' scenarios in the web app. Reading and pure computing only: the planning inputs are read once
 * per warehouse file (read-only, the same loaders as `npm run plan`) and kept in memory; a run is the pure
 * engine on one municipality's areas and units (tens of milliseconds for Helsinki). Saving is a write and
 * happens in a child process (app/api/scenarios/route.ts), never here.
 */
let cached: { identity: string; inputs: Promise<PlanInputs> } | undefined;

export async function planInputs(): Promise<PlanInputs> {
  const identity = await warehouseIdentity();
  if (cached?.identity !== identity) {
    const inputs = withReadOnlyWarehouse(warehousePath(), async (c) => (await loadPlanInputs(c, {})).inputs);
    cached = { identity, inputs };
    inputs.catch((err: unknown) => {
      console.error('[scenarios] loading planning inputs failed:', err);
      if (cached?.inputs === inputs) cached = undefined;
    });
  }
  try {
    return await cached.inputs;
  } catch {
    throw new WarehouseUnavailableError();
  }
}

/** Starts loading the inputs (page render), so the first run is fast. */
export function warmPlanInputs(): void {
  planInputs().catch(() => undefined);
}

function inputsOf(all: PlanInputs, municipalityCode: string): PlanInputs {
  return {
    ...all,
    areas: all.areas.filter((a) => a.municipalityCode === municipalityCode),
    units: all.units.filter((u) => u.municipalityCode === municipalityCode),
  };
}

export class UnknownUnitError extends Error {}

/** Baseline and scenario plans of one municipality, computed in memory. */
export async function runScenario(
  scenario: Scenario,
  municipalityCode: string,
): Promise<{ baseline: PlanRow[]; scenario: PlanRow[]; ms: number }> {
  const inputs = inputsOf(await planInputs(), municipalityCode);
  const t0 = performance.now();
  const baseline = computePlan(inputs);
  let rows: PlanRow[];
  try {
    rows = computePlan(inputs, scenario);
  } catch (err) {
    // The engine refuses unknown unit ids (a user's input error, not a server fault).
    throw new UnknownUnitError((err as Error).message);
  }
  return { baseline, scenario: rows, ms: Math.round(performance.now() - t0) };
}

const storedSchema = z.object({
  name: z.string(),
  author: z.string().nullable(),
  created_at: z.string(),
  document: z.string(),
});

export interface SavedScenario {
  name: string;
  author: string | null;
  createdAt: string;
}

export async function listSavedScenarios(): Promise<SavedScenario[]> {
  if (!(await hasRelation('public_scenarios'))) return [];
  const rows = await queryRows(
    'SELECT name, author, created_at::VARCHAR AS created_at, document FROM public_scenarios ORDER BY name',
    storedSchema,
  );
  return rows.map((r) => ({ name: r.name, author: r.author, createdAt: r.created_at }));
}

/** A saved scenario document by name (validated again), or null. */
export async function fetchSavedScenario(name: string): Promise<Scenario | null> {
  if (!(await hasRelation('public_scenarios'))) return null;
  const [row] = await queryRows(
    'SELECT name, author, created_at::VARCHAR AS created_at, document FROM public_scenarios WHERE name = $n',
    storedSchema,
    { n: name },
  );
  if (!row) return null;
  let json: unknown;
  try {
    json = JSON.parse(row.document);
  } catch {
    return null;
  }
  const parsed = scenarioSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
