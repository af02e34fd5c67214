import { AppError } from '@/core/errors';
import { handle, json } from '@/server/http/respond';
import { assertSameOrigin } from '@/server/http/same-origin';
import { stageUpload } from '@/server/uploads';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/uploads (multipart: `file`, `folder`): stages the file and queues a job that ingests it with
 * the CLI's validation. 202 with the job; 400 for a bad name or folder; 409 while another job runs.
 */
export function POST(request: Request) {
  return handle(async () => {
    assertSameOrigin(request);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      throw new AppError('bad_request', 'Expected a multipart form with a file and a folder');
    }
    const file = form.get('file');
    const folder = form.get('folder');
    const job = await stageUpload(file instanceof File ? file : null, typeof folder === 'string' ? folder : null);
    return json({ job }, { status: 202 });
  });
}
