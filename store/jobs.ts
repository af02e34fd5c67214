import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { busy } from '../core/errors';
import { recordAudit, type AuditEvent } from './audit';
import { withTransaction } from './transaction';

/**
 * Background jobs in the app store. Users ask for a training, an activation or an upload; the system
 * asks for a plan refresh when the plan's basis changed. One runner process (started by `npm start`)
 * takes jobs one at a time, oldest first, and holds a session advisory lock on the job it runs: a
 * "running" job whose lock is free was interrupted (the runner was killed) and is marked failed.
 */
export const JOB_KINDS = ['train', 'activate', 'upload', 'refresh'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Jobs people ask for: one at a time, a second is refused while one waits or runs. */
export const USER_JOB_KINDS: readonly JobKind[] = ['train', 'activate', 'upload'];

export interface JobIssue {
  file: string;
  line: number;
  field: string;
  reason: string;
}

export interface JobRecord {
  id: string;
  kind: JobKind;
  args: Record<string, string>;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  requestedBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The latest progress message. */
  phase: string | null;
  error: string | null;
  /** Rejected input lines of a failed upload (file, line, field, reason). */
  issues: JobIssue[];
  /** The last progress messages, oldest first. */
  lines: string[];
}

const INTERRUPTED = 'the job runner stopped before the job finished';
const TAIL = 60;

const rowSchema = z.object({
  id: z.string(),
  kind: z.enum(JOB_KINDS),
  args: z.record(z.string(), z.string()),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  requested_by: z.string().nullable(),
  created_at: z.date(),
  started_at: z.date().nullable(),
  finished_at: z.date().nullable(),
  phase: z.string().nullable(),
  error: z.string().nullable(),
  issues: z.array(z.object({ file: z.string(), line: z.number(), field: z.string(), reason: z.string() })),
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toRecord = (r: z.infer<typeof rowSchema>, lines: string[] = []): JobRecord => ({
  id: r.id,
  kind: r.kind,
  args: r.args,
  status: r.status,
  requestedBy: r.requested_by,
  createdAt: r.created_at.toISOString(),
  startedAt: iso(r.started_at),
  finishedAt: iso(r.finished_at),
  phase: r.phase,
  error: r.error,
  issues: r.issues,
  lines,
});
const COLUMNS = 'id, kind, args, status, requested_by, created_at, started_at, finished_at, phase, error, issues';

/** A job id: sortable by time, random enough not to collide (`20261123-175501-ab12cd`). */
export function newJobId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15).toLowerCase();
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Marks running jobs whose runner is gone as failed (their advisory lock is free). */
export async function reapInterruptedJobs(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `UPDATE job SET status = 'failed', finished_at = now(), error = $1
     WHERE status = 'running' AND pg_try_advisory_xact_lock(hashtext(id)::bigint)`,
    [INTERRUPTED],
  );
  return rowCount ?? 0;
}

export interface NewJob {
  kind: JobKind;
  args?: Record<string, string>;
  /** The requesting user's name (shown) and id (checked again when the job starts); null: the system. */
  requestedBy: string | null;
  requestedById?: number | null;
  id?: string;
}

/**
 * Queues a job. A user's job is refused while another user's job waits or runs (one writer at a
 * time, and the analyst sees why); a refresh is not queued twice.
 */
export async function enqueueJob(
  pool: pg.Pool,
  job: NewJob,
  audit?: Omit<AuditEvent, 'objectType' | 'objectId'>,
): Promise<JobRecord> {
  await reapInterruptedJobs(pool);
  const exclusive = USER_JOB_KINDS.includes(job.kind) ? USER_JOB_KINDS : [job.kind];
  const queued = await withTransaction(pool, async (client) => {
    const { rows } = await client.query(
      `INSERT INTO job (id, kind, args, status, requested_by, requested_by_id)
       SELECT $1, $2, $3, 'queued', $4, $5
       WHERE NOT EXISTS (SELECT 1 FROM job WHERE status IN ('queued', 'running') AND kind = ANY($6))
       RETURNING ${COLUMNS}`,
      [job.id ?? newJobId(), job.kind, job.args ?? {}, job.requestedBy, job.requestedById ?? null, exclusive],
    );
    if (!rows[0]) return null;
    const record = toRecord(rowSchema.parse(rows[0]));
    // The request is recorded with the job it created, in the same transaction.
    if (audit) await recordAudit(client, { ...audit, objectType: 'job', objectId: record.id });
    await client.query(`SELECT pg_notify('job_queued', $1)`, [job.kind]);
    return record;
  });
  if (queued) return queued;
  const current = await activeJob(pool, exclusive);
  throw busy(`another job (${current?.kind ?? job.kind}, ${current?.id ?? '?'}) is running; wait for it to finish`);
}

/** Who asked for a job (checked again by the runner before it starts: roles may have changed). */
export async function requesterOf(pool: pg.Pool, id: string): Promise<number | null> {
  const { rows } = await pool.query('SELECT requested_by_id FROM job WHERE id = $1', [id]);
  return rows[0]?.requested_by_id === null || rows[0] === undefined ? null : Number(rows[0].requested_by_id);
}

/** The queued or running job of these kinds, if any. */
export async function activeJob(pool: pg.Pool, kinds: readonly JobKind[] = JOB_KINDS): Promise<JobRecord | null> {
  await reapInterruptedJobs(pool);
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM job WHERE status IN ('queued', 'running') AND kind = ANY($1) ORDER BY created_at LIMIT 1`,
    [kinds],
  );
  return rows[0] ? withLines(pool, rowSchema.parse(rows[0])) : null;
}

async function withLines(pool: pg.Pool, row: z.infer<typeof rowSchema>): Promise<JobRecord> {
  const { rows } = await pool.query(
    `SELECT message FROM (SELECT seq, message FROM job_event WHERE job_id = $1 ORDER BY seq DESC LIMIT $2) t ORDER BY seq`,
    [row.id, TAIL],
  );
  return toRecord(
    row,
    rows.map((r) => String(r.message)),
  );
}

export async function readJob(pool: pg.Pool, id: string): Promise<JobRecord | null> {
  await reapInterruptedJobs(pool);
  const { rows } = await pool.query(`SELECT ${COLUMNS} FROM job WHERE id = $1`, [id]);
  return rows[0] ? withLines(pool, rowSchema.parse(rows[0])) : null;
}

export async function listJobs(pool: pg.Pool, kind?: JobKind, limit = 20): Promise<JobRecord[]> {
  await reapInterruptedJobs(pool);
  const { rows } = await pool.query(
    `SELECT ${COLUMNS} FROM job WHERE $1::text IS NULL OR kind = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [kind ?? null, limit],
  );
  return Promise.all(rows.map((r) => withLines(pool, rowSchema.parse(r))));
}

