import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Replaces the rows of one derived table through the appender (column kinds as in sql/schema.sql).
 * Runs inside the derived store's copy-and-swap, so a failure publishes nothing.
 */
export type ColumnKind = 'varchar' | 'double' | 'smallint' | 'integer' | 'boolean';
export type Columns = readonly (readonly [string, ColumnKind])[];

export async function replaceRows(
  connection: DuckDBConnection,
  table: string,
  columns: Columns,
  rows: readonly object[],
): Promise<void> {
  await connection.run(`DELETE FROM ${table}`);
  const appender = await connection.createAppender(table);
  try {
    for (const row of rows) {
      for (const [name, kind] of columns) {
        const v = (row as Record<string, unknown>)[name];
        if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) appender.appendNull();
        else if (kind === 'varchar') appender.appendVarchar(String(v));
        else if (kind === 'double') appender.appendDouble(Number(v));
        else if (kind === 'smallint') appender.appendSmallInt(Number(v));
        else if (kind === 'integer') appender.appendInteger(Number(v));
        else appender.appendBoolean(Boolean(v));
      }
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
}
