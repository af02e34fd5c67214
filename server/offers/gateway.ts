import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readEnv } from '../../core/config/env';
import { AppError } from '../../core/errors';
import { normalisePhone } from '../../domain/offers/cohort-row';
import { GATEWAY } from '../../store/offers-actor';
import { findFamily } from '../../store/offers-cohort';
import { findOffer } from '../../store/offers-offers';
import { receiveReply, type ReplyOutcome } from '../../workflows/offers/round-replies';
import { offersPool } from './offers-pool';

/**
 * Replies an SMS gateway forwards (`POST /api/offers/{offer id}/reply`): not a user's session but the
 * gateway's own credential, the shared secret `TILANNEHUONE_OFFERS_REPLY_TOKEN` as a bearer token, compared
 * in constant time. Without it configured the endpoint is closed. A reply whose sender number is not the
 * family's goes to the review queue instead of answering someone else's offer.
 */
const digest = (s: string) => createHash('sha256').update(s).digest();

export function checkGatewayToken(authorization: string | null): void {
  const secret = readEnv().TILANNEHUONE_OFFERS_REPLY_TOKEN;
  if (!secret) throw new AppError('unavailable', 'SMS replies are not configured (TILANNEHUONE_OFFERS_REPLY_TOKEN)');
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  if (!timingSafeEqual(digest(given), digest(secret))) throw new AppError('unauthorized', 'Unknown gateway credential');
}

export async function gatewayReply(
  offerPublicId: string,
  body: { text: string; from?: string; receivedAt?: string },
): Promise<ReplyOutcome> {
  const pool = await offersPool();
  const offer = await findOffer(pool, { publicId: offerPublicId });
  if (!offer) throw new AppError('not_found', 'No such offer');
  const from = body.from ? normalisePhone(body.from) : null;
  const family = await findFamily(pool, offer.familyId);
  if (from && family?.phone && from !== family.phone)
    return receiveReply(
      pool,
      { text: body.text, phone: from, roundId: offer.roundId, channel: 'gateway', receivedAt: body.receivedAt },
      GATEWAY,
    );
  return receiveReply(
    pool,
    { text: body.text, offerPublicId, phone: from, channel: 'gateway', receivedAt: body.receivedAt },
    GATEWAY,
  );
}
