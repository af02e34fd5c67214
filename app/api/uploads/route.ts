import { authorize } from '@/server/auth/authorize';
import { handle, json } from '@/server/http/respond';
import { unproxied } from '@/server/http/unproxied-route';
import { stageUpload } from '@/server/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/uploads (multipart: `folder`, `file`): streams the file to a staging folder (size and unpacked
 * size limited as it arrives) and queues a job that ingests it with the CLI's validation. 202 with the
 * job; 400 for a bad name, folder or gzip; 413 when too large; 409 while another job runs. The proxy
 * skips this route so the body streams straight to disk (server/http/unproxied-route.ts).
 */
export function POST(request: Request) {
  return unproxied(request, () =>
    handle(async () => {
      const by = await authorize(request, 'data.upload');
      return json({ job: await stageUpload(request, by) }, { status: 202 });
    }),
  );
}
