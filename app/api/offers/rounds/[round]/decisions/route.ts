import { authorize } from '@/server/auth/authorize';
import { auditView } from '@/server/offers/access';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { roundDecisions } from '@/server/offers/views';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the round's decisions (number, outcome, unit, language, legal basis; audited). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round, actor } = await roundOfRoute(by, 'offers.read', params);
    await auditView(actor, round.id, 'decisions');
    return json({ decisions: await roundDecisions(round) });
  });
}
