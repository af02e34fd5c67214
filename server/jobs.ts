import 'server-only';
import * as jobs from '../store/jobs';
import { JOB_ACTIONS } from '../domain/auth/actions';
import { appPool } from './app-store';
import type { Authorized } from './auth/authorize';

/**
 * Background jobs as the web app sees them: ask for one (the runner process does the work, never the
 * request), follow its progress, list the latest. Answers carry no runner or process details.
 */
export type PublicJob = Omit<jobs.JobRecord, 'requestedBy'>;

export const publicJob = ({ requestedBy: _requestedBy, ...job }: jobs.JobRecord): PublicJob => job;

/** Queues a job for the signed-in user, with the request in the audit trail (same transaction). */
export async function requestJob(
  kind: keyof typeof JOB_ACTIONS,
  args: Record<string, string>,
  by: Authorized,
  id?: string,
): Promise<PublicJob> {
  const job = await jobs.enqueueJob(
    await appPool(),
    { kind, args, requestedBy: by.user.username, requestedById: by.user.id, id },
    { actorId: by.user.id, actor: by.user.username, action: JOB_ACTIONS[kind], outcome: 'ok', address: by.address },
  );
  return publicJob(job);
}

export async function readPublicJob(id: string): Promise<PublicJob | null> {
  const job = await jobs.readJob(await appPool(), id);
  return job ? publicJob(job) : null;
}

export async function listPublicJobs(kind?: jobs.JobKind): Promise<PublicJob[]> {
  return (await jobs.listJobs(await appPool(), kind)).map(publicJob);
}

/** The user's job that waits or runs now (one at a time), if any. */
export async function currentUserJob(): Promise<PublicJob | null> {
  const job = await jobs.activeJob(await appPool(), jobs.USER_JOB_KINDS);
  return job ? publicJob(job) : null;
}

/** Whether a plan refresh is queued or running (pages say the plan is being recomputed). */
export async function refreshPending(): Promise<boolean> {
  return (await jobs.activeJob(await appPool(), ['refresh'])) !== null;
}

export { JOB_KINDS, newJobId } from '../store/jobs';
export type { JobKind } from '../store/jobs';
