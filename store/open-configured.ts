import { readEnv } from '../core/config/env';
import { appDbDir } from '../core/config/paths';
import { openAppStore, type AppStore } from './connection';
import { migrateAppStore } from './migrate';

/**
 * The app store as configured: DATABASE_URL (a city's server) or the embedded server of the data
 * folder (started, or attached to when another process of the product runs it), migrated to the
 * current schema. Every process of the product opens it this way.
 */
export async function openConfiguredAppStore(
  applicationName: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AppStore> {
  const databaseUrl = readEnv(env).DATABASE_URL;
  const store = databaseUrl
    ? await openAppStore({ databaseUrl, log, applicationName })
    : await openAppStore({ dataDir: appDbDir(env), log, applicationName });
  try {
    await migrateAppStore(store.pool, log);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
