import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ensureUser, signIn, startProduct, type Product } from '../support/product';

/**
 * Faults a city's server will meet: kill -9 in the middle of an ingest, a training, a scenario save and a
 * user change, then a restart. After each, the last good warehouse, model and app data must be intact,
 * the app must serve, and an interrupted job must show as failed, not running.
 */
export interface FaultContext {
  port: number;
  env: NodeJS.ProcessEnv;
  warehouse: string;
  derived: string;
  log: (line: string) => void;
}

const sha = (file: string) =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Pids of the product's descendant processes whose command line mentions `script`. */
function childPids(product: Product, script: string): number[] {
  const out = execFileSync('ps', ['-eo', 'pid,ppid,args'], { encoding: 'utf8' });
  const rows = out
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }));
  const tree = new Set([product.process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) {
      if (tree.has(r.ppid) && !tree.has(r.pid)) {
        tree.add(r.pid);
        grew = true;
      }
    }
  }
  return rows.filter((r) => tree.has(r.pid) && r.args.includes(script)).map((r) => r.pid);
}

async function json(base: string, cookie: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: { cookie, 'content-type': 'application/json', ...init.headers },
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as Record<string, unknown> | null };
}

export async function runFaults(ctx: FaultContext): Promise<string[]> {
  const results: string[] = [];
  const check = (name: string, ok: boolean, detail: string) => {
    results.push(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
    ctx.log(`${ok ? 'ok' : 'FAIL'} ${name}: ${detail}`);
  };
  const password = ensureUser('bench-analyst', ['analyst', 'planner', 'admin'], ctx.env);
  let product = await startProduct(ctx.port, ctx.env);
  let cookie = await signIn(product.base, 'bench-analyst', password);
  const restart = async () => {
    await product.stop('SIGTERM');
    product = await startProduct(ctx.port, ctx.env);
    cookie = await signIn(product.base, 'bench-analyst', password);
  };

  // 1. An ingest killed midway: the live warehouse stays as it was.
  const before = sha(ctx.warehouse);
  await new Promise<void>((resolve) => {
    const ingest = spawn(process.execPath, ['--import', 'tsx', 'workflows/cli/ingest-cli.ts', '--force'], {
      env: ctx.env,
      detached: true,
    });
    let out = '';
    ingest.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/load {2}\[ ?5\//.test(out)) process.kill(-ingest.pid!, 'SIGKILL');
    });
    ingest.on('exit', () => resolve());
  });
  const areas = await json(product.base, cookie, '/api/areas?municipality=091');
  check(
    'kill -9 during an ingest',
    sha(ctx.warehouse) === before && areas.status === 200,
    `warehouse unchanged ${sha(ctx.warehouse) === before}, app serves ${areas.status}`,
  );

  // 2. A training killed midway (the job runner is killed): the product stops; after a restart the job failed.
  const activeBefore = (await json(product.base, cookie, '/api/jobs?kind=train')).body;
  const derivedBefore = sha(ctx.derived);
  const job = (await json(product.base, cookie, '/api/models/retrain', { method: 'POST' })).body?.job as
    { id: string } | undefined;
  for (let i = 0; i < 120; i += 1) {
    const state = (await json(product.base, cookie, `/api/jobs/${job?.id}`)).body;
    if (state?.status === 'running' && /backtest|origin/.test(String(state.phase))) break;
    await sleep(500);
  }
  for (const pid of childPids(product, 'job-runner-cli')) process.kill(pid, 'SIGKILL');
  const code = await product.exited;
  product = await startProduct(ctx.port, ctx.env);
  cookie = await signIn(product.base, 'bench-analyst', password);
  const after = (await json(product.base, cookie, `/api/jobs/${job?.id}`)).body;
  check(
    'kill -9 during a training',
    code !== 0 && after?.status === 'failed' && sha(ctx.derived) === derivedBefore,
    `npm start exited ${code}; the job is ${after?.status}; model registry unchanged ${sha(ctx.derived) === derivedBefore}; ${activeBefore ? 'jobs listed' : ''}`,
  );

  // 3. A scenario save killed midway (the web server is killed): saved whole or not at all.
  const name = `Bench crash ${Date.now()}`;
  const save = fetch(`${product.base}/api/scenarios`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ municipality: '091', scenario: { name, births: { pct: 10 } } }),
  }).catch(() => null);
  await sleep(30);
  for (const pid of childPids(product, 'web-server')) process.kill(pid, 'SIGKILL');
  await save;
  await product.exited;
  product = await startProduct(ctx.port, ctx.env);
  cookie = await signIn(product.base, 'bench-analyst', password);
  const saved = ((await json(product.base, cookie, '/api/scenarios')).body?.scenarios as { name: string }[]).some(
    (s) => s.name === name,
  );
  const plan = saved
    ? await json(product.base, cookie, `/api/plan?municipality=091&scenario=${encodeURIComponent(name)}&year=2021`)
    : null;
  check(
    'kill -9 during a scenario save',
    !saved || plan?.status === 200,
    `saved: ${saved}${saved ? `, its plan answers ${plan?.status}` : ' (nothing half-written)'}`,
  );

  // 4. A user change killed midway: the roles are the old or the new ones, never a mix.
  ensureUser('bench-victim', ['manager'], ctx.env);
  const change = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'workflows/cli/users-cli.ts',
      'set-role',
      'bench-victim',
      '--role',
      'planner',
      '--role',
      'leadership',
    ],
    { env: ctx.env },
  );
  await sleep(900);
  change.kill('SIGKILL');
  const list = execFileSync(process.execPath, ['--import', 'tsx', 'workflows/cli/users-cli.ts', 'list'], {
    env: ctx.env,
    encoding: 'utf8',
  });
  const roles = list
    .split('\n')
    .find((l) => l.startsWith('bench-victim\t'))
    ?.split('\t')[1];
  check(
    'kill -9 during a user change',
    roles === 'manager' || roles === 'planner,leadership',
    `roles afterwards: ${roles}`,
  );

  // 5. Two planners saving at once lose nothing; two saves of one new name: one wins, one is told.
  const stamp = Date.now();
  const post = (scenarioName: string) =>
    json(product.base, cookie, '/api/scenarios', {
      method: 'POST',
      body: JSON.stringify({ municipality: '091', scenario: { name: scenarioName } }),
    });
  const both = await Promise.all([post(`Bench A ${stamp}`), post(`Bench B ${stamp}`)]);
  const same = await Promise.all([post(`Bench C ${stamp}`), post(`Bench C ${stamp}`)]);
  const listed = ((await json(product.base, cookie, '/api/scenarios')).body?.scenarios as { name: string }[]).map(
    (s) => s.name,
  );
  check(
    'two planners saving at once',
    both.every((r) => r.status === 200) &&
      listed.includes(`Bench A ${stamp}`) &&
      listed.includes(`Bench B ${stamp}`) &&
      same
        .map((r) => r.status)
        .sort()
        .join() === '200,409',
    `different names: ${both.map((r) => r.status).join(', ')}; the same new name: ${same.map((r) => r.status).join(', ')}`,
  );
  await restart();
  await product.stop();
  return results;
}
