import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, type TestAppStore } from '../tests/builders/app-db';
import { withTransaction } from './transaction';

let db: TestAppStore;
beforeAll(async () => {
  db = await createTestAppStore();
  await db.store.pool.query('CREATE TABLE notes (id INT PRIMARY KEY, text TEXT NOT NULL)');
});
afterAll(() => db.drop());

const countNotes = async () => (await db.store.pool.query('SELECT count(*) AS n FROM notes')).rows[0].n;

describe('a transaction in the app store', () => {
  it('keeps every write when the work succeeds', async () => {
    const result = await withTransaction(db.store.pool, async (client) => {
      await client.query("INSERT INTO notes VALUES (1, 'first'), (2, 'second')");
      return 'done';
    });
    expect(result).toBe('done');
    expect(await countNotes()).toBe(2);
  });

  it('keeps none of them when the work fails half-way, and reports the failure itself', async () => {
    const failure = withTransaction(db.store.pool, async (client) => {
      await client.query("INSERT INTO notes VALUES (3, 'third')");
      throw new Error('the offer round was closed meanwhile');
    });
    await expect(failure).rejects.toThrow('the offer round was closed meanwhile');
    expect(await countNotes()).toBe(2);
  });

  it('reports the original error when the connection dies, and the pool carries on', async () => {
    const failure = withTransaction(db.store.pool, async (client) => {
      await client.query("INSERT INTO notes VALUES (4, 'fourth')");
      await client.query('SELECT pg_terminate_backend(pg_backend_pid())');
    });
    await expect(failure).rejects.toThrow(/terminat/);
    expect(await countNotes()).toBe(2);
  });
});
