import { z } from 'zod';
import type { Placement } from '../domain/offers/engine/types';
import { OFFER_STATES, type OfferState } from '../domain/offers/offer-state';
import { PROPOSAL_RULES, type ReasonFacts } from '../domain/offers/rules';
import type { Db } from './offers-actor';

/** Each child's current offer in a round, as the pages and workflows read it (changes: offers-changes.ts). */
export interface OfferRecord {
  id: number;
  publicId: string;
  roundId: number;
  childId: string;
  familyId: number;
  state: OfferState;
  unitId: string | null;
  distanceKm: number | null;
  rule: Placement['facts']['rule'];
  facts: ReasonFacts;
  proposalRound: number;
  pinnedUnitId: string | null;
  heldUnitId: string | null;
  wishes: string[];
  answer: 'accepted' | 'transfer_requested' | 'declined' | 'no_reply' | null;
  sentOn: string | null;
  remindedOn: string[];
  updatedAt: string;
}

const factsSchema = z.object({
  rule: z.enum(PROPOSAL_RULES),
  language: z.enum(['fi', 'sv']),
  distanceKm: z.number().nullable(),
  nearestKm: z.number().nullable(),
  nearestFull: z.boolean(),
  wishRank: z.number().nullable(),
  freeTransport: z.boolean(),
});

const rowSchema = z
  .object({
    id: z.number(),
    public_id: z.string(),
    round_id: z.number(),
    child_id: z.string(),
    family_id: z.number(),
    state: z.enum(OFFER_STATES),
    unit_id: z.string().nullable(),
    distance_km: z.number().nullable(),
    rule: z.enum(PROPOSAL_RULES),
    facts: factsSchema,
    proposal_round: z.number(),
    pinned_unit_id: z.string().nullable(),
    held_unit_id: z.string().nullable(),
    wishes: z.array(z.string()),
    answer: z.enum(['accepted', 'transfer_requested', 'declined', 'no_reply']).nullable(),
    sent_on: z.string().nullable(),
    reminded_on: z.array(z.string()),
    updated_at: z.date(),
  })
  .transform((r): OfferRecord => ({
    id: r.id,
    publicId: r.public_id,
    roundId: r.round_id,
    childId: r.child_id,
    familyId: r.family_id,
    state: r.state,
    unitId: r.unit_id,
    distanceKm: r.distance_km,
    rule: r.rule,
    facts: r.facts,
    proposalRound: r.proposal_round,
    pinnedUnitId: r.pinned_unit_id,
    heldUnitId: r.held_unit_id,
    wishes: r.wishes,
    answer: r.answer,
    sentOn: r.sent_on,
    remindedOn: r.reminded_on,
    updatedAt: r.updated_at.toISOString(),
  }));

const SELECT = `SELECT o.id, o.public_id, o.round_id, o.child_id, c.family_id, o.state, o.unit_id, o.distance_km, o.rule, o.facts,
    o.proposal_round, o.pinned_unit_id, o.held_unit_id, o.wishes, o.answer, o.sent_on, o.reminded_on, o.updated_at
  FROM offer o JOIN offer_child c ON c.round_id = o.round_id AND c.child_id = o.child_id`;

export interface OfferFilter {
  roundId: number;
  familyId?: number;
  states?: readonly OfferState[];
}

export async function listOffers(db: Db, f: OfferFilter): Promise<OfferRecord[]> {
  const { rows } = await db.query(
    `${SELECT} WHERE o.round_id = $1 AND ($2::bigint IS NULL OR c.family_id = $2) AND ($3::text[] IS NULL OR o.state = ANY($3))
     ORDER BY o.child_id`,
    [f.roundId, f.familyId ?? null, f.states ? [...f.states] : null],
  );
  return rows.map((r) => rowSchema.parse(r));
}

export async function findOffer(db: Db, by: { id: number } | { publicId: string }): Promise<OfferRecord | null> {
  const { rows } =
    'id' in by
      ? await db.query(`${SELECT} WHERE o.id = $1`, [by.id])
      : await db.query(`${SELECT} WHERE o.public_id = $1`, [by.publicId]);
  return rows[0] ? rowSchema.parse(rows[0]) : null;
}
