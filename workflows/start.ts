/**
 * `npm start`: the one command that runs the product on a fresh machine. It starts (or connects to)
 * the app store, builds the warehouse from the shipped open data if it is missing or stale, trains a
 * first model if none is active, brings the plan up to date, builds the web app once, and then runs two
 * processes side by side: the web server on $PORT and the background-job runner. If either of them
 * dies, the other is stopped and `npm start` exits non-zero, so a supervisor restarts the product.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from '../core/config/env';
import { rawDataDir, warehousePath } from '../core/config/paths';
import { runIngest } from '../pipelines/core/run-ingest';
import { SOURCES } from '../pipelines/registry';
import { readActiveModel } from '../models/registry/store';
import { issueBootstrapCode } from '../store/bootstrap';
import { openConfiguredAppStore } from '../store/open-configured';
import { readAnalytics } from './derived/derived-store';
import { trainModel } from './forecasting/train-model';
import { scenarioResultsOf } from './jobs/job-handlers';
import { refreshPlan } from './planning/refresh-plan';
import { refreshWellbeing } from './wellbeing/refresh-wellbeing';

const log = (line: string) => console.log(`[start] ${line}`);
const bin = (name: string) => path.resolve('node_modules/.bin', name);

async function prepareData(pool: Parameters<typeof scenarioResultsOf>[0]): Promise<void> {
  const dbPath = warehousePath();
  mkdirSync(path.dirname(dbPath), { recursive: true });
  log('checking the warehouse ...');
  await runIngest({
    rawDir: rawDataDir(),
    dbPath,
    sources: SOURCES,
    waitMs: 10 * 60_000,
    log: (l) => log(`ingest ${l}`),
  });
  if (readEnv().TILANNEHUONE_SKIP_TRAIN) {
    log('TILANNEHUONE_SKIP_TRAIN=1: not training');
  } else if (!(await readAnalytics(readActiveModel))) {
    log('no trained model yet: training the first one (first run only, a few minutes) ...');
    await trainModel({ log: (l) => log(`train ${l}`) });
  }
  await refreshPlan({ log: (l) => log(l), scenarios: scenarioResultsOf(pool) });
  // The wellbeing situation room's derived tables, once when missing or stale (a no-op otherwise).
  await refreshWellbeing({ log: (l) => log(l) });
}

function buildWebApp(): void {
  if (existsSync('.next/BUILD_ID')) return;
  log('building the web app (first run only) ...');
  const build = spawnSync(bin('next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
}

/** Runs the children until one ends; resolves with the exit code `npm start` should end with. */
function supervise(children: { name: string; process: ChildProcess }[]): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stopAll = (signal: NodeJS.Signals) => {
      for (const c of children)
        if (c.process.exitCode === null && c.process.signalCode === null) c.process.kill(signal);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        stopping = true;
        log(`${signal}: stopping`);
        stopAll('SIGTERM');
      });
    }
    let remaining = children.length;
    let code = 0;
    for (const c of children) {
      c.process.once('exit', (exitCode, signal) => {
        remaining -= 1;
        if (!stopping) {
          // A child that ends on its own is a failure of the product, whatever its exit code.
          log(`the ${c.name} stopped (${signal ?? `exit code ${exitCode}`}); stopping the rest`);
          code = exitCode && exitCode !== 0 ? exitCode : 1;
          stopping = true;
          stopAll('SIGTERM');
        }
        if (remaining === 0) resolve(code);
      });
    }
  });
}

async function main(): Promise<number> {
  const env = readEnv();
  const store = await openConfiguredAppStore('tilannehuone-start', log);
  try {
    await prepareData(store.pool);
    const setupCode = await issueBootstrapCode(store.pool);
    if (setupCode) {
      log(`no administrator yet: open /setup and enter the one-time code ${setupCode}`);
      log('  (or: npm run users -- create <name> --role admin, with the password on standard input)');
    }
    buildWebApp();
    // Both children reach the app store by URL: the embedded server this process runs, or the city's.
    const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(env.PORT), DATABASE_URL: store.url };
    log(`serving http://localhost:${env.PORT}`);
    // Node itself runs both (tsx as a loader, not a wrapper process), so a signal reaches them directly.
    const node = (script: string) =>
      spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', env: childEnv });
    const web = node('workflows/web-server.ts');
    const jobs = node('workflows/cli/job-runner-cli.ts');
    return await supervise([
      { name: 'web server', process: web },
      { name: 'job runner', process: jobs },
    ]);
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`start failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    process.exit(1);
  },
);
