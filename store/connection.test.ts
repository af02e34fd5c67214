import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, type TestAppStore } from '../tests/builders/app-db';
import { openAppStore, redactUrl } from './connection';
import { openConfiguredAppStore } from './open-configured';
import { readRunningServer } from './postmaster-pid';

let db: TestAppStore;
beforeAll(async () => {
  db = await createTestAppStore();
});
afterAll(() => db.drop());

const one = async (sql: string) => (await db.store.pool.query(sql)).rows[0];

describe('the app store connection', () => {
  it('reads counts, BIGINT ids and NUMERIC amounts as numbers, and dates as YYYY-MM-DD', async () => {
    expect(
      await one(`SELECT count(*) AS n, 9007199254740991::int8 AS big, 1234.56::numeric AS euros,
        DATE '2025-03-01' AS day, ARRAY[1, NULL]::int8[] AS ids, ARRAY[DATE '2025-01-31'] AS days
        FROM generate_series(1, 3)`),
    ).toEqual({
      n: 3,
      big: 9_007_199_254_740_991,
      euros: 1234.56,
      day: '2025-03-01',
      ids: [1, null],
      days: ['2025-01-31'],
    });
  });

  it('refuses a BIGINT that a JavaScript number would round, instead of returning a wrong id', async () => {
    await expect(one('SELECT 9007199254740993::int8 AS n')).rejects.toThrow('BIGINT 9007199254740993 does not fit');
  });

  it('keeps timestamps as instants and names itself to the server', async () => {
    const row = await one(
      `SELECT TIMESTAMPTZ '2025-03-01 12:00:00+02' AS at, current_setting('application_name') AS app`,
    );
    expect(row.at).toEqual(new Date('2025-03-01T10:00:00Z'));
    expect(row.app).toBe('tilannehuone-test');
  });

  it('says which server it cannot reach, without the password', async () => {
    const failure = openAppStore({ databaseUrl: 'postgres://planner:s3cret@127.0.0.1:1/appdb', log: () => {} });
    await expect(failure).rejects.toThrow(
      /^cannot connect to the app store at postgres:\/\/planner:\*\*\*@127\.0\.0\.1:1\/appdb: /,
    );
    await expect(failure).rejects.not.toThrow(/s3cret/);
    expect(redactUrl('not a url')).toBe('(an unparsable URL)');
  });

  it('without DATABASE_URL the product runs its own embedded server, and stops it on close', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'th-connection-'));
    chmodSync(root, 0o755); // as root the server runs as the OS user postgres, which must enter the folder
    try {
      const dataDir = path.join(root, 'appdb');
      const env = { ...process.env, TILANNEHUONE_APPDB: dataDir, DATABASE_URL: undefined };
      const store = await openConfiguredAppStore('test', () => {}, env);
      expect((await store.pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect(readRunningServer(dataDir)).not.toBeNull();
      await store.close();
      await store.close();
      expect(readRunningServer(dataDir)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
