import { z } from 'zod';
import { JOB_KINDS } from '@/workflows/jobs/job-record';
import { activeJob, listJobs } from '@/workflows/jobs/job-store';
import { json, parseQuery } from '@/server/http/respond';
import { publicJob } from '@/server/http/job-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ kind: z.enum(JOB_KINDS).optional() });

/** GET /api/jobs?kind=train: the latest background jobs and the one running now (if any). */
export function GET(request: Request) {
  const q = parseQuery(request, query);
  if (!q.ok) return q.response;
  const active = activeJob();
  return json(
    { active: active ? publicJob(active) : null, jobs: listJobs(q.data.kind).map(publicJob) },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
