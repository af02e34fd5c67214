import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readRows } from '../../core/warehouse/with-warehouse';
import { computePlan } from '../../domain/planning/engine';
import type { PlanRow } from '../../domain/planning/plan-types';
import type { Scenario } from '../../domain/planning/scenario';
import { differingRows } from '../../domain/planning/scenario-diff';
import { inputsOfMunicipality } from '../../domain/planning/municipality-inputs';
import { readAnalytics, updateDerived } from '../derived/derived-store';
import { loadPlanInputs } from './load-plan-inputs';
import { storeBaselinePlan, type PlanBasis } from './plan-table';
import { readPlanningConfig } from './read-planning-config';

/**
 * The baseline plan follows its basis: the active model, the open data (units register included) and
 * the planning code. When any of them differs from what the stored plan was computed from, the plan is
 * recomputed, and so are the differences of every saved scenario. Run by `npm start`, by the background
 * refresh job after a training, an activation or an upload, and by `npm run plan`.
 */

/** Digest of the code that computes a plan: a release that changes a rule re-plans by itself. */
export function planningEngineDigest(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const dir of ['domain/planning', 'domain/metrics', 'workflows/planning']) {
    for (const name of readdirSync(path.join(root, dir)).sort()) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      hash.update(`${dir}/${name}\n`).update(readFileSync(path.join(root, dir, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

const basisRowSchema = z.object({
  model_version: z.string().nullable(),
  data_fingerprint: z.string(),
  engine: z.string(),
});

export interface BasisCheck {
  stale: boolean;
  /** Why the plan must be recomputed (for the log and the job's progress). */
  reason: string;
  current: { modelVersion: string | null; dataFingerprint: string; engine: string };
}

export async function checkPlanBasis(connection: DuckDBConnection, engine: string): Promise<BasisCheck> {
  const [now] = z
    .array(z.object({ model_version: z.string().nullable(), data_fingerprint: z.string().nullable() }))
    .parse(
      await readRows(
        connection,
        `SELECT (SELECT version FROM active_model) AS model_version,
                (SELECT value FROM meta WHERE key = 'fingerprint') AS data_fingerprint`,
      ),
    );
  const current = { modelVersion: now.model_version, dataFingerprint: now.data_fingerprint ?? 'unknown', engine };
  const [stored] = z.array(basisRowSchema).parse(await readRows(connection, 'SELECT * FROM plan_basis'));
  const reason = !stored
    ? 'no plan has been computed yet'
    : stored.model_version !== current.modelVersion
      ? `the active model is ${current.modelVersion ?? 'none'} (the plan used ${stored.model_version ?? 'none'})`
      : stored.data_fingerprint !== current.dataFingerprint
        ? 'the open data or the units register changed'
        : stored.engine !== engine
          ? 'the planning rules changed'
          : '';
  return { stale: reason !== '', reason, current };
}

/** Saved scenarios as the refresh sees them: the app store implements this (store/scenarios.ts). */
export interface ScenarioResults {
  listForRefresh(): Promise<{ id: number; municipalityCode: string; document: Scenario }[]>;
  storeResult(id: number, basis: PlanBasis, differing: PlanRow[]): Promise<void>;
}

export interface RefreshOptions {
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** Recompute even when the basis is unchanged (`npm run plan`). */
  force?: boolean;
  scenarios?: ScenarioResults;
}

export async function refreshPlan(options: RefreshOptions): Promise<{ computed: boolean; reason: string }> {
  const { env = process.env, log } = options;
  const engine = planningEngineDigest();
  const config = readPlanningConfig(undefined);
  const { check, loaded } = await readAnalytics(async (c) => {
    const check = await checkPlanBasis(c, engine);
    return { check, loaded: check.stale || options.force ? await loadPlanInputs(c, config) : null };
  }, env);
  if (!loaded) return { computed: false, reason: 'the plan is up to date' };
  log(`plan: recomputing (${check.reason || 'asked to'})`);
  const t0 = performance.now();
  const baseline = computePlan(loaded.inputs);
  const basis: PlanBasis = {
    modelVersion: check.current.modelVersion,
    dataFingerprint: check.current.dataFingerprint,
    engine,
    details: loaded.basis,
  };
  await updateDerived((c) => storeBaselinePlan(c, baseline, basis), { waitMs: 10 * 60_000 }, env);
  log(`plan: ${baseline.length} area-year rows computed and stored in ${(performance.now() - t0).toFixed(0)} ms`);
  for (const saved of (await options.scenarios?.listForRefresh()) ?? []) {
    const inputs = inputsOfMunicipality(loaded.inputs, saved.municipalityCode);
    const rows = computePlan(inputs, saved.document);
    const base = baseline.filter((r) => r.municipalityCode === saved.municipalityCode);
    await options.scenarios!.storeResult(saved.id, basis, differingRows(base, rows));
    log(`plan: scenario '${saved.document.name}' (${saved.municipalityCode}) recomputed`);
  }
  return { computed: true, reason: check.reason || 'recomputed on request' };
}
