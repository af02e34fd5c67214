import type pg from 'pg';
import { z } from 'zod';
import { AppError } from '../core/errors';
import type { Db, OffersActor } from './offers-actor';

/**
 * Every answer that reached the product, whatever the channel, with what it did: applied to the family's
 * offers, or waiting in the review queue for an officer (an unreadable keyword, an unknown number).
 */
export interface NewReply {
  roundId: number;
  familyId: number | null;
  offerId: number | null;
  channel: 'sms' | 'gateway' | 'csv' | 'web';
  sender: string | null;
  text: string;
  parsed: 'accept' | 'transfer' | 'decline' | 'unknown';
  status: 'applied' | 'review';
  receivedAt?: string;
}

export interface ReplyRecord extends Omit<NewReply, 'status'> {
  id: number;
  status: 'applied' | 'review' | 'resolved' | 'ignored';
  receivedAt: string;
  resolvedBy: string | null;
  resolution: string | null;
  childIds: string[];
}

export async function insertReply(client: pg.PoolClient, r: NewReply): Promise<number> {
  const { rows } = await client.query(
    `INSERT INTO offer_reply (round_id, family_id, offer_id, received_at, channel, sender, text, parsed, status)
     VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6, $7, $8, $9) RETURNING id`,
    [
      r.roundId,
      r.familyId,
      r.offerId,
      r.receivedAt ?? null,
      r.channel,
      r.sender,
      r.text.slice(0, 2000),
      r.parsed,
      r.status,
    ],
  );
  return Number(rows[0].id);
}

const rowSchema = z.object({
  id: z.number(),
  round_id: z.number(),
  family_id: z.number().nullable(),
  offer_id: z.number().nullable(),
  channel: z.enum(['sms', 'gateway', 'csv', 'web']),
  sender: z.string().nullable(),
  text: z.string(),
  parsed: z.enum(['accept', 'transfer', 'decline', 'unknown']),
  status: z.enum(['applied', 'review', 'resolved', 'ignored']),
  received_at: z.date(),
  resolved_by: z.string().nullable(),
  resolution: z.string().nullable(),
  child_ids: z.array(z.string()).nullable(),
});

export async function listReplies(
  db: Db,
  roundId: number,
  o: { status?: ReplyRecord['status']; limit?: number } = {},
): Promise<ReplyRecord[]> {
  const { rows } = await db.query(
    `SELECT r.id, r.round_id, r.family_id, r.offer_id, r.channel, r.sender, r.text, r.parsed, r.status, r.received_at,
            r.resolved_by, r.resolution,
            (SELECT array_agg(c.child_id ORDER BY c.child_id) FROM offer_child c WHERE c.family_id = r.family_id) AS child_ids
     FROM offer_reply r WHERE r.round_id = $1 AND ($2::text IS NULL OR r.status = $2) ORDER BY r.received_at DESC, r.id DESC LIMIT $3`,
    [roundId, o.status ?? null, Math.min(o.limit ?? 500, 10_000)],
  );
  return rows.map((raw) => {
    const r = rowSchema.parse(raw);
    return {
      id: r.id,
      roundId: r.round_id,
      familyId: r.family_id,
      offerId: r.offer_id,
      channel: r.channel,
      sender: r.sender,
      text: r.text,
      parsed: r.parsed,
      status: r.status,
      receivedAt: r.received_at.toISOString(),
      resolvedBy: r.resolved_by,
      resolution: r.resolution,
      childIds: r.child_ids ?? [],
    };
  });
}

export async function findReply(db: Db, id: number): Promise<ReplyRecord | null> {
  const { rows } = await db.query('SELECT round_id FROM offer_reply WHERE id = $1', [id]);
  if (!rows[0]) return null;
  return (await listReplies(db, Number(rows[0].round_id), { limit: 10_000 })).find((r) => r.id === id) ?? null;
}

export async function resolveReply(
  client: pg.PoolClient,
  id: number,
  resolution: 'accept' | 'transfer' | 'decline' | 'ignore',
  actor: OffersActor,
  familyId?: number,
): Promise<void> {
  const { rowCount } = await client.query(
    `UPDATE offer_reply SET status = $2, resolution = $3, resolved_by = $4, resolved_at = now(),
       family_id = COALESCE($5::bigint, family_id) WHERE id = $1 AND status = 'review'`,
    [id, resolution === 'ignore' ? 'ignored' : 'resolved', resolution, actor.name, familyId ?? null],
  );
  if (!rowCount) throw new AppError('conflict', 'this reply is not waiting for review');
}
