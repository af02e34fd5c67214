/**
 * `npm test`: every check, on a fresh machine with nothing installed by hand. It installs the system
 * packages the browser and notebook tests need (scripts/setup-system.sh), then runs lint (with the
 * import-layer rules and the formatter), the type check, the unit and integration tests, the browser
 * tests and the notebooks. The browser tests and notebooks run on a temporary copy of the shipped raw
 * data with their own warehouse, derived store and app database; at the end the developer's data/ and
 * the git status must be exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const started = Date.now();

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const t0 = Date.now();
  console.log(`\n[test] ${name} ...`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  if (result.status !== 0) {
    console.error(`[test] ${name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`[test] ${name} passed in ${seconds} s`);
}

/** Digest of every file under `dir` (path, size, content), to prove the tests left it alone. */
function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else hash.update(`${path.relative(dir, abs)}\0`).update(readFileSync(abs));
    }
  };
  if (existsSync(dir)) walk(dir);
  return hash.digest('hex');
}

const gitStatus = () => spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout;

const dataBefore = digestOf('data');
const statusBefore = gitStatus();

run('system packages', 'bash', ['scripts/setup-system.sh']);
run('lint', 'npm', ['run', 'lint']);
run('typecheck', 'npm', ['run', 'typecheck']);
run('unit and integration tests', 'npm', ['run', 'test:unit']);

// A temporary data folder for the browser tests and notebooks: a copy of the shipped raw files; the
// warehouse, derived store, model artefacts and embedded app database are built inside it. PostgreSQL
// runs as the `postgres` OS user when we are root, so the folder must be enterable by others.
const testDir = mkdtempSync(path.join(tmpdir(), 'tilannehuone-test-'));
chmodSync(testDir, 0o755);
cpSync('data/raw', path.join(testDir, 'raw'), { recursive: true });
const testEnv = {
  ...process.env,
  TILANNEHUONE_TEST_DIR: testDir,
  TILANNEHUONE_DB: path.join(testDir, 'warehouse.duckdb'),
  TILANNEHUONE_RAW: path.join(testDir, 'raw'),
  DATABASE_URL: undefined,
};
try {
  run('browser tests', 'npm', ['run', 'test:e2e'], testEnv);
  run('notebooks', 'npm', ['run', 'test:notebooks'], testEnv);
} finally {
  if (!process.env.TILANNEHUONE_KEEP_TEST_DIR) rmSync(testDir, { recursive: true, force: true });
}

if (digestOf('data') !== dataBefore) {
  console.error('[test] the tests changed files under data/: they must only use their own temporary folders');
  process.exit(1);
}
if (gitStatus() !== statusBefore) {
  console.error(`[test] the tests changed the working tree:\n${gitStatus()}`);
  process.exit(1);
}
console.log(`\n[test] all checks passed in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
