import { z } from 'zod';
import { fetchModelVersions } from '@/server/queries/models';
import { sameOrigin } from '@/workflows/upload/raw-files';
import { startJob } from '@/workflows/jobs/job-store';
import { handle, json } from '@/server/http/respond';
import { jobError, publicJob, startFailure } from '@/server/http/job-responses';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const body = z.strictObject({ version: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'a model version name') });

/**
 * POST /api/models/activate {"version": "..."}: makes a registered version the active model (activate or
 * roll back). Runs workflows/cli/activate-cli.ts as a background job; 202 with the job, 409 while busy.
 */
export function POST(request: Request) {
  return handle(async () => {
    if (!sameOrigin(request)) return jobError(403, 'forbidden', 'Cross-site request refused');
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      return jobError(400, 'bad_request', 'Expected a JSON body {"version": "..."}');
    }
    const parsed = body.safeParse(input);
    if (!parsed.success) {
      return jobError(
        400,
        'bad_request',
        'Invalid body',
        parsed.error.issues.map((i) => ({ param: i.path.join('.') || '(body)', message: i.message })),
      );
    }
    const versions = (await fetchModelVersions()) ?? [];
    const target = versions.find((v) => v.version === parsed.data.version);
    if (!target) return jobError(404, 'not_found', `No model version ${parsed.data.version}`);
    if (target.status === 'active') return jobError(400, 'bad_request', `${target.version} is already active`);
    try {
      return json({ job: publicJob(startJob('activate', { version: target.version })) }, { status: 202 });
    } catch (err) {
      return startFailure(err);
    }
  });
}
