/**
 * `npm run bench:ingest`: wall time of a full ingest of everything shipped, from scratch, and of a
 * no-op re-run. Prints numbers (targets on the 2-core reference machine: <= 20 s and <= 2 s).
 * Runs the real CLI in child processes, as a user would, against a temporary warehouse.
 * Also prints the CPU time each run reports and the machine's load average: on a shared machine wall
 * time follows the other load, CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(path.join(tmpdir(), 'th-bench-'));
const dbPath = path.join(dir, 'warehouse.duckdb');
const tsx = path.resolve('node_modules/.bin/tsx');

interface Timing {
  wall: number;
  cpu: number;
}

function timeIngest(): Timing {
  const t0 = performance.now();
  const result = spawnSync(tsx, ['workflows/cli/ingest-cli.ts'], {
    env: { ...process.env, TILANNEHUONE_DB: dbPath },
    encoding: 'utf8',
  });
  const wall = (performance.now() - t0) / 1000;
  if (result.status !== 0) throw new Error(`ingest failed: ${result.stderr.trim()}`);
  const cpu = /^cpu\s+([\d.]+) s/m.exec(result.stdout);
  return { wall, cpu: cpu ? Number(cpu[1]) : Number.NaN };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg()[0].toFixed(1);
const full: Timing[] = [];
const noop: Timing[] = [];
for (let i = 0; i < runs; i++) {
  rmSync(dbPath, { force: true });
  const loadBefore = load();
  full.push(timeIngest());
  noop.push(timeIngest());
  console.log(
    `run ${i + 1}/${runs}: full ${full[i].wall.toFixed(2)} s (cpu ${full[i].cpu.toFixed(1)} s), ` +
      `no-op ${noop[i].wall.toFixed(2)} s (cpu ${noop[i].cpu.toFixed(1)} s), load average ${loadBefore} -> ${load()}`,
  );
}
const summary = (xs: Timing[]) =>
  `median ${median(xs.map((t) => t.wall)).toFixed(2)} s (min ${Math.min(...xs.map((t) => t.wall)).toFixed(2)}), cpu median ${median(xs.map((t) => t.cpu)).toFixed(1)} s`;
const size = statSync(dbPath).size / 1e6;
console.log(`full ingest from scratch: ${summary(full)}, target <= 20 s wall`);
console.log(`no-op re-run:             ${summary(noop)}, target <= 2 s wall`);
console.log(`warehouse size: ${size.toFixed(1)} MB`);
rmSync(dir, { recursive: true, force: true });
