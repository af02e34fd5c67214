import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { badRequest, notFound } from '@/core/errors';
import { handle, json, parseJsonBody } from '@/server/http/respond';
import { requestJob } from '@/server/jobs';
import { fetchModelVersions } from '@/server/queries/models';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const body = z.strictObject({ version: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'a model version name') });

/**
 * POST /api/models/activate {"version": "..."}: makes a registered version the active model (activate or
 * roll back), as a background job; the plan follows by itself. 202 with the job, 409 while busy.
 */
export function POST(request: Request) {
  return handle(async () => {
    const by = await authorize(request, 'models.activate');
    const { version } = await parseJsonBody(request, body);
    const target = ((await fetchModelVersions()) ?? []).find((v) => v.version === version);
    if (!target) throw notFound(`No model version ${version}`);
    if (target.status === 'active') throw badRequest(`${target.version} is already active`);
    return json({ job: await requestJob('activate', { version }, by) }, { status: 202 });
  });
}
