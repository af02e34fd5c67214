import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestAppStore, testDatabaseUrl, type TestAppStore } from '../tests/builders/app-db';
import { openAppStore } from './connection';
import { migrateAppStore } from './migrate';
import { readMigrationFiles } from './migration-files';

const log = () => {};
const folders: string[] = [];
let db: TestAppStore;
let migrationsDir: string;

beforeEach(() => {
  migrationsDir = mkdtempSync(path.join(tmpdir(), 'th-migrations-'));
  folders.push(migrationsDir);
  write('001-areas.sql', 'CREATE TABLE areas (code TEXT PRIMARY KEY);');
});
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const write = (file: string, sql: string) => writeFileSync(path.join(migrationsDir, file), sql);
const migrate = () => migrateAppStore(db.store.pool, log, { migrationsDir });
const appliedVersions = async () =>
  (await db.store.pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
const tableExists = async (name: string) =>
  (await db.store.pool.query('SELECT to_regclass($1) IS NOT NULL AS found', [name])).rows[0].found;

describe('app store migrations', () => {
  beforeEach(async () => {
    db = await createTestAppStore({ migrate: false });
  });
  afterEach(() => db.drop());

  it('bring an empty database to the shipped schema', async () => {
    const result = await migrateAppStore(db.store.pool, log);
    expect(result.applied[0]).toBe('001-app-store.sql');
    expect(await tableExists('app_meta')).toBe(true);
  });

  it('apply each file once: a second start changes nothing, a new file is applied alone', async () => {
    expect(await migrate()).toEqual({ applied: ['001-areas.sql'], version: 1 });
    expect(await migrate()).toEqual({ applied: [], version: 1 });
    write('002-scenarios.sql', 'CREATE TABLE scenarios (id INT PRIMARY KEY, area TEXT REFERENCES areas);');
    expect(await migrate()).toEqual({ applied: ['002-scenarios.sql'], version: 2 });
    expect(await appliedVersions()).toEqual([1, 2]);
  });

  it('refuse to start when an applied migration was edited afterwards', async () => {
    await migrate();
    write('001-areas.sql', 'CREATE TABLE areas (code TEXT PRIMARY KEY, name TEXT);');
    await expect(migrate()).rejects.toThrow(/migration 001-areas\.sql was edited after it was applied/);
  });

  it('refuse to start when an applied migration file is missing (code older than the database)', async () => {
    write('002-scenarios.sql', 'CREATE TABLE scenarios (id INT PRIMARY KEY);');
    await migrate();
    unlinkSync(path.join(migrationsDir, '002-scenarios.sql'));
    await expect(migrate()).rejects.toThrow(/has migration 002-scenarios\.sql applied but .* has no such file/);
  });

  it('refuse a new migration numbered before one already applied', async () => {
    write('003-jobs.sql', 'CREATE TABLE jobs (id INT);');
    await migrate();
    write('002-scenarios.sql', 'CREATE TABLE scenarios (id INT);');
    await expect(migrate()).rejects.toThrow(/002-scenarios\.sql is numbered before 003/);
  });

  it('leave the schema at the previous version when a migration fails, naming the file and line', async () => {
    write('002-broken.sql', 'CREATE TABLE half_done (id INT);\nCREATE TABLE oops (id INTEGR);');
    await expect(migrate()).rejects.toThrow(/migration 002-broken\.sql failed at line 2: type "integr" does not exist/);
    expect(await appliedVersions()).toEqual([1]);
    expect(await tableExists('half_done')).toBe(false);
  });

  it('apply each migration exactly once when two processes start at the same time', async () => {
    write('002-scenarios.sql', 'CREATE TABLE scenarios (id INT PRIMARY KEY);');
    write('003-jobs.sql', 'CREATE TABLE jobs (id INT PRIMARY KEY);');
    const other = await openAppStore({ databaseUrl: testDatabaseUrl(db.database), log });
    try {
      const [a, b] = await Promise.all([migrate(), migrateAppStore(other.pool, log, { migrationsDir })]);
      expect([...a.applied, ...b.applied].sort()).toEqual(['001-areas.sql', '002-scenarios.sql', '003-jobs.sql']);
      expect(await appliedVersions()).toEqual([1, 2, 3]);
    } finally {
      await other.close();
    }
  });
});

describe('migration files', () => {
  it('must be named NNN-short-name.sql and numbered once', () => {
    write('2-typo.sql', 'SELECT 1;');
    expect(() => readMigrationFiles(migrationsDir)).toThrow(/2-typo\.sql is not named NNN-short-name\.sql/);
    unlinkSync(path.join(migrationsDir, '2-typo.sql'));
    write('001-again.sql', 'SELECT 1;');
    expect(() => readMigrationFiles(migrationsDir)).toThrow('001-again.sql and 001-areas.sql share a number');
  });

  it('have the same checksum whether checked out with Unix or Windows line endings', () => {
    write('002-lf.sql', 'SELECT 1;\nSELECT 2;\n');
    write('003-crlf.sql', 'SELECT 1;\r\nSELECT 2;\r\n');
    const [, lf, crlf] = readMigrationFiles(migrationsDir);
    expect(crlf.checksum).toBe(lf.checksum);
  });
});
