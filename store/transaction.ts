import type pg from 'pg';

/**
 * Runs `fn` in one transaction on one pooled connection: COMMIT when it resolves, ROLLBACK when it
 * throws. The error `fn` threw is what the caller sees, even if the rollback fails too; a connection
 * that broke or could not roll back is destroyed rather than handed to the next caller.
 *
 * Use this (or pool.query) rather than pool.connect(): a checked-out connection that dies emits an
 * 'error' event, and without a listener - the pool only listens while it is idle - that event
 * crashes the whole process.
 */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (err: Error) => (broken ??= err);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken ??= rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}
