import { z } from 'zod';
import { JOB_KINDS } from '@/lib/jobs/job-record';
import { activeJob, listJobs } from '@/lib/jobs/job-store';
import { json, parseQuery } from '../_lib/respond';
import { publicJob } from './_respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ kind: z.enum(JOB_KINDS).optional() });

/** GET /api/jobs?kind=train: the latest background jobs and the one running now (if any). */
export function GET(request: Request) {
  const q = parseQuery(request, query);
  if (!q.ok) return q.response;
  const active = activeJob();
  return json({ active: active ? publicJob(active) : null, jobs: listJobs(q.data.kind).map(publicJob) }, { headers: { 'Cache-Control': 'no-store' } });
}
