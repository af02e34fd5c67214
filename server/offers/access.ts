import 'server-only';
import { AppError } from '../../core/errors';
import { isPermitted, type Action, type Principal } from '../../domain/auth/actions';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { findRound, type RoundRecord } from '../../store/offers-rounds';

export type { RoundRecord } from '../../store/offers-rounds';
export type { OffersActor } from '../../store/offers-actor';
import { offersPool } from './offers-pool';

/**
 * A round as a user may see it: the action must be permitted for the round's municipality (placement
 * officers may be scoped to theirs). A refusal is audited; so is every view of a round's individual data
 * (`offers.read`, with what was viewed), before the data is handed out.
 */
export async function roundFor(
  user: Principal,
  action: Action,
  roundId: number,
  actor: OffersActor,
): Promise<RoundRecord> {
  const pool = await offersPool();
  const round = await findRound(pool, roundId);
  if (!round) throw new AppError('not_found', 'No such round');
  if (!isPermitted(user, action, round.settings.municipalityCode)) {
    await auditOffers(pool, actor, action, 'offer_round', roundId, {}, 'denied');
    throw new AppError('forbidden', 'Your role does not allow this for this municipality');
  }
  return round;
}

export async function auditView(
  actor: OffersActor,
  roundId: number,
  view: string,
  details: Record<string, string | number> = {},
) {
  await auditOffers(await offersPool(), actor, 'offers.read', 'offer_round', roundId, { view, ...details });
}

/** An officer's export or document of one offer (a PDF of a decision), in the audit trail before it is handed out. */
export async function auditOfferDocument(actor: OffersActor, offerId: number, view: string) {
  await auditOffers(await offersPool(), actor, 'offers.read', 'offer', offerId, { view });
}
