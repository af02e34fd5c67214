import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Role } from '../../domain/auth/actions';

/**
 * The product as benchmarks use it: started the way `npm start` runs it (warehouse, app store, web
 * server, job runner) on a port of its own, and signed-in users made with the real `npm run users` CLI.
 */
export interface Product {
  base: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startProduct(
  port: number,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 900_000,
): Promise<Product> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'workflows/start.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port) },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void exited.then(() => (ended = true));
  while (Date.now() < deadline && !ended) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return {
          base,
          process: child,
          exited,
          stop: async (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill('SIGKILL');
  throw new Error(`the product did not answer on ${base}`);
}

/** A user with these roles made with the CLI (a second run resets its password); returns the password. */
export function ensureUser(username: string, roles: Role[], env: NodeJS.ProcessEnv = process.env): string {
  const password = randomBytes(18).toString('base64url');
  const run = (command: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'workflows/cli/users-cli.ts', ...command], {
      input: `${password}\n`,
      encoding: 'utf8',
      env,
    });
  const created = run(['create', username, ...roles.flatMap((r) => ['--role', r])]);
  if (created.status !== 0 && !/exists/.test(created.stderr)) throw new Error(`users create failed: ${created.stderr}`);
  if (created.status !== 0) {
    const reset = run(['set-password', username]);
    if (reset.status !== 0) throw new Error(`users set-password failed: ${reset.stderr}`);
  }
  return password;
}

/** Signs in through the API; returns the Cookie header to send. */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}
