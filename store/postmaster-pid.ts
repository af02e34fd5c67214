import { isProcessAlive } from '../core/process-alive';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What PostgreSQL's own lock file says about the server of a data folder. `postmaster.pid` is written
 * by the server at start and removed at a clean stop; its lines are fixed by PostgreSQL
 * (src/include/utils/pidfile.h): 1 pid, 2 data dir, 3 start time, 4 port, 5 socket dir, 6 listen
 * address, 7 shared memory key, 8 status ("starting", "ready", "stopping", "standby").
 */
const postmasterPidSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int().min(1).max(65_535),
  status: z.string(),
});
export type PostmasterPid = z.infer<typeof postmasterPidSchema>;

/** The parsed lock file, or null when there is none (or it is still being written). */
export function readPostmasterPid(dataDir: string): PostmasterPid | null {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const lines = text.split('\n').map((line) => line.trim());
  const parsed = postmasterPidSchema.safeParse({
    pid: Number(lines[0]),
    port: Number(lines[3]),
    status: lines[7] ?? '',
  });
  return parsed.success ? parsed.data : null;
}

/** The server currently running on `dataDir` (any status), or null when none is. */
export function readRunningServer(dataDir: string): PostmasterPid | null {
  const pidFile = readPostmasterPid(dataDir);
  return pidFile && isProcessAlive(pidFile.pid) ? pidFile : null;
}

/**
 * Waits while a server of `dataDir` is starting up or shutting down, so a caller sees either a ready
 * server to attach to or none at all.
 */
export async function waitForSettledServer(dataDir: string, timeoutMs = 10_000): Promise<PostmasterPid | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = readRunningServer(dataDir);
    if (!running || running.status === 'ready') return running;
    if (Date.now() > deadline) {
      throw new Error(`its server (pid ${running.pid}) is still "${running.status}" after ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
