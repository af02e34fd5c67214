import path from 'node:path';
import { readEnv } from './env';

/**
 * Where each store of the product lives. Every command runs from the project root (npm scripts), so
 * relative settings resolve there. Derived data (with the model registry) and the embedded app database sit
 * beside the warehouse by default, so pointing TILANNEHUONE_DB at a temporary folder moves them all.
 */
export const projectRoot = (): string => process.cwd();

const resolve = (p: string) => path.resolve(projectRoot(), p);

/** The open-data warehouse every command reads or builds (`TILANNEHUONE_DB`). */
export const warehousePath = (env: NodeJS.ProcessEnv = process.env): string => resolve(readEnv(env).TILANNEHUONE_DB);

/** Folder of shipped raw inputs (`TILANNEHUONE_RAW`). */
export const rawDataDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(readEnv(env).TILANNEHUONE_RAW);

const besideWarehouse = (env: NodeJS.ProcessEnv, name: string) => path.join(path.dirname(warehousePath(env)), name);

/** Forecasts, backtests, the model registry and plans: their own file, never copied by an ingest. */
export const derivedPath = (env: NodeJS.ProcessEnv = process.env): string => {
  const own = readEnv(env).TILANNEHUONE_DERIVED;
  return own ? resolve(own) : besideWarehouse(env, 'derived.duckdb');
};

/** Data folder of the embedded PostgreSQL server (unused when DATABASE_URL names a server). */
export const appDbDir = (env: NodeJS.ProcessEnv = process.env): string => {
  const own = readEnv(env).TILANNEHUONE_APPDB;
  return own ? resolve(own) : besideWarehouse(env, 'appdb');
};

/** Where an uploaded file waits for the job that ingests it: data/uploads/<job id>/. */
export const uploadStaging = (jobId: string, env: NodeJS.ProcessEnv = process.env): string =>
  path.join(besideWarehouse(env, 'uploads'), jobId);
