import { readEnv } from '../core/config/env';
import { appDbDir } from '../core/config/paths';
import { openAppStore, type AppStore } from './connection';
import { ensureEmbeddedServer } from './embedded-server';
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
  const server = databaseUrl ? null : await ensureEmbeddedServer({ dataDir: appDbDir(env), log });
  const store = await openAppStore({
    databaseUrl: databaseUrl ?? server!.url,
    log,
    applicationName,
    onClose: async () => server?.stop(),
  });
  try {
    await migrateAppStore(store.pool, log);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
