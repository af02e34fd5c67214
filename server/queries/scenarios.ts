import 'server-only';
import { z } from 'zod';
import { smallCountThreshold } from '../../core/config/reference';
import { notFound } from '../../core/errors';
import type { PlanInputs, PlanRow } from '../../domain/planning/plan-types';
import type { Scenario } from '../../domain/planning/scenario';
import { differingRows, overlayScenario } from '../../domain/planning/scenario-diff';
import { disclosePlanRow, type DisclosedPlanRow } from '../../domain/privacy/disclose-plan';
import * as scenarios from '../../store/scenarios';
import { loadPlanInputs } from '../../workflows/planning/load-plan-inputs';
import { inputsOfMunicipality } from '../../domain/planning/municipality-inputs';
import { appPool } from '../app-store';
import type { Authorized } from '../auth/authorize';
import { runInPool } from '../compute/worker-pool';
import { warehouse } from '../warehouse/warehouse';
import { BASELINE, fetchUndisclosedBaseline, type PlanFilter } from './plan';

/**
 * Planners' scenarios in the web app. The planning inputs are read once per generation of the
 * warehouse through the one reader (the same loaders as `npm run plan`); a run is the pure engine on one
 * municipality, computed in the worker pool. A saved scenario keeps its document and the rows that
 * differ from the baseline (app store); its plan is the baseline with those rows laid over it.
 */
const planInputs = (): Promise<PlanInputs> =>
  warehouse.memo('plan-inputs', () => warehouse.withConnection(async (c) => (await loadPlanInputs(c, {})).inputs));

/** Starts loading the inputs while the page renders, so the first run is fast. */
export function warmPlanInputs(): void {
  planInputs().catch(() => undefined);
}

export interface ScenarioRun {
  baseline: PlanRow[];
  scenario: PlanRow[];
  ms: number;
}

/** Baseline and scenario plans of one municipality (undisclosed: callers compare, then disclose). */
export async function runScenario(scenario: Scenario, municipalityCode: string): Promise<ScenarioRun> {
  const inputs = inputsOfMunicipality(await planInputs(), municipalityCode);
  const { baseline, scenario: rows, ms } = await runInPool({ inputs, scenario });
  return { baseline, scenario: rows, ms };
}

const basisSchema = z.object({
  model_version: z.string().nullable(),
  data_fingerprint: z.string().nullable(),
  engine: z.string().nullable(),
});

/**
 * What the stored baseline was computed from, and what planning inputs read now are computed from
 * (the active model and the open data). They differ while a refresh of the plan is due.
 */
async function bases(): Promise<{ stored: scenarios.ResultBasis | null; current: scenarios.ResultBasis }> {
  if (!(await warehouse.hasRelation('public_plan_basis'))) {
    return { stored: null, current: { modelVersion: null, dataFingerprint: 'none', engine: 'none' } };
  }
  const [[b], [now]] = await Promise.all([
    warehouse.query('SELECT model_version, data_fingerprint, engine FROM public_plan_basis', basisSchema),
    warehouse.query(
      `SELECT (SELECT version FROM active_model) AS model_version,
              (SELECT value FROM meta WHERE key = 'fingerprint') AS data_fingerprint,
              (SELECT engine FROM public_plan_basis) AS engine`,
      basisSchema,
    ),
  ]);
  const of = (r: z.infer<typeof basisSchema>) => ({
    modelVersion: r.model_version,
    dataFingerprint: r.data_fingerprint ?? 'none',
    engine: r.engine ?? 'none',
  });
  return { stored: b ? of(b) : null, current: of(now) };
}

const sameBasis = (a: scenarios.ResultBasis | null, b: scenarios.ResultBasis | null) =>
  !!a && !!b && a.modelVersion === b.modelVersion && a.dataFingerprint === b.dataFingerprint && a.engine === b.engine;

/** 'baseline' and the names of the municipality's saved scenarios (baseline only before any plan). */
export async function listScenarioNames(municipalityCode: string): Promise<string[]> {
  if (!(await warehouse.hasRelation('public_plan'))) return [];
  const saved = await scenarios.listScenarios(await appPool(), municipalityCode);
  return [BASELINE, ...saved.map((s) => s.name)];
}

export const listSavedScenarios = async (municipalityCode?: string) =>
  scenarios.listScenarios(await appPool(), municipalityCode);

export const fetchSavedScenario = async (municipalityCode: string, name: string) =>
  scenarios.findScenario(await appPool(), municipalityCode, name);

/**
 * The plan of a scenario after disclosure control: the baseline, or a saved scenario's plan. Its stored
 * differences are used while they match the baseline shown; otherwise (a new model is being planned
 * in) it is computed afresh, so baseline and scenario never come from different models.
 */
export async function fetchPlanRows(
  name: string,
  filter: PlanFilter & { municipalityCode: string },
): Promise<DisclosedPlanRow[]> {
  const threshold = smallCountThreshold();
  return (await fetchUndisclosedPlanRows(name, filter.municipalityCode))
    .filter(
      (r) =>
        (filter.postalCode === undefined || r.postalCode === filter.postalCode) &&
        (filter.year === undefined || r.year === filter.year),
    )
    .map((r) => disclosePlanRow(r, threshold));
}

/** Plan rows before disclosure control: only for aggregates that apply their own rule (the report). */
export async function fetchUndisclosedPlanRows(name: string, municipalityCode: string): Promise<PlanRow[]> {
  if (name === BASELINE) return fetchUndisclosedBaseline({ municipalityCode });
  const filter = { municipalityCode };
  const saved = await fetchSavedScenario(filter.municipalityCode, name);
  if (!saved) throw notFound(`Unknown scenario ${name}`);
  const [stored, basis] = await Promise.all([scenarios.findScenarioResult(await appPool(), saved.id), bases()]);
  // Stored differences fit the stored baseline only; while a refresh is due, the scenario is computed
  // whole from the current inputs, so its figures never mix two models.
  return stored && sameBasis(stored.basis, basis.stored)
    ? overlayScenario(await fetchUndisclosedBaseline(filter), stored.differing, name)
    : (await runScenario(saved.document, municipalityCode)).scenario;
}

export interface SaveRequest {
  municipalityCode: string;
  scenario: Scenario;
  author: string;
  replacesRevision?: number;
  by: Authorized;
}

/** Saves a scenario with its differences from the current baseline, in one transaction of the app store. */
export async function saveScenario(req: SaveRequest): Promise<scenarios.SavedScenarioSummary> {
  const [run, basis] = await Promise.all([runScenario(req.scenario, req.municipalityCode), bases()]);
  return scenarios.saveScenario(await appPool(), {
    municipalityCode: req.municipalityCode,
    document: req.scenario,
    author: req.author,
    replacesRevision: req.replacesRevision,
    createdBy: req.by.user.id,
    audit: {
      actorId: req.by.user.id,
      actor: req.by.user.username,
      action: 'scenario.save',
      outcome: 'ok',
      address: req.by.address,
    },
    // The run used the current inputs: its differences are valid against a baseline of that basis.
    result: { basis: basis.current, differing: differingRows(run.baseline, run.scenario) },
  });
}
