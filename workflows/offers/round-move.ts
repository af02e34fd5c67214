import { haversineKm } from '../../core/geo/geometry';
import type pg from 'pg';
import { AppError } from '../../core/errors';
import type { Placement } from '../../domain/offers/engine/types';
import { isOpenForYear, teachingLanguage, type OfferUnit } from '../../domain/offers/offer-unit';
import type { MoveReason } from '../../domain/offers/rules';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { listCohort } from '../../store/offers-cohort';
import { moveOffer } from '../../store/offers-changes';
import { findOffer, listOffers } from '../../store/offers-offers';
import { lockRound } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';
import { holdsPlace, placesOf } from './round-propose';

/**
 * A planner moves a child by hand before the offer goes out, with a reason (and optionally a pin, so a
 * later proposal run keeps the child there). The same hard constraints as the engine apply: the unit is
 * open for the year, teaches in the child's language, has shift care if needed, and has a free place.
 */
export async function moveChild(
  pool: pg.Pool,
  offerId: number,
  unitId: string,
  units: readonly OfferUnit[],
  move: { reason: MoveReason; note: string | null; pin: boolean },
  actor: OffersActor,
): Promise<Placement> {
  return withTransaction(pool, async (client) => {
    const offer = await findOffer(client, { id: offerId });
    if (!offer) throw new AppError('not_found', 'no such offer');
    const round = await lockRound(client, offer.roundId);
    const unit = units.find((u) => u.unitId === unitId);
    if (!unit) throw new AppError('bad_request', `no unit ${unitId} in the units register`);
    const [child] = (await listCohort(client, offer.roundId)).filter((c) => c.childId === offer.childId);
    if (!isOpenForYear(unit, round.settings.startYear))
      throw new AppError('bad_request', `${unitId} is not open for the whole year`);
    if (teachingLanguage(unit) !== child.language)
      throw new AppError('bad_request', `${unitId} does not teach in the child's language`);
    if (child.shiftCare && !unit.shiftCare) throw new AppError('bad_request', `${unitId} has no shift care`);
    const taken = (await listOffers(client, { roundId: offer.roundId })).filter(
      (o) => o.id !== offer.id && o.unitId === unitId && (holdsPlace(o) || o.state === 'proposed'),
    ).length;
    if (taken >= placesOf(round, unit))
      throw new AppError('conflict', `${unitId} has no free place: move another child out first`);
    const km = Math.round(haversineKm(child, unit) * 1000) / 1000;
    const placement: Placement = {
      childId: child.childId,
      unitId,
      distanceKm: km,
      facts: {
        rule: 'manual',
        language: child.language,
        distanceKm: km,
        nearestKm: null,
        nearestFull: false,
        wishRank: null,
        freeTransport: km > round.settings.weights.transportLimitKm,
      },
    };
    await moveOffer(client, offer, placement, move.pin, move.reason, move.note, actor);
    await auditOffers(client, actor, 'offers.manage', 'offer', offer.id, {
      op: 'move',
      reason: move.reason,
      pin: move.pin,
    });
    return placement;
  });
}
