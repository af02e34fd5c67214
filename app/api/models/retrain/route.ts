import { sameOrigin } from '@/workflows/upload/raw-files';
import { startJob } from '@/workflows/jobs/job-store';
import { json } from '@/server/http/respond';
import { jobError, publicJob, startFailure } from '@/server/http/job-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/models/retrain: starts `npm run train` as a background job (a detached process, never in
 * this request). 202 with the job; 409 while another job or warehouse writer runs.
 */
export function POST(request: Request) {
  if (!sameOrigin(request)) return jobError(403, 'forbidden', 'Cross-site request refused');
  try {
    return json({ job: publicJob(startJob('train', {})) }, { status: 202 });
  } catch (err) {
    return startFailure(err);
  }
}
