import { readdirSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { LoadError } from './load-error';
import { readSql } from './run-sql-file';

/**
 * Data-quality checks: each pipelines/sql/checks/*.sql returns the offending rows as
 * (file, line, field, reason); a check passes when it returns none. The first failure aborts the load.
 */
export async function runChecks(connection: DuckDBConnection): Promise<number> {
  const names = readdirSync(new URL('../sql/checks/', import.meta.url))
    .filter((n) => n.endsWith('.sql'))
    .sort();
  for (const name of names) {
    const reader = await connection.runAndReadAll(
      `SELECT * FROM (${readSql(`checks/${name}`).replace(/;\s*$/, '')}) LIMIT 1`,
    );
    const [row] = reader.getRowObjectsJson() as { file: string; line: number; field: string; reason: string }[];
    if (row)
      throw new LoadError(row.file, Number(row.line), row.field, `${row.reason} [check ${name.replace('.sql', '')}]`);
  }
  return names.length;
}