/**
 * Takes the oldest queued job for this runner. `session` is the runner's own connection: the
 * advisory lock it takes lives as long as that connection, so a killed runner frees it.
 */
export async function claimNextJob(session: pg.ClientBase, runner: string): Promise<JobRecord | null> {
  const { rows } = await session.query(
    `UPDATE job SET status = 'running', started_at = now(), runner = $1
     WHERE id = (SELECT id FROM job WHERE status = 'queued' ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
     RETURNING ${COLUMNS}`,
    [runner],
  );
  if (!rows[0]) return null;
  const job = toRecord(rowSchema.parse(rows[0]));
  await session.query('SELECT pg_advisory_lock(hashtext($1)::bigint)', [job.id]);
  return job;
}

/** Appends a progress message (it also becomes the job's phase). */
export async function recordJobEvent(pool: pg.Pool, id: string, message: string): Promise<void> {
  await pool.query(
    `WITH e AS (
       INSERT INTO job_event (job_id, seq, message)
       SELECT $1, coalesce(max(seq), 0) + 1, $2 FROM job_event WHERE job_id = $1 RETURNING job_id)
     UPDATE job SET phase = $2 WHERE id = (SELECT job_id FROM e)`,
    [id, message.slice(0, 2000)],
  );
}

export interface JobOutcome {
  ok: boolean;
  error?: string;
  issues?: JobIssue[];
  result?: unknown;
}

export async function finishJob(session: pg.ClientBase, id: string, outcome: JobOutcome): Promise<void> {
  await session.query(
    `UPDATE job SET status = $2, finished_at = now(), error = $3, issues = $4, result = $5 WHERE id = $1`,
    [
      id,
      outcome.ok ? 'succeeded' : 'failed',
      outcome.ok ? null : (outcome.error ?? 'failed'),
      JSON.stringify((outcome.issues ?? []).slice(0, 200)),
      outcome.result === undefined ? null : JSON.stringify(outcome.result),
    ],
  );
  await session.query('SELECT pg_advisory_unlock(hashtext($1)::bigint)', [id]);
}
