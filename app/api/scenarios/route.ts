import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { listSavedScenarios } from '@/lib/db/scenarios';
import { scenarioSchema } from '@/lib/planning/scenario';
import { apiError, handle, json } from '../_lib/respond';
import { fieldIssues } from './issues';

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
    const child = spawn(tsx, [cli, '--scenario', file, '--author', author], { cwd: process.cwd(), env: process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** POST {scenario}: validate (same schema), then save it and its plan through the planning CLI. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return apiError(400, 'bad_request', 'Body is not JSON');
    }
    const outer = bodySchema.safeParse(body);
    if (!outer.success) return apiError(400, 'bad_request', 'Invalid request');
    const parsed = scenarioSchema.safeParse(outer.data.scenario);
    if (!parsed.success) return apiError(400, 'bad_request', 'Invalid scenario', fieldIssues(parsed.error).map((i) => ({ param: i.path, message: i.message })));
    const dir = mkdtempSync(path.join(tmpdir(), 'tilannehuone-scenario-'));
    try {
      const file = path.join(dir, 'scenario.json');
      writeFileSync(file, JSON.stringify(parsed.data));
      // Another writer (a retraining, an ingest) holds the warehouse lock: wait for it, then write.
      const started = Date.now();
      let { code, stderr } = await savePlan(file, parsed.data.author?.trim() || 'unknown');
      while (code !== 0 && BUSY.test(stderr) && Date.now() - started < BUSY_WAIT_MS) {
        await new Promise((r) => setTimeout(r, 2000));
        ({ code, stderr } = await savePlan(file, parsed.data.author?.trim() || 'unknown'));
      }
      if (code !== 0 && BUSY.test(stderr)) return apiError(503, 'unavailable', 'The warehouse is being updated by another job; try again shortly');
      if (code !== 0) {
        console.error('[scenarios] plan CLI failed:', stderr);
        const unit = /scenario (?:opens|closes|changes the capacity of) unit .*/.exec(stderr);
        if (unit) return apiError(400, 'bad_request', 'Invalid scenario', [{ param: 'units', message: unit[0] }]);
        return apiError(500, 'internal', 'Saving the scenario failed');
      }
      return json({ saved: parsed.data.name });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
