import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computePlan } from '../domain/planning/engine';
import { parseScenario } from '../domain/planning/scenario';
import { differingRows } from '../domain/planning/scenario-diff';
import { fixtureInputs } from '../tests/builders/plan-fixtures';
import { createTestAppStore, type TestAppStore } from '../tests/builders/app-db';
import { findScenario, findScenarioResult, listScenarios, saveScenario, scenariosForRefresh } from './scenarios';

const basis = { modelVersion: 'v1', dataFingerprint: 'f1', engine: 'e1' };
const baseline = computePlan(fixtureInputs());
const more = parseScenario({ name: 'Kalasatama', births: { pct: 10 } });
const result = { basis, differing: differingRows(baseline, computePlan(fixtureInputs(), more)) };

describe('saved scenarios in the app store', () => {
  let db: TestAppStore;
  beforeAll(async () => {
    db = await createTestAppStore();
  });
  afterAll(() => db.drop());

  it('keeps the document and only the rows that differ from the baseline', async () => {
    const saved = await saveScenario(db.store.pool, {
      municipalityCode: '091',
      document: more,
      author: 'planner',
      result,
    });
    expect(saved).toMatchObject({ name: 'Kalasatama', revision: 1, author: 'planner' });
    expect((await findScenario(db.store.pool, '091', 'Kalasatama'))?.document).toEqual(more);
    const stored = await findScenarioResult(db.store.pool, saved.id);
    expect(stored?.basis).toEqual(basis);
    expect(stored?.differing.length).toBeGreaterThan(0);
    expect(stored?.differing.length).toBeLessThan(baseline.length);
  });

  it('refuses to overwrite a scenario of the same name unless the save names the revision it replaces', async () => {
    const again = saveScenario(db.store.pool, { municipalityCode: '091', document: more, author: 'other', result });
    await expect(again).rejects.toMatchObject({ code: 'conflict' });
    const replaced = await saveScenario(db.store.pool, {
      municipalityCode: '091',
      document: { ...more, births: { pct: 12 } },
      author: 'planner',
      replacesRevision: 1,
      result,
    });
    expect(replaced.revision).toBe(2);
    // A save based on revision 1 after revision 2 exists is a lost update: refused.
    const stale = saveScenario(db.store.pool, {
      municipalityCode: '091',
      document: more,
      author: 'x',
      replacesRevision: 1,
      result,
    });
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
  });

  it('two planners saving at once lose nothing: both new names are kept, one of two edits of the same revision wins', async () => {
    const a = parseScenario({ name: 'Planner A', births: { pct: 1 } });
    const b = parseScenario({ name: 'Planner B', births: { pct: 2 } });
    await Promise.all([
      saveScenario(db.store.pool, { municipalityCode: '091', document: a, author: 'a', result }),
      saveScenario(db.store.pool, { municipalityCode: '091', document: b, author: 'b', result }),
    ]);
    const edits = await Promise.allSettled([
      saveScenario(db.store.pool, { municipalityCode: '091', document: a, author: 'a', replacesRevision: 1, result }),
      saveScenario(db.store.pool, { municipalityCode: '091', document: a, author: 'b', replacesRevision: 1, result }),
    ]);
    expect(edits.map((e) => e.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await listScenarios(db.store.pool, '091')).map((s) => s.name)).toEqual([
      'Kalasatama',
      'Planner A',
      'Planner B',
    ]);
  });

  it('the same name may exist in two municipalities, and the refresh sees every scenario', async () => {
    await saveScenario(db.store.pool, { municipalityCode: '049', document: more, author: 'espoo', result });
    expect((await listScenarios(db.store.pool, '049')).map((s) => s.name)).toEqual(['Kalasatama']);
    expect((await scenariosForRefresh(db.store.pool)).map((s) => `${s.municipalityCode}:${s.document.name}`)).toContain(
      '049:Kalasatama',
    );
  });
});
