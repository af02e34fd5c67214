import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { busy } from '../errors';
import { acquireWriterLock, isBeingWritten, type LockOptions } from './writer-lock';

/**
 * How every DuckDB file of the product is written: never in place. A writer builds a new file (or a
 * copy of the live one) next to it and renames it over the live file when done, so readers never see
 * a half-written file and a killed writer leaves the live file exactly as it was.
 * One writer per file at a time: core/warehouse/writer-lock.ts.
 */
export async function withWriterLock<T>(file: string, job: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  let compromised: Error | null = null as Error | null;
  const release = await acquireWriterLock(file, options, (err) => (compromised = err));
  try {
    const result = await job();
    // A writer whose lock was taken over must not publish what it wrote: someone else holds the file.
    if (compromised) throw busy(`the write lock of ${path.basename(file)} was lost: ${String(compromised)}`);
    return result;
  } finally {
    await release().catch(() => undefined);
  }
}

/** Opens `file` read-write, runs the job, checkpoints (no WAL left behind) and closes. */
export async function withWritableFile<T>(file: string, job: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(file);
  try {
    const connection = await instance.connect();
    try {
      const result = await job(connection);
      await connection.run('CHECKPOINT');
      return result;
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** With the lock held, every build file next to `file` is a leftover of a killed writer. */
function removeLeftoverBuilds(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) return;
  const prefix = `${path.basename(file)}.tmp-`;
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(path.join(dir, name), { force: true });
}

/** Removes leftovers of killed writers when no writer is at work now (a no-op run tidies up too). */
export async function tidyLeftoverBuilds(file: string): Promise<void> {
  if (await isBeingWritten(file)) return;
  await withWriterLock(file, async () => removeLeftoverBuilds(file)).catch(() => undefined);
}

export interface PublishOptions extends LockOptions {
  /** Start from a copy of the live file (an update) instead of an empty file (a rebuild). */
  fromLive: boolean;
  /** Prepares an empty file (schema) before the job; also run on a copy, so new tables appear in old files. */
  prepare?: (connection: DuckDBConnection) => Promise<void>;
}

/**
 * Writes a new version of `file` and renames it into place. `job` runs on the new version; if it
 * throws, nothing is published.
 */
export async function publishFile<T>(
  file: string,
  options: PublishOptions,
  job: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  return withWriterLock(
    file,
    async () => {
      removeLeftoverBuilds(file);
      const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
      try {
        if (options.fromLive && existsSync(file)) copyFileSync(file, tmp);
        const result = await withWritableFile(tmp, async (connection) => {
          await options.prepare?.(connection);
          return job(connection);
        });
        // A WAL left by an earlier writer of the target would be replayed onto the new file.
        rmSync(`${file}.wal`, { force: true });
        renameSync(tmp, file);
        return result;
      } finally {
        rmSync(tmp, { force: true });
        rmSync(`${tmp}.wal`, { force: true });
      }
    },
    options,
  );
}
