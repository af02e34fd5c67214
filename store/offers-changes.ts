import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../core/errors';
import type { Placement } from '../domain/offers/engine/types';
import { nextState, type OfferEvent, type OfferState } from '../domain/offers/offer-state';
import type { MoveReason, ReasonFacts } from '../domain/offers/rules';
import type { OffersActor } from './offers-actor';
import { findOffer, listOffers, type OfferRecord } from './offers-offers';

/**
 * Every change to an offer. A state change goes through `transitionOffer`, which locks the row, asks the
 * state machine (domain/offers/offer-state.ts) whether the event is allowed and writes the event row with its
 * time and actor in the same transaction - so a state never changes without its row.
 */
const newPublicId = () => randomBytes(12).toString('base64url');

async function writeEvent(
  client: pg.PoolClient,
  offerId: number,
  actor: OffersActor,
  event: OfferEvent,
  from: OfferState | null,
  to: OfferState,
  unitId: string | null,
  details: Record<string, string | number | boolean | null> = {},
) {
  await client.query(
    `INSERT INTO offer_event (offer_id, actor_id, actor, event, from_state, to_state, unit_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [offerId, actor.id, actor.name, event, from, to, unitId, details],
  );
}

/**
 * Writes proposals: a new offer per child not proposed before, an update where the place or its reason
 * changed. An unchanged proposal writes nothing, so re-running a round is idempotent. Only offers in
 * `proposed` (or, for a second round, `transfer_requested`) are touched.
 */
export async function saveProposals(
  client: pg.PoolClient,
  roundId: number,
  placements: readonly Placement[],
  actor: OffersActor,
  opts: { proposalRound?: number } = {},
): Promise<{ created: number; changed: number; unchanged: number }> {
  const existing = new Map((await listOffers(client, { roundId })).map((o) => [o.childId, o]));
  let created = 0;
  let changed = 0;
  let unchanged = 0;
  for (const p of placements) {
    const o = existing.get(p.childId);
    if (!o) {
      const { rows } = await client.query(
        `INSERT INTO offer (public_id, round_id, child_id, state, unit_id, distance_km, rule, facts)
         VALUES ($1, $2, $3, 'proposed', $4, $5, $6, $7) RETURNING id`,
        [newPublicId(), roundId, p.childId, p.unitId, p.distanceKm, p.facts.rule, p.facts],
      );
      await writeEvent(client, Number(rows[0].id), actor, 'propose', null, 'proposed', p.unitId, {
        rule: p.facts.rule,
      });
      created += 1;
      continue;
    }
    // JSONB keeps keys in its own order: compare the facts field by field.
    const sameFacts = (Object.keys(p.facts) as (keyof ReasonFacts)[]).every((k) => o.facts[k] === p.facts[k]);
    if (o.state === 'proposed' && o.unitId === p.unitId && sameFacts) {
      unchanged += 1;
      continue;
    }
    if (o.state !== 'proposed' && o.state !== 'transfer_requested')
      throw new AppError('conflict', `the offer of child ${p.childId} is ${o.state}: it cannot be proposed again`);
    await client.query(
      `UPDATE offer SET state = 'proposed', unit_id = $2, distance_km = $3, rule = $4, facts = $5,
         proposal_round = $6, updated_at = now() WHERE id = $1`,
      [o.id, p.unitId, p.distanceKm, p.facts.rule, p.facts, opts.proposalRound ?? o.proposalRound],
    );
    await writeEvent(client, o.id, actor, 'propose', o.state, 'proposed', p.unitId, { rule: p.facts.rule });
    changed += 1;
  }
  return { created, changed, unchanged };
}

export interface TransitionPatch {
  answer?: OfferRecord['answer'];
  wishes?: string[];
  heldUnitId?: string | null;
  sentOn?: string;
}

/** Applies one event to an offer (locked), or throws 'conflict' when the state machine does not allow it. */
export async function transitionOffer(
  client: pg.PoolClient,
  offerId: number,
  event: OfferEvent,
  actor: OffersActor,
  patch: TransitionPatch = {},
  details: Record<string, string | number | boolean | null> = {},
): Promise<OfferRecord> {
  const { rows } = await client.query('SELECT state, unit_id FROM offer WHERE id = $1 FOR UPDATE', [offerId]);
  if (!rows[0]) throw new AppError('not_found', 'no such offer');
  const from = rows[0].state as OfferState;
  const to = nextState(from, event);
  if (!to) throw new AppError('conflict', `an offer that is ${from} cannot take '${event}'`);
  await client.query(
    `UPDATE offer SET state = $2,
       answer = CASE WHEN $3::boolean THEN $4 ELSE answer END,
       wishes = COALESCE($5::text[], wishes),
       held_unit_id = CASE WHEN $6::boolean THEN $7 ELSE held_unit_id END,
       sent_on = COALESCE($8::date, sent_on),
       reminded_on = CASE WHEN $9 = 'send' THEN '{}' ELSE reminded_on END,
       updated_at = now()
     WHERE id = $1`,
    [
      offerId,
      to,
      patch.answer !== undefined,
      patch.answer ?? null,
      patch.wishes ?? null,
      patch.heldUnitId !== undefined,
      patch.heldUnitId ?? null,
      patch.sentOn ?? null,
      event,
    ],
  );
  await writeEvent(client, offerId, actor, event, from, to, rows[0].unit_id, details);
  return (await findOffer(client, { id: offerId }))!;
}

export async function recordReminder(client: pg.PoolClient, offerId: number, on: string): Promise<void> {
  await client.query(
    'UPDATE offer SET reminded_on = array_append(reminded_on, $2::date), updated_at = now() WHERE id = $1',
    [offerId, on],
  );
}

/** A planner's move or pin (before sending), recorded with its reason; the new place is the proposal. */
export async function moveOffer(
  client: pg.PoolClient,
  offer: OfferRecord,
  to: Placement,
  pin: boolean,
  reason: MoveReason,
  note: string | null,
  actor: OffersActor,
): Promise<void> {
  if (offer.state !== 'proposed')
    throw new AppError('conflict', `the offer is ${offer.state}: only proposals can be moved`);
  await client.query(
    `UPDATE offer SET unit_id = $2, distance_km = $3, rule = $4, facts = $5, pinned_unit_id = $6, updated_at = now() WHERE id = $1`,
    [offer.id, to.unitId, to.distanceKm, to.facts.rule, to.facts, pin ? to.unitId : null],
  );
  await client.query(
    `INSERT INTO offer_move (offer_id, actor_id, actor, from_unit_id, to_unit_id, reason, note) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [offer.id, actor.id, actor.name, offer.unitId, to.unitId, reason, note],
  );
  await writeEvent(client, offer.id, actor, 'propose', 'proposed', 'proposed', to.unitId, {
    rule: 'manual',
    reason,
    pin,
  });
}
