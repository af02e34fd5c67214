import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

const sqlDir = new URL('../sql/', import.meta.url);

export function readSql(name: string): string {
  return readFileSync(new URL(name, sqlDir), 'utf8');
}

/** Runs every statement of a .sql file under pipelines/sql (DuckDB accepts several statements per call). */
export async function runSqlFile(connection: DuckDBConnection, name: string): Promise<void> {
  await connection.run(readSql(name));
}
