import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { projectRoot, warehousePath } from '../../core/config/paths';
import { isProcessAlive } from '../../core/warehouse/publish';
import { jobRecordSchema, newJobId, newJobRecord, type JobKind, type JobRecord } from './job-record';

/** Job files live beside the warehouse: data/jobs/<id>.json (state) and <id>.log (full output). */
export const jobsDir = (): string => path.join(path.dirname(warehousePath()), 'jobs');
/** Uploaded files wait here until their job has ingested them: data/uploads/<id>/. */
export const uploadsDir = (): string => path.join(path.dirname(warehousePath()), 'uploads');

const recordPath = (id: string) => path.join(jobsDir(), `${id}.json`);
export const logPath = (id: string): string => path.join(jobsDir(), `${id}.log`);
const lockPath = () => path.join(jobsDir(), 'active.lock');

export function writeJob(record: JobRecord): void {
  mkdirSync(jobsDir(), { recursive: true });
  const tmp = `${recordPath(record.id)}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(record, null, 1));
  renameSync(tmp, recordPath(record.id));
}

export function readJob(id: string): JobRecord | null {
  if (!/^[a-z0-9-]{6,64}$/.test(id)) return null;
  try {
    const record = jobRecordSchema.parse(JSON.parse(readFileSync(recordPath(id), 'utf8')));
    // A runner that died without recording its end (killed, machine restarted) failed.
    if (
      (record.status === 'running' || record.status === 'queued') &&
      record.pid !== null &&
      !isProcessAlive(record.pid)
    ) {
      return { ...record, status: 'failed', error: record.error ?? 'the job process ended without reporting' };
    }
    if (record.status === 'queued' && record.pid === null && Date.now() - Date.parse(record.createdAt) > 60_000) {
      return { ...record, status: 'failed', error: 'the job did not start' };
    }
    return record;
  } catch {
    return null;
  }
}

export function listJobs(kind?: JobKind, limit = 20): JobRecord[] {
  if (!existsSync(jobsDir())) return [];
  return readdirSync(jobsDir())
    .filter((n) => n.endsWith('.json'))
    .sort()
    .reverse()
    .map((n) => readJob(n.slice(0, -5)))
    .filter((r): r is JobRecord => r !== null && (kind === undefined || r.kind === kind))
    .slice(0, limit);
}

/** Why a new writing job cannot start now, or null. */
export function busyReason(): string | null {
  const current = activeJob();
  if (current) return `another job (${current.kind}, ${current.id}) is running; wait for it to finish`;
  const writerLock = `${warehousePath()}.lock`;
  if (existsSync(writerLock)) {
    const holder = Number.parseInt(readFileSync(writerLock, 'utf8'), 10);
    if (isProcessAlive(holder))
      return `another command (pid ${holder}) is writing the warehouse; wait for it to finish`;
  }
  return null;
}

/** The job holding the one-writer slot, if its runner is alive. */
export function activeJob(): JobRecord | null {
  let id: string;
  try {
    id = readFileSync(lockPath(), 'utf8').trim();
  } catch {
    return null;
  }
  const record = readJob(id);
  if (record && (record.status === 'running' || record.status === 'queued')) return record;
  return null;
}

export class JobBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JobBusyError';
  }
}

/**
 * Claims the single job slot (one writer at a time), writes the job file and starts the runner
 * detached, so the job outlives the request. Throws JobBusyError while another job or writer runs.
 */
export function startJob(kind: JobKind, args: Record<string, string>, id = newJobId()): JobRecord {
  mkdirSync(jobsDir(), { recursive: true });
  const reason = busyReason();
  if (reason) throw new JobBusyError(reason);
  let fd: number;
  try {
    fd = openSync(lockPath(), 'wx');
  } catch {
    // The holder finished or died (busyReason saw no live job): take the slot over once.
    rmSync(lockPath(), { force: true });
    try {
      fd = openSync(lockPath(), 'wx');
    } catch {
      throw new JobBusyError('another job is starting; wait for it to finish');
    }
  }
  writeSync(fd, id);
  closeSync(fd);
  const record = newJobRecord(id, kind, args);
  try {
    writeJob(record);
    const root = projectRoot();
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['workflows/jobs/run-job.ts', id], {
      cwd: root,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env },
    });
    child.unref();
    // The runner records its own pid and progress; rewriting the file here would race with it.
    return { ...record, pid: child.pid ?? null };
  } catch (err) {
    releaseSlot(id);
    throw err;
  }
}

/** Frees the job slot if `id` holds it (called by the runner when the job ends). */
export function releaseSlot(id: string): void {
  try {
    if (readFileSync(lockPath(), 'utf8').trim() === id) rmSync(lockPath(), { force: true });
  } catch {
    // no slot held
  }
}
