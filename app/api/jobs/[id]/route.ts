import { authorize } from '@/server/auth/authorize';
import { notFound } from '@/core/errors';
import { handle, json } from '@/server/http/respond';
import { readPublicJob } from '@/server/jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/jobs/<id>: status, progress (latest line and the last lines), error and rejected lines of one job. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    await authorize(request, 'jobs.read');
    const { id } = await params;
    const job = /^[a-z0-9-]{6,64}$/.test(id) ? await readPublicJob(id) : null;
    if (!job) throw notFound(`No job ${id}`);
    return json(job, { headers: { 'Cache-Control': 'no-store' } });
  });
}
