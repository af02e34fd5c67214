import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runIngest } from '../../pipelines/core/run-ingest';
import { SOURCES } from '../../pipelines/registry';

const rawDir = path.resolve('data/raw');
const dir = mkdtempSync(path.join(tmpdir(), 'th-kill-'));
const dbPath = path.join(dir, 'warehouse.duckdb');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * Runs `npm run ingest -- --force` in a child process and SIGKILLs it once it is loading files. tsx runs
 * the ingest in a grandchild, so the whole process group is killed, as a terminal's kill would.
 */
function killIngestMidway(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['workflows/cli/ingest-cli.ts', '--force'], {
      env: { ...process.env, TILANNEHUONE_DB: dbPath },
      detached: true,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/load {2}\[ ?5\//.test(out)) process.kill(-child.pid!, 'SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(out) : reject(new Error(`ingest was not killed: ${out}`)),
    );
  });
}

it('a killed ingest leaves the live warehouse exactly as it was', async () => {
  await runIngest({ rawDir, dbPath, sources: SOURCES });
  const before = sha(dbPath);
  await killIngestMidway();
  expect(sha(dbPath)).toBe(before);
  // The killed run's temporary build is left behind; the next run clears it and is a no-op.
  expect(readdirSync(dir).some((n) => n.includes('.tmp-'))).toBe(true);
  const again = await runIngest({ rawDir, dbPath, sources: SOURCES });
  expect(again.changed).toBe(false);
  expect(sha(dbPath)).toBe(before);
  expect(readdirSync(dir).some((n) => n.includes('.tmp-'))).toBe(false);
  expect(existsSync(dbPath)).toBe(true);
}, 300_000);
