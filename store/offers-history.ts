import { z } from 'zod';
import type { MoveReason } from '../domain/offers/rules';
import type { Db } from './offers-actor';

/** What happened to an offer (its event rows) and the planners' moves of a round, for the officer's pages. */
const historySchema = z.object({
  at: z.date().transform((d) => d.toISOString()),
  actor: z.string(),
  event: z.string(),
  from_state: z.string().nullable(),
  to_state: z.string(),
  unit_id: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type OfferHistoryEntry = z.output<typeof historySchema>;

/** Every change of one offer, oldest first (the officer's view of a child). */
export async function offerHistory(db: Db, offerId: number): Promise<OfferHistoryEntry[]> {
  const { rows } = await db.query(
    `SELECT at, actor, event, from_state, to_state, unit_id, details FROM offer_event WHERE offer_id = $1 ORDER BY at, id`,
    [offerId],
  );
  return rows.map((r) => historySchema.parse(r));
}

export interface MoveRecord {
  at: string;
  actor: string;
  fromUnitId: string | null;
  toUnitId: string | null;
  reason: MoveReason;
  note: string | null;
}

export async function movesOf(db: Db, roundId: number): Promise<(MoveRecord & { childId: string })[]> {
  const { rows } = await db.query(
    `SELECT m.at, m.actor, m.from_unit_id, m.to_unit_id, m.reason, m.note, o.child_id FROM offer_move m
     JOIN offer o ON o.id = m.offer_id WHERE o.round_id = $1 ORDER BY m.at DESC, m.id DESC`,
    [roundId],
  );
  return rows.map((r) => ({
    at: (r.at as Date).toISOString(),
    actor: r.actor,
    fromUnitId: r.from_unit_id,
    toUnitId: r.to_unit_id,
    reason: r.reason,
    note: r.note,
    childId: r.child_id,
  }));
}
