import { z } from 'zod';
import { AppError } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { roundFor } from '@/server/offers/access';
import { actorOf } from '@/server/offers/actor';
import { resolve } from '@/server/offers/commands';
import { familyOfChild, replyById } from '@/server/offers/replies';
import { resolveSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/offers/replies/{reply}/resolve {resolution, childId?}: an officer settles a reply of the review
 * queue (what it meant, or that it needs nothing); `childId` names the family of a reply from an unknown number.
 */
export function POST(request: Request, { params }: { params: Promise<{ reply: string }> }): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const replyId = z.coerce
      .number()
      .int()
      .min(1)
      .parse((await params).reply);
    const reply = await replyById(replyId);
    if (!reply) throw new AppError('not_found', 'No such reply');
    const actor = actorOf(by);
    await roundFor(by.user, 'offers.manage', reply.roundId, actor);
    const body = await parseJsonBody(request, resolveSchema);
    const familyId = body.childId ? await familyOfChild(reply.roundId, body.childId) : undefined;
    return json({ applied: await resolve(replyId, body.resolution, familyId, actor) });
  });
}
