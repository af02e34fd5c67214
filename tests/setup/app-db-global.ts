import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { redactUrl } from '../../store/connection';
import { ensureEmbeddedServer } from '../../store/embedded-server';

/**
 * One PostgreSQL server for the whole test run, never the developer's app store: a throwaway embedded
 * server in a fresh temp folder, or the server `TEST_DATABASE_URL` names (CI uses Debian's
 * PostgreSQL 15 so the product is also tested on the oldest server a city may run). Test files then
 * create a database each on it (tests/builders/app-db.ts) and can run in parallel.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server; its databases are created and dropped by the tests. */
    appDbAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    await assertReachable(given);
    project.provide('appDbAdminUrl', given);
    return async () => {};
  }
  const root = mkdtempSync(path.join(tmpdir(), 'th-test-appdb-'));
  // As root the server runs as the OS user postgres, which must be able to enter the folder.
  chmodSync(root, 0o755);
  try {
    const server = await ensureEmbeddedServer({ dataDir: path.join(root, 'pg'), log: serverLog });
    project.provide('appDbAdminUrl', server.url);
    return async () => {
      await server.stop({ evenIfInUse: true });
      rmSync(root, { recursive: true, force: true });
    };
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw err;
  }
}

/** Quiet by default: tests provoke errors on purpose. TEST_APPDB_LOG=1 shows the server's log lines. */
const serverLog = (line: string) => {
  if (process.env.TEST_APPDB_LOG === '1') console.error(`[test app db] ${line}`);
};

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new Error(`TEST_DATABASE_URL ${redactUrl(url)} cannot be reached: ${(err as Error).message}`, { cause: err });
  } finally {
    await client.end().catch(() => undefined);
  }
}
