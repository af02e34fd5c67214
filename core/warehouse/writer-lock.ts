import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { busy } from '../errors';
import { isProcessAlive } from '../process-alive';

/**
 * One writer per file at a time, across processes. The lock is a folder `<file>.lock` (proper-lockfile)
 * whose holder refreshes its mtime every few seconds; a lock not refreshed for a minute is stale. Beside
 * it, `<file>.lock-owner` names the holder (host and pid): a holder on this machine that is no longer
 * running gives its lock up at once, so a killed ingest does not block the next one for a minute. A pid
 * can be reused by another process - then the lock just waits for its mtime to go stale; it is never
 * taken from a live writer on the strength of a pid alone.
 */
const STALE_MS = 60_000;
const UPDATE_MS = 5_000;
const lockOptions = { realpath: false, stale: STALE_MS, update: UPDATE_MS };

export interface LockOptions {
  /** Wait for the current writer instead of failing at once. */
  waitMs?: number;
  onWait?: () => void;
}

const ownerFile = (file: string) => `${file}.lock-owner`;

/** The lock's holder was a process of this machine that has ended: remove its lock (true when removed). */
function clearIfHolderDead(file: string): boolean {
  try {
    const [host, pid] = readFileSync(ownerFile(file), 'utf8').trim().split(':');
    const lockDir = `${file}.lock`;
    // The owner file must belong to the lock there now (written right after it was taken).
    if (host !== os.hostname() || isProcessAlive(Number(pid))) return false;
    if (statSync(lockDir).mtimeMs > statSync(ownerFile(file)).mtimeMs + UPDATE_MS * 2) return false;
    rmSync(lockDir, { recursive: true, force: true });
    rmSync(ownerFile(file), { force: true });
    return true;
  } catch {
    // no owner file (an older lock) or no lock: proper-lockfile's staleness rule applies
    return false;
  }
}

export async function acquireWriterLock(file: string, options: LockOptions, onCompromised: (err: Error) => void) {
  const deadline = Date.now() + (options.waitMs ?? 0);
  let clearedOnce = false;
  for (let waited = false; ; waited = true) {
    try {
      const release = await lockfile.lock(file, { ...lockOptions, onCompromised });
      writeFileSync(ownerFile(file), `${os.hostname()}:${process.pid}`);
      return async () => {
        rmSync(ownerFile(file), { force: true });
        await release();
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      // A lock left by a writer that has ended is cleared once, then taken at once.
      if (!clearedOnce && clearIfHolderDead(file)) {
        clearedOnce = true;
        continue;
      }
      if (Date.now() >= deadline)
        throw busy(`another command is writing ${path.basename(file)}; wait for it to finish`);
      if (!waited) options.onWait?.();
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** True while a live process holds the write lock of `file`. */
export async function isBeingWritten(file: string): Promise<boolean> {
  clearIfHolderDead(file);
  return lockfile.check(file, lockOptions);
}
