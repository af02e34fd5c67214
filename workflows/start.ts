/**
 * `npm start`: the one command that runs the product on a fresh machine. It builds the warehouse
 * from the shipped open data if it is missing or stale (a no-op otherwise), builds the web app if
 * it has not been built, then serves it on $PORT (default 3000). The web server itself only reads.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { rawDataDir, warehousePath } from '../core/config/paths';
import { readRows, withReadOnlyWarehouse } from '../core/warehouse/with-warehouse';
import { runIngest } from '../pipelines/core/run-ingest';
import { SOURCES } from '../pipelines/registry';

const env = z.object({ PORT: z.coerce.number().int().min(1).max(65535).default(3000) }).parse(process.env);
const nextBin = path.resolve('node_modules/.bin/next');

const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** How many rows a warehouse relation has; 0 when it does not exist (an older warehouse). */
async function rowCount(dbPath: string, relation: 'public_models' | 'public_plan', where = 'true'): Promise<number> {
  return withReadOnlyWarehouse(dbPath, async (conn) => {
    const exists = await readRows(conn, 'SELECT 1 FROM information_schema.tables WHERE table_name = $name', {
      name: relation,
    });
    if (exists.length === 0) return 0;
    const rows = await readRows(conn, `SELECT count(*)::INTEGER AS n FROM ${relation} WHERE ${where}`);
    return z.object({ n: z.coerce.number() }).parse(rows[0]).n;
  });
}

/** Runs `npm run <name>` in the foreground (it writes the warehouse through the copy-and-swap writer). */
function runScript(name: string, dbPath: string): void {
  const run = spawnSync(npmBin, ['run', name], { stdio: 'inherit', env: { ...process.env, TILANNEHUONE_DB: dbPath } });
  if (run.status !== 0) throw new Error(`npm run ${name} failed`);
}

/** Trains a model when none is active, then plans when there is no plan: the server itself never does either. */
async function ensureModelAndPlan(dbPath: string): Promise<void> {
  if ((await rowCount(dbPath, 'public_models', "status = 'active'")) === 0) {
    console.log('[start] no trained model in the warehouse: running npm run train (first run only, a few minutes) ...');
    runScript('train', dbPath);
  }
  if ((await rowCount(dbPath, 'public_plan')) === 0) {
    console.log('[start] no plan in the warehouse: running npm run plan (first run only) ...');
    runScript('plan', dbPath);
  }
}

async function main(): Promise<void> {
  const dbPath = warehousePath();
  mkdirSync(path.dirname(dbPath), { recursive: true });
  console.log('[start] checking the warehouse ...');
  await runIngest({ rawDir: rawDataDir(), dbPath, sources: SOURCES, log: (line) => console.log(`[ingest] ${line}`) });
  if (process.env.TILANNEHUONE_SKIP_TRAIN === '1')
    console.log('[start] TILANNEHUONE_SKIP_TRAIN=1: not training or planning.');
  else await ensureModelAndPlan(dbPath);
  if (!existsSync('.next/BUILD_ID')) {
    console.log('[start] building the web app (first run only) ...');
    const build = spawnSync(nextBin, ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('next build failed');
  }
  console.log(`[start] serving http://localhost:${env.PORT}`);
  const server = spawn(nextBin, ['start', '-p', String(env.PORT)], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TILANNEHUONE_DB: dbPath },
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((err: unknown) => {
  console.error(`start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
