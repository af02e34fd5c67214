import { authorize } from '@/server/auth/authorize';
import { auditView } from '@/server/offers/access';
import { importCohort } from '@/server/offers/commands';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { cohortImportSchema } from '@/server/offers/schemas';
import { roundChildren } from '@/server/offers/views';
import { handle, json, parseJsonBody } from '@/server/http/respond';
import { parseLang } from '@/i18n';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/offers/rounds/{round}/cohort: the children with their offers (individual data: audited). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round, actor } = await roundOfRoute(by, 'offers.read', params);
    const lang = parseLang(new URL(request.url).searchParams.get('lang'));
    await auditView(actor, round.id, 'cohort');
    const { rows } = await roundChildren(round, lang);
    return json({ synthetic: round.synthetic, children: rows });
  });
}

/**
 * POST {source: 'csv' | 'evaka', fileName, text} or {source: 'synthetic', seed?, total?}: replaces the
 * cohort (until offers are sent). A bad file answers 400 with `file:line:field: reason` and changes nothing.
 */
export function POST(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const { round, actor } = await roundOfRoute(by, 'offers.manage', params);
    const body = await parseJsonBody(request, cohortImportSchema);
    return json({ imported: await importCohort(round, body, actor) });
  });
}
