import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { credentialsPath } from './embedded-credentials';
import { ensureEmbeddedServer, type EmbeddedServer } from './embedded-server';
import { isProcessAlive } from '../core/process-alive';
import { readRunningServer } from './postmaster-pid';

const root = mkdtempSync(path.join(tmpdir(), 'th-embedded-'));
chmodSync(root, 0o755); // as root the server runs as the OS user postgres, which must enter the folder
const log = () => {};
// The first tests share one data folder (each leaves it stopped): an initdb costs most of a second.
const sharedDir = path.join(root, 'shared');
const started: EmbeddedServer[] = [];

async function ensure(dataDir: string): Promise<EmbeddedServer> {
  const server = await ensureEmbeddedServer({ dataDir, log });
  started.push(server);
  return server;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Stops a server no test process owns (one left running by a killed process), by its pid. */
async function stopOrphan(dataDir: string): Promise<void> {
  const running = readRunningServer(dataDir);
  if (!running) return;
  process.kill(running.pid, 'SIGINT');
  while (isProcessAlive(running.pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

afterAll(async () => {
  for (const server of started.reverse()) await server.stop();
  await stopOrphan(path.join(root, 'killed'));
  await stopOrphan(sharedDir);
  rmSync(root, { recursive: true, force: true });
});

describe('the embedded PostgreSQL of the app store', () => {
  it('starts in a new folder, and a second caller uses that same server instead of starting another', async () => {
    const first = await ensure(sharedDir);
    const second = await ensure(sharedDir);
    expect(first.owned).toBe(true);
    expect(second.owned).toBe(false);
    expect(second.url).toBe(first.url);
    expect(await query(second.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);

    // Only the owner stops the server, once nobody else uses it.
    await second.stop();
    expect(await query(first.url, 'SELECT 2 AS two')).toEqual([{ two: 2 }]);
    await first.stop();
    expect(readRunningServer(sharedDir)).toBeNull();
  });

  it('keeps running when its owner finishes while another process still uses it', async () => {
    const owner = await ensure(sharedDir);
    const user = await ensure(sharedDir);
    await owner.stop();
    expect(readRunningServer(sharedDir)).not.toBeNull();
    expect(await query(user.url, 'SELECT 4 AS four')).toEqual([{ four: 4 }]);
    await user.stop();
    const next = await ensure(sharedDir);
    expect(next).toMatchObject({ owned: false, url: owner.url });
    await next.stop();
    await stopOrphan(sharedDir);
  });

  it('keeps the password in a file only its owner can read, and keeps data across restarts', async () => {
    const first = await ensure(sharedDir);
    expect(statSync(credentialsPath(sharedDir)).mode & 0o777).toBe(0o600);
    const credentials = JSON.parse(await readFile(credentialsPath(sharedDir), 'utf8'));
    expect(first.url).toContain(`:${credentials.password}@127.0.0.1:`);
    await query(first.url, 'CREATE TABLE kept (id INT)');
    await first.stop();

    const again = await ensure(sharedDir);
    expect(again.owned).toBe(true);
    expect(await query(again.url, "SELECT to_regclass('kept')::text AS kept")).toEqual([{ kept: 'kept' }]);
    await again.stop();
  });

  it('attaches to a server whose starting process was killed', async () => {
    const dataDir = path.join(root, 'killed');
    const fromChild = await startInKilledChild(dataDir);
    const server = await ensure(dataDir);
    expect(server.owned).toBe(false);
    expect(server.url).toBe(fromChild.url);
    expect(await query(server.url, 'SELECT 3 AS three')).toEqual([{ three: 3 }]);
  });

  it('says in one line why it cannot start', async () => {
    const notPostgres = path.join(root, 'not-postgres');
    mkdirSync(notPostgres);
    writeFileSync(path.join(notPostgres, 'notes.txt'), 'hello');
    await expect(ensure(notPostgres)).rejects.toThrow(
      `cannot start the embedded PostgreSQL in ${notPostgres}: the folder is not empty and is not a PostgreSQL data folder`,
    );
  });

  it.runIf(process.getuid?.() === 0)('as root, refuses a folder the postgres OS user cannot enter', async () => {
    const privateDir = path.join(root, 'private');
    mkdirSync(privateDir, { mode: 0o700 });
    await expect(ensure(path.join(privateDir, 'pg'))).rejects.toThrow(
      `the postgres OS user cannot enter ${privateDir}`,
    );
  });
});

/** Runs ensureEmbeddedServer in a child Node process, then SIGKILLs that process (not its server). */
function startInKilledChild(dataDir: string): Promise<{ url: string }> {
  const module = pathToFileURL(path.resolve('store/embedded-server.ts')).href;
  const code = `import { ensureEmbeddedServer } from '${module}';
    const server = await ensureEmbeddedServer({ dataDir: process.env.TH_DATA_DIR, log: () => {} });
    console.log(JSON.stringify({ url: server.url, owned: server.owned }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      env: { ...process.env, TH_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let started: { url: string; owned: boolean } | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!started && out.includes('\n')) {
        started = JSON.parse(out);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' && started?.owned ? resolve(started) : reject(new Error(`child did not start: ${out}`)),
    );
  });
}
