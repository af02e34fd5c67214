import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows, withAnalytics } from '../../core/warehouse/with-warehouse';
import { parseScenario } from '../../domain/planning/scenario';
import { findScenario, findScenarioResult, saveScenario } from '../../store/scenarios';
import { activateVersion } from '../../workflows/forecasting/activate-model';
import { scenarioResultsOf } from '../../workflows/jobs/job-handlers';
import { planIsStale } from '../../workflows/jobs/plan-freshness';
import { refreshPlan } from '../../workflows/planning/refresh-plan';
import { createTestAppStore, type TestAppStore } from '../builders/app-db';
import { writePlanningFiles } from '../builders/planning-warehouse';

/**
 * Derived data follows its basis: after an activation (or a training that activates) the stored plan
 * names the old model and is stale; the refresh the job runner queues recomputes it, and the saved
 * scenarios' differences with it, without anyone running a command.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'th-fresh-'));
chmodSync(dir, 0o755);
const env = { ...process.env, TILANNEHUONE_DB: path.join(dir, 'warehouse.duckdb') };
let files: { warehouse: string; derived: string };
let db: TestAppStore;
const log = () => {};

beforeAll(async () => {
  files = await writePlanningFiles(dir);
  db = await createTestAppStore();
});
afterAll(async () => {
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const storedPlan = () =>
  withAnalytics(files, async (c) => ({
    basis: (await readRows(c, 'SELECT model_version FROM public_plan_basis')) as { model_version: string }[],
    demand: (await readRows(c, "SELECT demand_total FROM public_plan WHERE postal_code = '00100' AND year = 2022")) as {
      demand_total: number;
    }[],
  }));

describe('the plan follows the active model', () => {
  it('is computed once, then up to date until its basis changes', async () => {
    expect(await planIsStale(env)).toMatch(/no plan has been computed yet/);
    const scenarios = scenarioResultsOf(db.store.pool);
    expect((await refreshPlan({ env, log, scenarios })).computed).toBe(true);
    expect((await storedPlan()).basis).toEqual([{ model_version: 'm1' }]);
    expect(await planIsStale(env)).toBeNull();
    expect((await refreshPlan({ env, log, scenarios })).computed).toBe(false);
  });

  it('after an activation the plan is stale, and the refresh recomputes it and the saved scenarios', async () => {
    const scenarios = scenarioResultsOf(db.store.pool);
    const before = (await storedPlan()).demand[0].demand_total;
    const saved = await saveScenario(db.store.pool, {
      municipalityCode: '091',
      document: parseScenario({ name: 'More births', births: { pct: 20 } }),
      author: 'planner',
      result: { basis: { modelVersion: 'm1', dataFingerprint: 'fixture-1', engine: 'old' }, differing: [] },
    });
    await activateVersion('m0', log, env);
    expect(await planIsStale(env)).toMatch(/the active model is m0 \(the plan used m1\)/);
    await refreshPlan({ env, log, scenarios });
    const after = await storedPlan();
    expect(after.basis).toEqual([{ model_version: 'm0' }]);
    // m0 forecasts 100 more children in 00100: more places are needed.
    expect(after.demand[0].demand_total).toBeGreaterThan(before);
    const result = await findScenarioResult(db.store.pool, saved.id);
    expect(result?.basis.modelVersion).toBe('m0');
    expect(result?.differing.length).toBeGreaterThan(0);
    expect((await findScenario(db.store.pool, '091', 'More births'))?.revision).toBe(1);
  });
});
