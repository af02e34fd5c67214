import { z } from 'zod';
import { checkGatewayToken, gatewayReply } from '@/server/offers/gateway';
import { gatewayReplySchema } from '@/server/offers/schemas';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/offers/{offer}/reply {text, from?, receivedAt?} from an SMS gateway: authenticated by the
 * gateway's shared secret (Authorization: Bearer TILANNEHUONE_OFFERS_REPLY_TOKEN), not a user's session.
 * Answers {status: 'applied' | 'review'}; a reply the keywords do not settle waits for an officer.
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    checkGatewayToken(request.headers.get('authorization'));
    const id = z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,40}$/)
      .parse((await params).id);
    const body = await parseJsonBody(request, gatewayReplySchema);
    const outcome = await gatewayReply(id, body);
    return json({ status: outcome.status, offers: outcome.offers });
  });
}
