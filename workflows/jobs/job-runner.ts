import os from 'node:os';
import pg from 'pg';
import { isAppError } from '../../core/errors';
import { loadErrorsOf } from '../../pipelines/core/load-error';
import {
  activeJob,
  claimNextJob,
  enqueueJob,
  finishJob,
  reapInterruptedJobs,
  recordJobEvent,
  requesterOf,
  type JobRecord,
} from '../../store/jobs';
import { isPermitted, JOB_ACTIONS } from '../../domain/auth/actions';
import { findUserById } from '../../store/users';
import { JOB_HANDLERS } from './job-handlers';
import { planIsStale } from './plan-freshness';

/**
 * The background-job runner (one process, started by `npm start`). It takes queued jobs one at a time
 * and runs them in this process, so killing the runner stops its job too: nothing keeps writing after
 * the runner is gone, and the job's advisory lock (held on the runner's own connection) is freed, which
 * marks the job failed. Between jobs it keeps derived data fresh: when the plan's basis changed (a new
 * active model, new data, a new units register) it queues a refresh.
 */
export interface RunnerOptions {
  pool: pg.Pool;
  /** The runner's own connection (advisory locks and LISTEN live as long as it). */
  session: pg.Client;
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** How often to look for a stale plan when no job arrives. */
  idleMs?: number;
  signal: AbortSignal;
}

export async function runJobs(options: RunnerOptions): Promise<void> {
  const { pool, session, log, signal } = options;
  const env = options.env ?? process.env;
  const runner = `${os.hostname()}:${process.pid}`;
  const reaped = await reapInterruptedJobs(pool);
  if (reaped) log(`${reaped} interrupted job(s) marked failed`);
  let wake: (() => void) | undefined;
  session.on('notification', () => wake?.());
  await session.query('LISTEN job_queued');
  signal.addEventListener('abort', () => wake?.());
  while (!signal.aborted) {
    const job = await claimNextJob(session, runner);
    if (job) {
      await runOne(job, options, env);
      continue;
    }
    await queueRefreshIfStale(pool, env, log);
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, options.idleMs ?? 5_000);
    });
  }
}

/** A user's job runs only while its requester may still do it (roles can change while it waits). */
async function requesterMayRun(job: JobRecord, pool: pg.Pool): Promise<boolean> {
  if (job.kind === 'refresh') return true;
  const requester = await requesterOf(pool, job.id);
  const user = requester === null ? null : await findUserById(pool, requester);
  return !!user && !user.disabled && isPermitted(user, JOB_ACTIONS[job.kind]);
}

async function runOne(job: JobRecord, o: RunnerOptions, env: NodeJS.ProcessEnv) {
  o.log(`job ${job.id} (${job.kind}) started`);
  if (!(await requesterMayRun(job, o.pool))) {
    await finishJob(o.session, job.id, {
      ok: false,
      error: `${job.kind} refused: the requester may no longer do this`,
    });
    o.log(`job ${job.id} (${job.kind}) refused: its requester is no longer permitted`);
    return;
  }
  // Progress is written in order; a failed write is logged, never fails the job.
  let events = Promise.resolve();
  const log = (line: string) => {
    events = events.then(() => recordJobEvent(o.pool, job.id, line)).catch((err) => o.log(`job event lost: ${err}`));
  };
  try {
    const result = await JOB_HANDLERS[job.kind]({ job, pool: o.pool, env, log });
    await events;
    await finishJob(o.session, job.id, { ok: true, result });
    o.log(`job ${job.id} (${job.kind}) succeeded`);
  } catch (err) {
    await events;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    if (!isAppError(err)) o.log(`job ${job.id} failed unexpectedly: ${err instanceof Error ? err.stack : message}`);
    const issues = loadErrorsOf(err).map((e) => ({ file: e.file, line: e.line, field: e.field, reason: e.reason }));
    await finishJob(o.session, job.id, { ok: false, error: `${job.kind} failed: ${message}`, issues });
    o.log(`job ${job.id} (${job.kind}) failed: ${message}`);
  }
}

async function queueRefreshIfStale(pool: pg.Pool, env: NodeJS.ProcessEnv, log: (line: string) => void) {
  try {
    const stale = await planIsStale(env);
    if (!stale || (await activeJob(pool, ['refresh']))) return;
    await enqueueJob(pool, { kind: 'refresh', requestedBy: null });
    log(`plan refresh queued: ${stale}`);
  } catch (err) {
    // No warehouse yet, or another writer busy: try again on the next round.
    log(`freshness check skipped: ${err instanceof Error ? err.message : String(err)}`);
  }
}
