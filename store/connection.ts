import pg from 'pg';
import { AppError } from '../core/errors';
import { ensureEmbeddedServer } from './embedded-server';
import { appStoreTypes } from './pg-types';

/**
 * The app store: the PostgreSQL database everything users write lives in. A city points DATABASE_URL
 * at its own server; otherwise the product runs an embedded server in a data folder of its own.
 */
export interface AppStore {
  pool: pg.Pool;
  /** Connection URL, password included: log `redactUrl(url)` instead. */
  url: string;
  /**
   * Ends the pool, then stops the embedded server if this store started it and no other process uses
   * it (otherwise it keeps running for them). Safe to call twice.
   */
  close(): Promise<void>;
}

export type OpenAppStoreOptions = {
  log: (line: string) => void;
  /** Shown in pg_stat_activity, so an operator can tell the web server from a CLI. */
  applicationName?: string;
} & ({ databaseUrl: string; dataDir?: string } | { databaseUrl?: undefined; dataDir: string });

/** Small on purpose: a city's server is shared, and the embedded one allows 100 connections in all. */
const POOL_MAX = 10;

export async function openAppStore(options: OpenAppStoreOptions): Promise<AppStore> {
  const server =
    options.databaseUrl === undefined
      ? await ensureEmbeddedServer({ dataDir: options.dataDir, log: options.log })
      : null;
  const url = server?.url ?? options.databaseUrl!;
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_MAX,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: options.applicationName ?? 'tilannehuone',
    types: appStoreTypes,
  });
  // An idle connection that breaks (server restart, network) is dropped by the pool; without a
  // listener its 'error' event would crash the process.
  pool.on('error', (err) => options.log(`app store: an idle connection failed: ${err.message}`));
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    await server?.stop();
    const message = `cannot connect to the app store at ${redactUrl(url)}: ${(err as Error).message}`;
    throw new AppError('unavailable', message, undefined, { cause: err });
  }
  let closing: Promise<void> | undefined;
  return {
    pool,
    url,
    close: () => (closing ??= pool.end().finally(() => server?.stop())),
  };
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparsable URL)';
  }
}
