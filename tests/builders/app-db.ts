import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openAppStore, type AppStore } from '../../store/connection';
import { migrateAppStore } from '../../store/migrate';

/**
 * A fresh, empty app store database for one test file (or one test), on the run's test server
 * (tests/setup/app-db-global.ts). Real PostgreSQL, never a mock, never the developer's data; each
 * database has a unique name, so test files running in parallel never see each other's rows.
 */
export interface TestAppStore {
  store: AppStore;
  /** The database's name on the test server. */
  database: string;
  /** Closes the store and drops its database; safe to call twice. */
  drop(): Promise<void>;
}

export interface TestAppStoreOptions {
  /** Apply store/migrations (default). Migration tests start from an empty database instead. */
  migrate?: boolean;
}

export async function createTestAppStore({ migrate = true }: TestAppStoreOptions = {}): Promise<TestAppStore> {
  const database = `th_test_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(`CREATE DATABASE ${database}`);
  let store: AppStore | undefined;
  let dropping: Promise<void> | undefined;
  const drop = () =>
    (dropping ??= (async () => {
      await store?.close();
      await runAsAdmin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    })());
  try {
    store = await openAppStore({
      databaseUrl: testDatabaseUrl(database),
      log: () => {},
      applicationName: 'tilannehuone-test',
    });
    if (migrate) await migrateAppStore(store.pool, () => {});
    return { store, database, drop };
  } catch (err) {
    await drop().catch(() => undefined);
    throw err;
  }
}

/** URL of `database` on the test server (the server's own maintenance database by default). */
export function testDatabaseUrl(database?: string): string {
  const adminUrl = inject('appDbAdminUrl');
  if (!adminUrl) throw new Error('no test PostgreSQL: run vitest with vitest.config.ts (tests/setup/app-db-global.ts)');
  if (!database) return adminUrl;
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function runAsAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl(), application_name: 'tilannehuone-test-admin' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
