import { authorize } from '@/server/auth/authorize';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/offers/rounds/{round}: settings, status and counts of offers by state (no individuals). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round } = await roundOfRoute(by, 'offers.read', params);
    return json({ round });
  });
}
