import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** Opens a warehouse file read-only for one job (CLIs, notebooks, tests) and always closes it. */
export async function withReadOnlyWarehouse<T>(
  dbPath: string,
  job: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (!existsSync(dbPath)) throw new Error(`no warehouse at ${dbPath}; run npm run ingest first`);
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  try {
    const connection = await instance.connect();
    try {
      return await job(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** Rows of a query as JSON-safe objects (BIGINT arrives as string: parse with zod at the caller). */
export async function readRows(
  connection: DuckDBConnection,
  sql: string,
  params: Record<string, string | number> = {},
): Promise<unknown[]> {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
}
