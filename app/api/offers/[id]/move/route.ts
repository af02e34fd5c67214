import { z } from 'zod';
import { AppError } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { roundFor } from '@/server/offers/access';
import { actorOf } from '@/server/offers/actor';
import { move } from '@/server/offers/commands';
import { findOfferByPublicId } from '@/server/offers/offers';
import { moveSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST /api/offers/{offer}/move {unitId, reason, note?, pin?}: a planner's move before sending, with its reason. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const id = z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,40}$/)
      .parse((await params).id);
    const offer = await findOfferByPublicId(id);
    if (!offer) throw new AppError('not_found', 'No such offer');
    const actor = actorOf(by);
    const round = await roundFor(by.user, 'offers.manage', offer.roundId, actor);
    const body = await parseJsonBody(request, moveSchema);
    return json({ moved: await move(round, offer.id, body, actor) });
  });
}
