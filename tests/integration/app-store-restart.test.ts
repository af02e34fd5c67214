import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseScenario } from '../../domain/planning/scenario';
import { openConfiguredAppStore } from '../../store/open-configured';
import { findScenario, saveScenario } from '../../store/scenarios';

/** What users write outlives the product: a saved scenario is there after the embedded server restarts. */
const root = mkdtempSync(path.join(tmpdir(), 'th-restart-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { ...process.env, TILANNEHUONE_APPDB: path.join(root, 'appdb'), DATABASE_URL: undefined };

it('a saved scenario survives a restart of the embedded app store', async () => {
  const first = await openConfiguredAppStore('test', () => {}, env);
  await saveScenario(first.pool, {
    municipalityCode: '091',
    document: parseScenario({ name: 'Kept', births: { pct: 5 } }),
    author: 'planner',
    result: { basis: { modelVersion: null, dataFingerprint: 'x', engine: 'x' }, differing: [] },
  });
  await first.close();
  const second = await openConfiguredAppStore('test', () => {}, env);
  try {
    expect((await findScenario(second.pool, '091', 'Kept'))?.document.births).toEqual({ pct: 5 });
  } finally {
    await second.close();
  }
}, 60_000);
