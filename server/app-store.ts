import 'server-only';
import type pg from 'pg';
import { readEnv } from '../core/config/env';
import { appDbDir } from '../core/config/paths';
import { AppError } from '../core/errors';
import { embeddedServerUrl } from '../store/attach-embedded';
import { openAppStore, type AppStore } from '../store/connection';
import { migrateAppStore } from '../store/migrate';

/**
 * The web process's connection pool to the app store. `npm start` hands the server a DATABASE_URL (a
 * city's server, or the embedded one it started); a bare `next start` attaches to the embedded server
 * running on the data folder. The web server never starts a database itself. Opened on first use, once
 * per process; a failed open is retried on the next request.
 */
const holder = globalThis as typeof globalThis & { tilannehuoneAppStore?: Promise<AppStore> };

const log = (line: string) => console.log(`[app-store] ${line}`);

async function open(): Promise<AppStore> {
  const databaseUrl = readEnv().DATABASE_URL ?? embeddedServerUrl(appDbDir());
  if (!databaseUrl)
    throw new Error('no DATABASE_URL and no embedded server running (start the product with npm start)');
  const store = await openAppStore({ databaseUrl, log, applicationName: 'tilannehuone-web' });
  await migrateAppStore(store.pool, log);
  return store;
}

export async function appPool(): Promise<pg.Pool> {
  holder.tilannehuoneAppStore ??= open();
  try {
    return (await holder.tilannehuoneAppStore).pool;
  } catch (err) {
    holder.tilannehuoneAppStore = undefined;
    console.error('[app-store] unavailable:', err);
    throw new AppError('unavailable', 'The application database is not available; try again shortly');
  }
}
