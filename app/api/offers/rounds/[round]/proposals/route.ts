import { authorize } from '@/server/auth/authorize';
import { auditView } from '@/server/offers/access';
import { roundOfRoute } from '@/server/offers/route-helpers';
import { roundChildren } from '@/server/offers/views';
import { handle, json } from '@/server/http/respond';
import { parseLang } from '@/i18n';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET: what the proposals map draws - units with places and each child's home, unit, rule and reason (audited). */
export function GET(request: Request, { params }: { params: Promise<{ round: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    const { round, actor } = await roundOfRoute(by, 'offers.read', params);
    const lang = parseLang(new URL(request.url).searchParams.get('lang'));
    await auditView(actor, round.id, 'proposals');
    const { rows, units } = await roundChildren(round, lang);
    return json({
      synthetic: round.synthetic,
      units,
      children: rows.map((r) => ({
        childId: r.child.childId,
        publicId: r.offer?.publicId ?? null,
        lon: r.child.lon,
        lat: r.child.lat,
        unitId: r.offer?.unitId ?? null,
        unitName: r.unitName,
        rule: r.offer?.rule ?? null,
        state: r.offer?.state ?? null,
        distanceKm: r.offer?.distanceKm ?? null,
        reason: r.reason,
      })),
    });
  });
}
