import { authorize } from '@/server/auth/authorize';
import { actorOf } from '@/server/offers/actor';
import { createRoundFor, roundsFor } from '@/server/offers/rounds';
import { createRoundSchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/offers/rounds: the rounds of the user's municipalities (counts only, no individuals). */
export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.read');
    return json({ rounds: await roundsFor(by.user) });
  });
}

/** POST /api/offers/rounds {kind, name, startYear, answerDeadline, ...}: a new round (201 with its id). */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const by = await authorize(request, 'offers.manage');
    const body = await parseJsonBody(request, createRoundSchema);
    return json({ id: await createRoundFor(by.user, actorOf(by), body) }, { status: 201 });
  });
}
