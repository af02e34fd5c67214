import type pg from 'pg';
import { AppError } from '../../core/errors';
import { decisionFor } from '../../domain/offers/decision';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { formatPlacementCsv } from '../../domain/offers/placement-csv';
import { answerDueOn } from '../../domain/offers/reminder-rule';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { listCohort } from '../../store/offers-cohort';
import { insertDecision, listDecisions } from '../../store/offers-decisions';
import { transitionOffer } from '../../store/offers-changes';
import { listOffers } from '../../store/offers-offers';
import { lockRound } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';

/**
 * The end of a round: offers unanswered past their deadline become `no_reply`; then every answered (or
 * unanswered) offer gets its decision - the accepted or assigned place, a declined place, or the
 * application route for a transfer that could not be met - numbered within the round, and the offer is
 * `decided`. Decided placements export as eVaka's placement-tool CSV.
 */
export async function expireUnanswered(
  pool: pg.Pool,
  roundId: number,
  actor: OffersActor,
  today: string,
): Promise<number> {
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const late = (await listOffers(client, { roundId, states: ['sent'] })).filter(
      (o) => o.sentOn !== null && today > answerDueOn(round.settings.answerDeadline, o.sentOn),
    );
    for (const o of late)
      await transitionOffer(client, o.id, 'expire', actor, { answer: 'no_reply' }, { deadline: true });
    await auditOffers(client, actor, 'offers.manage', 'offer_round', roundId, { op: 'expire', offers: late.length });
    return late.length;
  });
}

export async function decideRound(
  pool: pg.Pool,
  roundId: number,
  units: readonly OfferUnit[],
  actor: OffersActor,
  today: string,
): Promise<{ decided: number; placed: number; declined: number; application: number }> {
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const children = new Map((await listCohort(client, roundId)).map((c) => [c.childId, c]));
    const unitLanguage = new Map(units.map((u) => [u.unitId, u.language]));
    const ready = await listOffers(client, {
      roundId,
      states: ['accepted', 'declined', 'no_reply', 'transfer_requested'],
    });
    if (ready.length === 0)
      throw new AppError('conflict', 'no offer is ready for a decision (answered, or past its deadline)');
    const counts = { decided: 0, placed: 0, declined: 0, application: 0 };
    const prefix = `${round.settings.kind === 'preschool' ? 'ESI' : 'VAK'}-${round.settings.startYear}-${round.id}-`;
    for (const o of ready) {
      const facts = decisionFor({
        state: o.state,
        kind: round.settings.kind,
        unitId: o.unitId,
        unitLanguage: o.unitId ? (unitLanguage.get(o.unitId) ?? null) : null,
        childLanguage: children.get(o.childId)!.language,
      });
      if (!facts) continue;
      await insertDecision(client, o.id, roundId, prefix, facts, today, actor);
      await transitionOffer(client, o.id, 'decide', actor, {}, { outcome: facts.outcome });
      counts.decided += 1;
      counts[facts.outcome] += 1;
    }
    await auditOffers(client, actor, 'offers.decide', 'offer_round', roundId, { op: 'decide', ...counts });
    return counts;
  });
}

/** Decided placements in eVaka's placement-tool format (`lapsen_id;esiopetusyksikon_id`). */
export async function placementsCsv(db: pg.Pool, roundId: number): Promise<{ csv: string; rows: number }> {
  const placed = (await listDecisions(db, roundId)).filter((d) => d.outcome === 'placed' && d.unitId !== null);
  return {
    csv: formatPlacementCsv(placed.map((d) => ({ childId: d.childId, unitId: d.unitId! }))),
    rows: placed.length,
  };
}
