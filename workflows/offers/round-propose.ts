import type pg from 'pg';
import { AppError } from '../../core/errors';
import type { EngineChild, EngineInput } from '../../domain/offers/engine/types';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { placesOf as placesOfKind } from '../../domain/offers/round-places';
import type { RoundRecord } from '../../store/offers-rounds';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { listCohort, type StoredChild } from '../../store/offers-cohort';
import { saveProposals } from '../../store/offers-changes';
import { listOffers, type OfferRecord } from '../../store/offers-offers';
import { lockRound } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';
import { engineChildOf, engineUnitOf } from './engine-inputs';
import type { ProposalResult } from './propose';

/**
 * Proposing places for a round: every child whose offer has not gone out yet (planners' pins hold) gets
 * the engine's proposal, against the places not already held by offers that went out. A second round does
 * the same for families who asked for another unit: only their wishes, or the place they hold, are open
 * to them. Unchanged proposals write nothing, so running it twice changes nothing the second time.
 */
/** The engine, passed in: `proposePlaces` directly (CLI, tests) or in a worker thread (the web server). */
export type Solve = (input: EngineInput) => Promise<ProposalResult>;

export interface ProposeSummary {
  children: number;
  created: number;
  changed: number;
  unchanged: number;
  placed: number;
  unplaced: number;
  meanKm: number;
  greedyMeanKm: number;
  ms: number;
}

/** Places a unit offers in this round (pre-school places, or the ECE places that turn over). */
export const placesOf = (round: RoundRecord, u: OfferUnit): number => placesOfKind(round.settings.kind, u);

/** Offers that hold their unit's place: out to the family and not declined, or decided with the place. */
export const holdsPlace = (o: OfferRecord): boolean =>
  o.unitId !== null &&
  (o.state === 'sent' ||
    o.state === 'accepted' ||
    o.state === 'no_reply' ||
    (o.state === 'decided' && (o.answer === 'accepted' || o.answer === 'no_reply')));

function engineChild(c: StoredChild, o: OfferRecord | undefined, second: boolean): EngineChild {
  const base = engineChildOf(c);
  if (second && o) return { ...base, wishes: o.wishes, wishesOnly: true, heldUnitId: o.unitId };
  const wishes = c.survey?.wishes ?? [];
  return { ...base, pinnedUnitId: o?.pinnedUnitId ?? null, ...(wishes.length ? { wishes } : {}) };
}

export async function proposeRound(
  pool: pg.Pool,
  roundId: number,
  units: readonly OfferUnit[],
  actor: OffersActor,
  opts: { second?: boolean; solve: Solve },
): Promise<ProposeSummary> {
  const t0 = performance.now();
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const cohort = await listCohort(client, roundId);
    if (cohort.length === 0) throw new AppError('conflict', 'the round has no cohort yet: import one first');
    const offers = new Map((await listOffers(client, { roundId })).map((o) => [o.childId, o]));
    const open = (c: StoredChild) => {
      const o = offers.get(c.childId);
      return opts.second ? o?.state === 'transfer_requested' : !o || o.state === 'proposed';
    };
    const children = cohort.filter(open);
    if (children.length === 0)
      throw new AppError(
        'conflict',
        opts.second ? 'no family has asked for another unit' : 'every offer of the round has gone out',
      );
    const held = new Map<string, number>();
    for (const o of offers.values()) if (holdsPlace(o)) held.set(o.unitId!, (held.get(o.unitId!) ?? 0) + 1);
    const result = await opts.solve({
      children: children.map((c) => engineChild(c, offers.get(c.childId), opts.second === true)),
      units: units.map((u) => engineUnitOf(u, Math.max(0, placesOf(round, u) - (held.get(u.unitId) ?? 0)))),
      startYear: round.settings.startYear,
      weights: round.settings.weights,
    });
    const saved = await saveProposals(
      client,
      roundId,
      result.placements,
      actor,
      opts.second ? { proposalRound: 2 } : {},
    );
    await auditOffers(client, actor, 'offers.manage', 'offer_round', roundId, {
      op: opts.second ? 'propose_second_round' : 'propose',
      children: children.length,
      changed: saved.created + saved.changed,
    });
    return {
      children: children.length,
      ...saved,
      placed: result.score.placed,
      unplaced: result.score.unplaced,
      meanKm: result.score.meanKm,
      greedyMeanKm: result.greedy.score.meanKm,
      ms: Math.round(performance.now() - t0),
    };
  });
}
