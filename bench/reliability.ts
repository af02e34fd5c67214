/**
 * `npm run bench:reliability`: figures for running the product in a city (prints them; not a timed test).
 *  1. Load: 50 signed-in clients for BENCH_DURATION seconds (default 60) over the main API routes and
 *     pages at once - p50 / p95 / p99 and errors per group (goals: API p95 <= 100 ms, pages p95 <= 1 s).
 *  2. Isolation: a cheap API request while 40 other clients run scenario computations (the engine runs
 *     in worker threads: nobody waits on another user's computation).
 *  3. Faults: kill -9 during an ingest, a training, a scenario save and a user change, then a restart.
 *  4. Two planners saving at once; hundreds of malformed uploads.
 * It works on a copy of the data in a temporary folder (your data/ is not touched); a trained model in
 * data/ is copied along so that no training is needed.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { runFaults } from './reliability/faults';
import { runFuzz } from './reliability/fuzz';
import { formatLoad, runLoad } from './reliability/load';
import { ensureUser, signIn, startProduct } from './support/product';

const env = z
  .object({
    BENCH_PORT: z.coerce.number().int().min(1024).max(65535).default(3126),
    BENCH_DURATION: z.coerce.number().int().min(5).max(600).default(60),
  })
  .parse(process.env);
const log = (line: string) => console.error(`[bench] ${line}`);

const dir = mkdtempSync(path.join(tmpdir(), 'tilannehuone-bench-'));
chmodSync(dir, 0o755);
cpSync('data/raw', path.join(dir, 'raw'), { recursive: true });
for (const name of ['warehouse.duckdb', 'derived.duckdb']) {
  if (existsSync(path.join('data', name))) cpSync(path.join('data', name), path.join(dir, name), { recursive: true });
}
const productEnv = {
  ...process.env,
  TILANNEHUONE_DB: path.join(dir, 'warehouse.duckdb'),
  TILANNEHUONE_RAW: path.join(dir, 'raw'),
  DATABASE_URL: '',
  // The load comes from one address: the per-address sign-in limit is not what is measured here.
  TILANNEHUONE_LOGIN_ATTEMPTS_PER_ADDRESS: '10000',
};
const report: string[] = [];

try {
  log(`data in ${dir}; starting the product on port ${env.BENCH_PORT} ...`);
  const password = ensureUser('bench-all', ['manager', 'planner', 'analyst', 'leadership', 'admin'], productEnv);
  const product = await startProduct(env.BENCH_PORT, productEnv);
  const cookie = await signIn(product.base, 'bench-all', password);
  const areas = (
    (await (await fetch(`${product.base}/api/areas?municipality=091`, { headers: { cookie } })).json()) as {
      areas: { postal_code: string }[];
    }
  ).areas.map((a) => a.postal_code);
  const api = areas
    .slice(0, 30)
    .flatMap((code) => [
      { path: `/api/forecasts?postal_code=${code}` },
      { path: `/api/areas/${code}` },
      { path: `/api/plan?postal_code=${code}` },
    ]);
  api.push(
    { path: '/api/areas?municipality=091' },
    { path: '/api/units?near=60.17,24.94&radius_km=2' },
    { path: '/api/geometry?municipality=091' },
  );
  const pages = [
    { path: '/map?lang=fi' },
    { path: `/area/${areas[0]}?lang=fi` },
    { path: '/report?lang=fi' },
    { path: '/scenarios?lang=fi' },
  ];
  // Warm the caches once, as a running service has them.
  for (const t of [...api, ...pages])
    await (await fetch(`${product.base}${t.path}`, { headers: { cookie } })).arrayBuffer();

  log(`load: 50 clients for ${env.BENCH_DURATION} s (40 on the API, 10 on pages) ...`);
  const load = await runLoad(
    product.base,
    cookie,
    [
      { name: 'API (40 clients)', connections: 40, targets: api },
      { name: 'pages (10 clients)', connections: 10, targets: pages },
    ],
    env.BENCH_DURATION,
  );
  report.push('Load, signed in:', ...Object.entries(load).map(([k, v]) => `  ${formatLoad(k, v)}`));

  const run = {
    method: 'POST' as const,
    path: '/api/scenarios/run',
    body: JSON.stringify({ municipality: '091', scenario: { name: 'Bench', births: { pct: 10 } } }),
  };
  log(
    `isolation: /api/areas alone, then while 40 clients run scenarios (${Math.min(env.BENCH_DURATION, 30)} s each) ...`,
  );
  const seconds = Math.min(env.BENCH_DURATION, 30);
  const alone = await runLoad(
    product.base,
    cookie,
    [{ name: '/api/areas alone', connections: 10, targets: [{ path: '/api/areas?municipality=091' }] }],
    seconds,
  );
  const busy = await runLoad(
    product.base,
    cookie,
    [
      { name: 'scenario runs (40 clients)', connections: 40, targets: [run] },
      { name: '/api/areas meanwhile', connections: 10, targets: [{ path: '/api/areas?municipality=091' }] },
    ],
    seconds,
  );
  report.push(
    'Isolation:',
    ...[...Object.entries(alone), ...Object.entries(busy)].map(([k, v]) => `  ${formatLoad(k, v)}`),
  );

  log('fuzzed uploads ...');
  report.push(
    'Uploads:',
    ...(await runFuzz({
      base: product.base,
      cookie,
      raw: path.join(dir, 'raw'),
      uploads: path.join(dir, 'uploads'),
      log,
    })),
  );
  await product.stop();

  log('faults ...');
  report.push(
    'Faults:',
    ...(
      await runFaults({
        port: env.BENCH_PORT,
        env: productEnv,
        warehouse: productEnv.TILANNEHUONE_DB,
        derived: path.join(dir, 'derived.duckdb'),
        log,
      })
    ).map((l) => `  ${l}`),
  );
} finally {
  console.log(report.join('\n'));
  rmSync(dir, { recursive: true, force: true });
}
