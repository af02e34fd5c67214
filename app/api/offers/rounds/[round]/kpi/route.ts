import { authorize } from '@/server/auth/authorize';
import { demandTrend, roundKpi } from '@/server/offers/kpi';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: the round's follow-up figures - aggregates only, every count disclosure-controlled; no individuals. */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.kpi');
    const { round } = await roundOfRoute(by, 'offers.kpi', params);
    return json({ kpi: await roundKpi(round), demand: await demandTrend(round) });
  });
}
