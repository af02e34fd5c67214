import { authorize } from '@/server/auth/authorize';
import { propose } from '@/server/offers/commands';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { proposeSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST {second?}: proposes places (HiGHS, in a worker thread); `second` for families who asked for another unit. */
export function POST(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const { round, actor } = await roundOfRoute(by, 'offers.manage', params);
    const { second } = await parseJsonBody(request, proposeSchema);
    return json({ proposed: await propose(round, second, actor) });
  });
}
