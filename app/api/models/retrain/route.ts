import { authorize } from '@/server/auth/authorize';
import { handle, json } from '@/server/http/respond';
import { requestJob } from '@/server/jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/models/retrain: queues a training for the job runner (never run in this request). 202 with
 * the job; 409 while another job waits or runs.
 */
export function POST(request: Request) {
  return handle(async () => {
    const by = await authorize(request, 'models.train');
    return json({ job: await requestJob('train', {}, by) }, { status: 202 });
  });
}
