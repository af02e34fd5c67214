import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { currentUserJob, JOB_KINDS, listPublicJobs } from '@/server/jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ kind: z.enum(JOB_KINDS).optional() });

/** GET /api/jobs?kind=train: the latest background jobs and the user's job that waits or runs now (if any). */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'jobs.read');
    const { kind } = parseQuery(request, query);
    const [active, jobs] = await Promise.all([currentUserJob(), listPublicJobs(kind)]);
    return json({ active, jobs }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
