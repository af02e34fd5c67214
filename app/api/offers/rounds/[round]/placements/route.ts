import { authorize } from '@/server/auth/authorize';
import { exportPlacements } from '@/server/offers/exports';
import { download, roundOfRoute } from '@/server/offers/route-helpers';
import { handle } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: decided placements as eVaka's placement-tool CSV (`lapsen_id;esiopetusyksikon_id`), audited as an export. */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.decide');
    const { round, actor } = await roundOfRoute(by, 'offers.decide', params);
    return download(
      await exportPlacements(round, actor),
      'text/csv; charset=utf-8',
      `placements-round-${round.id}.csv`,
    );
  });
}
