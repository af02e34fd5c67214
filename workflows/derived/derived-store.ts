import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { derivedPath } from '../../core/config/paths';
import { publishFile } from '../../core/warehouse/publish';
import type { LockOptions } from '../../core/warehouse/writer-lock';
import { analyticsFiles, withAnalytics } from '../../core/warehouse/with-warehouse';
import { applyRegistrySchema } from '../../models/registry/store';
import { planTableSql } from '../planning/plan-table';
import { applyWellbeingSchema } from '../wellbeing/wellbeing-schema';

/**
 * The derived store (data/derived.duckdb): model registry, backtests, forecast runs and the baseline
 * plan - everything computed from the open data, nothing a user typed. Jobs and CLIs write it by copy and
 * swap (a small file: an ingest never copies it, and the web server reads the old version until the new
 * one is in place). Every version gets the current schema, so tables added by a release appear in old files.
 */
export async function applyDerivedSchema(connection: DuckDBConnection): Promise<void> {
  await applyRegistrySchema(connection);
  await connection.run(planTableSql());
  await applyWellbeingSchema(connection);
}

/** Applies `job` to a new version of the derived store and publishes it; nothing changes if it throws. */
export function updateDerived<T>(
  job: (connection: DuckDBConnection) => Promise<T>,
  options: LockOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  return publishFile(derivedPath(env), { fromLive: true, prepare: applyDerivedSchema, ...options }, job);
}

/** Creates an empty derived store (schema only) on a fresh machine, so every reader finds its views. */
export async function ensureDerivedStore(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!existsSync(derivedPath(env))) await updateDerived(async () => undefined, { waitMs: 60_000 }, env);
}

/** Reads the warehouse and the derived store together (read-only). */
export async function readAnalytics<T>(
  job: (connection: DuckDBConnection) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  await ensureDerivedStore(env);
  return withAnalytics(analyticsFiles(env), job);
}
