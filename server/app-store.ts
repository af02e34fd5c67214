import 'server-only';
import type pg from 'pg';
import { AppError } from '../core/errors';
import type { AppStore } from '../store/connection';
import { openConfiguredAppStore } from '../store/open-configured';

/**
 * The web process's connection pool to the app store. `npm start` hands the server a DATABASE_URL (a
 * city's server, or the embedded one it started); a bare `next start` attaches to the embedded server
 * of the data folder. Opened on first use, once per process; a failed open is retried on the next request.
 */
const holder = globalThis as typeof globalThis & { tilannehuoneAppStore?: Promise<AppStore> };

const log = (line: string) => console.log(`[app-store] ${line}`);

export async function appPool(): Promise<pg.Pool> {
  holder.tilannehuoneAppStore ??= openConfiguredAppStore('tilannehuone-web', log);
  try {
    return (await holder.tilannehuoneAppStore).pool;
  } catch (err) {
    holder.tilannehuoneAppStore = undefined;
    console.error('[app-store] unavailable:', err);
    throw new AppError('unavailable', 'The application database is not available; try again shortly');
  }
}
