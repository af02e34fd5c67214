import { readJob } from '@/workflows/jobs/job-store';
import { json } from '@/server/http/respond';
import { jobError, publicJob } from '@/server/http/job-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/jobs/<id>: status, progress (latest line and the last lines), error and rejected lines of one job. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const job = readJob(id);
  if (!job) return jobError(404, 'not_found', `No job ${id}`);
  return json(publicJob(job), { headers: { 'Cache-Control': 'no-store' } });
}
