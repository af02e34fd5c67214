import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { derivedPath, warehousePath } from '../config/paths';
import { unavailable } from '../errors';

/** Opens one DuckDB file read-only for one job (the ingest's own checks, tests) and always closes it. */
export async function withReadOnlyWarehouse<T>(
  dbPath: string,
  job: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (!existsSync(dbPath)) throw unavailable(`no warehouse at ${dbPath}; run npm run ingest first`);
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

/** The two analytics files: open data (built by ingest) and what is derived from it (forecasts, plans). */
export interface AnalyticsFiles {
  warehouse: string;
  derived: string;
}

/** The configured analytics files (`TILANNEHUONE_DB`, `TILANNEHUONE_DERIVED`). */
export const analyticsFiles = (env: NodeJS.ProcessEnv = process.env): AnalyticsFiles => ({
  warehouse: warehousePath(env),
  derived: derivedPath(env),
});

const quote = (p: string) => `'${p.replaceAll("'", "''")}'`;

/**
 * Statements that attach both files read-only to an in-memory database so one query can join open data
 * with forecasts and plans. Views resolve inside their own file (a derived view never reads a warehouse
 * table by accident); unqualified names search the warehouse first, then the derived store. The derived
 * store is left out until the first training has written it.
 */
export function attachStatements(files: AnalyticsFiles): string {
  const derived = existsSync(files.derived);
  return [
    `ATTACH ${quote(files.warehouse)} AS wh (READ_ONLY)`,
    ...(derived ? [`ATTACH ${quote(files.derived)} AS dv (READ_ONLY)`] : []),
    'USE wh',
    `SET search_path = '${derived ? 'wh.main,dv.main' : 'wh.main'}'`,
  ].join(';\n');
}

/** Opens the warehouse and the derived store together, read-only, for one job (CLIs, jobs, notebooks). */
export async function withAnalytics<T>(
  files: AnalyticsFiles,
  job: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (!existsSync(files.warehouse)) throw unavailable(`no warehouse at ${files.warehouse}; run npm run ingest first`);
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      await connection.run(attachStatements(files));
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
  params: Record<string, string | number | boolean | null> = {},
): Promise<unknown[]> {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
}

/** True when a table or view of this name is visible to the connection (in any attached file). */
export async function relationExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const rows = await readRows(
    connection,
    `SELECT 1 FROM duckdb_tables() WHERE table_name = $n UNION ALL SELECT 1 FROM duckdb_views() WHERE view_name = $n`,
    { n: name },
  );
  return rows.length > 0;
}
