import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../core/errors';
import {
  createCredentials,
  credentialsPath,
  readCredentials,
  serverUrl,
  type EmbeddedCredentials,
} from './embedded-credentials';
import { waitForSettledServer } from './postmaster-pid';
import { countOtherClients, holdLease } from './server-users';
import { initialiseDataDir, startServer, type StartedServer } from './start-postgres';

/**
 * The app store's own PostgreSQL when no city server is configured: a persistent data folder on this
 * machine, created on first use. Several processes share it (the web server, CLIs, a second terminal):
 * the first one starts the server, the others attach to it. A server whose starting process was killed
 * keeps running and is attached to as well.
 */
export interface EmbeddedServer {
  /** postgres:// URL of the `postgres` database, password included: never log it. */
  url: string;
  /** True when this call started the server. */
  owned: boolean;
  /**
   * Attached: lets go of the server. Owned: stops it - unless other processes still use it, then it
   * keeps running for them (`evenIfInUse` stops it anyway: the test run's throwaway server).
   */
  stop(options?: { evenIfInUse?: boolean }): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  log: (line: string) => void;
}

type Log = (line: string) => void;

export async function ensureEmbeddedServer({ dataDir, log }: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir);
  try {
    mkdirSync(path.dirname(dir), { recursive: true });
    assertReachableByPostgres(dir);
    return await withStartLock(dir, log, () => attachOrStart(dir, log));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const message = `cannot start the embedded PostgreSQL in ${dir}: ${reason.split('\n')[0]}`;
    throw new AppError('unavailable', message, undefined, { cause: err });
  }
}

async function attachOrStart(dir: string, log: Log): Promise<EmbeddedServer> {
  const credentials = readCredentials(dir) ?? newCredentials(dir);
  for (let attempt = 1; ; attempt++) {
    const running = await waitForSettledServer(dir);
    if (running) {
      try {
        const server = await attach(credentials, running.port, log);
        log(`app store: using the embedded PostgreSQL already running in ${dir} (port ${running.port})`);
        return server;
      } catch (err) {
        if (attempt >= 3) throw err; // else it was being stopped just then: look again
        continue;
      }
    }
    if (!existsSync(path.join(dir, 'PG_VERSION'))) await initialise(dir, credentials, log);
    const started = await startServer({ dataDir: dir, credentials, log });
    if (started) return own(dir, started, serverUrl(credentials, started.port), log);
  }
}

async function attach(credentials: EmbeddedCredentials, port: number, log: Log): Promise<EmbeddedServer> {
  const url = serverUrl(credentials, port);
  const lease = await holdLease(url, log);
  return { url, owned: false, stop: () => lease.release() };
}

function own(dir: string, started: StartedServer, url: string, log: Log): EmbeddedServer {
  log(`app store: started the embedded PostgreSQL in ${dir} on port ${started.port}`);
  let stopping: Promise<void> | undefined;
  const stop = async (evenIfInUse: boolean) => {
    const others = evenIfInUse ? 0 : await countOtherClients(url).catch(() => 0);
    if (others > 0) {
      started.detach();
      log(`app store: left the embedded PostgreSQL in ${dir} running for the ${others} other connection(s) using it`);
      return;
    }
    await started.stop();
    log(`app store: stopped the embedded PostgreSQL in ${dir}`);
  };
  return { url, owned: true, stop: (options) => (stopping ??= stop(options?.evenIfInUse ?? false)) };
}

async function initialise(dir: string, credentials: EmbeddedCredentials, log: Log): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error('the folder is not empty and is not a PostgreSQL data folder (no PG_VERSION)');
  }
  const started = Date.now();
  await initialiseDataDir({ dataDir: dir, credentials, log });
  log(`app store: created a new embedded PostgreSQL in ${dir} (${Date.now() - started} ms)`);
}

function newCredentials(dir: string): EmbeddedCredentials {
  if (existsSync(path.join(dir, 'PG_VERSION'))) {
    throw new Error(`its credentials file ${credentialsPath(dir)} is missing; restore it or remove the folder`);
  }
  return createCredentials(dir);
}

/**
 * As root the server runs as the OS user `postgres`, which must be able to enter every parent folder
 * (a fresh mkdtemp folder or /root is mode 0700). Checked up front: PostgreSQL's own message is vague.
 */
function assertReachableByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let folder = path.dirname(dir); ; folder = path.dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) {
      throw new Error(`the postgres OS user cannot enter ${folder}; chmod o+x it or choose another folder`);
    }
    if (folder === path.dirname(folder)) return;
  }
}

/** One starter at a time per data folder, across processes; the others then find it running. */
async function withStartLock<T>(dir: string, log: Log, job: () => Promise<T>): Promise<T> {
  const release = await lockfile
    .lock(dir, {
      realpath: false,
      lockfilePath: `${dir}.lock`,
      stale: 15_000,
      update: 5_000,
      retries: { retries: 80, factor: 1, minTimeout: 250, maxTimeout: 250 },
      onCompromised: (err) => log(`app store: the start lock of ${dir} was lost: ${err.message}`),
    })
    .catch((err: NodeJS.ErrnoException) => {
      throw err.code === 'ELOCKED' ? new Error('another process has been starting it for 20 s', { cause: err }) : err;
    });
  try {
    return await job();
  } finally {
    await release().catch(() => undefined);
  }
}
