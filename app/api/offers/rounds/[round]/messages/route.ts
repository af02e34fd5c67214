import { z } from 'zod';
import { authorize } from '@/server/auth/authorize';
import { auditView } from '@/server/offers/access';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { roundOutbox } from '@/server/offers/views';
import { handle, json, parseQuery } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.strictObject({ page: z.coerce.number().int().min(0).max(10_000).default(0) });

/** GET ?page=: the outbox, newest first (personal links shown redacted; audited). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round, actor } = await roundOfRoute(by, 'offers.read', params);
    const { page } = parseQuery(request, query);
    await auditView(actor, round.id, 'outbox', { page });
    return json(await roundOutbox(round, page));
  });
}
