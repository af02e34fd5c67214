import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { listSavedScenarios } from '@/server/queries/scenarios';
import { apiError, handle, json } from '@/server/http/respond';
import { parseScenarioRequest } from '@/server/http/parse-scenario-request';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return handle(async () => json({ scenarios: await listSavedScenarios() }));
}

const bodySchema = z.object({ scenario: z.unknown() }).strict();
const BUSY = /another command \(pid \d+\) is writing/;
const BUSY_WAIT_MS = 180_000;

/**
 * Runs `npm run plan -- --scenario <file> --author <a>` as a child process: the only writer of the
 * warehouse is the planning CLI (through updateWarehouse: copy, write, atomic rename); this server keeps
 * reading and picks up the new file when it is swapped in.
 */
function savePlan(file: string, author: string): Promise<{ code: number | null; stderr: string }> {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const cli = path.join(process.cwd(), 'models', 'planning', 'plan-cli.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, '--scenario', file, '--author', author], {
      cwd: process.cwd(),
      env: process.env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** POST {scenario}: validate (same schema), then save it and its plan through the planning CLI. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = await parseScenarioRequest(request, bodySchema);
    if (!parsed.ok) return parsed.response;
    const scenario = parsed.scenario;
    const dir = mkdtempSync(path.join(tmpdir(), 'tilannehuone-scenario-'));
    try {
      const file = path.join(dir, 'scenario.json');
      writeFileSync(file, JSON.stringify(scenario));
      // Another writer (a retraining, an ingest) holds the warehouse lock: wait for it, then write.
      const started = Date.now();
      let { code, stderr } = await savePlan(file, scenario.author?.trim() || 'unknown');
      while (code !== 0 && BUSY.test(stderr) && Date.now() - started < BUSY_WAIT_MS) {
        await new Promise((r) => setTimeout(r, 2000));
        ({ code, stderr } = await savePlan(file, scenario.author?.trim() || 'unknown'));
      }
      if (code !== 0 && BUSY.test(stderr))
        return apiError(503, 'unavailable', 'The warehouse is being updated by another job; try again shortly');
      if (code !== 0) {
        console.error('[scenarios] plan CLI failed:', stderr);
        const unit = /scenario (?:opens|closes|changes the capacity of) unit .*/.exec(stderr);
        if (unit) return apiError(400, 'bad_request', 'Invalid scenario', [{ param: 'units', message: unit[0] }]);
        return apiError(500, 'internal', 'Saving the scenario failed');
      }
      return json({ saved: scenario.name });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
