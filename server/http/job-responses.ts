import 'server-only';
import { NextResponse } from 'next/server';
import { JobBusyError } from '@/workflows/jobs/job-store';
import type { JobRecord } from '@/workflows/jobs/job-record';

/** Answers of the job endpoints: typed JSON errors, no stack traces or paths. */
export function jobError(
  status: number,
  code: 'bad_request' | 'busy' | 'forbidden' | 'not_found' | 'internal',
  message: string,
  issues?: { param: string; message: string }[],
) {
  return NextResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

/** What a client sees of a job (no pid). */
export const publicJob = (j: JobRecord) => ({
  id: j.id,
  kind: j.kind,
  args: j.args,
  status: j.status,
  createdAt: j.createdAt,
  startedAt: j.startedAt,
  finishedAt: j.finishedAt,
  phase: j.phase,
  lines: j.lines,
  error: j.error,
  issues: j.issues,
});

export function startFailure(err: unknown) {
  if (err instanceof JobBusyError) return jobError(409, 'busy', `Cannot start now: ${err.message}.`);
  console.error('[jobs] could not start a job:', err);
  return jobError(500, 'internal', 'The job could not be started.');
}
