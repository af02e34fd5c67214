import { closeSync, copyFileSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * Writers never modify the live warehouse in place: they work on a copy next to it and rename the
 * copy over the live file when done. Readers (the web server) keep their open file until they see
 * the new one; a killed writer leaves only a stale `.tmp-<pid>` that the next writer removes.
 * A lock file serialises writers (ingest, train, forecast, plan), so no update is lost.
 */
export async function withWriterLock<T>(dbPath: string, job: () => Promise<T>): Promise<T> {
  const lockPath = `${dbPath}.lock`;
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch {
    const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    if (isProcessAlive(holder) && holder !== process.pid) {
      throw new Error(`another command (pid ${holder}) is writing ${dbPath}; wait for it to finish`);
    }
    rmSync(lockPath, { force: true });
    fd = openSync(lockPath, 'wx');
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  try {
    return await job();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/** Opens `path` read-write, runs the job, checkpoints and closes; the caller renames the file. */
export async function withWritableFile<T>(path: string, job: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path);
  try {
    const connection = await instance.connect();
    const result = await job(connection);
    await connection.run('CHECKPOINT');
    connection.closeSync();
    return result;
  } finally {
    instance.closeSync();
  }
}

/** Atomically replaces the live warehouse with a finished build. */
export function swapIntoPlace(tmpPath: string, dbPath: string): void {
  // A WAL left by an earlier writer of the target would be replayed onto the new file.
  rmSync(`${dbPath}.wal`, { force: true });
  renameSync(tmpPath, dbPath);
}

/** Applies `job` to a copy of the warehouse and publishes the copy (used by train, forecast, plan). */
export async function updateWarehouse<T>(
  dbPath: string,
  job: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (!existsSync(dbPath)) throw new Error(`no warehouse at ${dbPath}; run npm run ingest first`);
  return withWriterLock(dbPath, async () => {
    const tmpPath = `${dbPath}.tmp-${process.pid}`;
    try {
      copyFileSync(dbPath, tmpPath);
      const result = await withWritableFile(tmpPath, job);
      swapIntoPlace(tmpPath, dbPath);
      return result;
    } finally {
      rmSync(tmpPath, { force: true });
      rmSync(`${tmpPath}.wal`, { force: true });
    }
  });
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed writer whose parent died too can linger as a zombie (containers whose init does not
  // reap): it answers signals but will never write again.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
