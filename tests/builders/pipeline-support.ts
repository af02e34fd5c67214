import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { loadVariableCatalogue } from '../../pipelines/catalogue/load-variable-catalogue';
import { hashFile, type RawFile } from '../../pipelines/core/read-raw-file';
import { runSqlFile } from '../../pipelines/core/run-sql-file';
import { Sink } from '../../pipelines/core/sink';
import type { Source } from '../../pipelines/core/source';
import { readRows } from '../../core/warehouse/with-warehouse';

/** Writes a fixture file (gzipped when relPath ends in .gz) into a fresh temp raw folder. */
export function writeFixture(
  relPath: string,
  content: string | Buffer,
  root = mkdtempSync(path.join(tmpdir(), 'th-raw-')),
): RawFile {
  const absPath = path.join(root, relPath);
  mkdirSync(path.dirname(absPath), { recursive: true });
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  writeFileSync(absPath, relPath.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return { relPath, absPath, ...hashFile(absPath) };
}

/** An in-memory warehouse with the canonical schema and catalogue, for pipeline tests. */
export async function createTestWarehouse(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await runSqlFile(connection, 'schema.sql');
  await runSqlFile(connection, 'units.sql');
  await loadVariableCatalogue(connection);
  return connection;
}

/** Loads one fixture through a source into an in-memory warehouse; returns the connection to query. */
export async function loadFixture(
  source: Source,
  relPath: string,
  content: string | Buffer,
): Promise<DuckDBConnection> {
  const connection = await createTestWarehouse();
  const sink = await Sink.open(connection);
  sink.startFile(1);
  try {
    await source.load(writeFixture(relPath, content), sink);
  } finally {
    await sink.close();
  }
  return connection;
}

/** Rows of a query as plain JSON-safe objects (BIGINT as string). */
export async function queryRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await readRows(connection, sql)) as Record<string, unknown>[];
}
