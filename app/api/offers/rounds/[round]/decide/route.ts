import { authorize } from '@/server/auth/authorize';
import { decide } from '@/server/offers/commands';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { decideSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST {step: 'expire' | 'decide'}: unanswered past the deadline become no_reply; answered offers get decisions. */
export function POST(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.decide');
    const { round, actor } = await roundOfRoute(by, 'offers.decide', params);
    const { step } = await parseJsonBody(request, decideSchema);
    return json({ result: await decide(round, step, actor) });
  });
}
