import type pg from 'pg';
import { z } from 'zod';
import type { Db } from './offers-actor';
import { withTransaction } from './transaction';

/**
 * The outbox. A message is queued with the family's recipient and a body whose personal link is redacted;
 * a sender (workflows/offers/senders) renders the link afresh when it delivers, so the database never holds
 * a working link. Delivery claims queued messages with SKIP LOCKED, so two deliverers never send one twice.
 */
export const MESSAGE_KINDS = ['survey', 'offer', 'reminder', 'second_offer'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export type Channel = 'sms' | 'email' | 'letter';

export interface NewMessage {
  roundId: number;
  familyId: number;
  kind: MessageKind;
  channel: Channel;
  language: string;
  recipient: string | null;
  subject: string | null;
  body: string;
}

export interface MessageRecord extends NewMessage {
  id: number;
  status: 'queued' | 'delivered' | 'failed' | 'held';
  sender: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  synthetic: boolean;
}

const rowSchema = z
  .object({
    id: z.number(),
    round_id: z.number(),
    family_id: z.number(),
    kind: z.enum(MESSAGE_KINDS),
    channel: z.enum(['sms', 'email', 'letter']),
    language: z.string(),
    recipient: z.string().nullable(),
    subject: z.string().nullable(),
    body: z.string(),
    status: z.enum(['queued', 'delivered', 'failed', 'held']),
    sender: z.string().nullable(),
    attempts: z.number(),
    last_error: z.string().nullable(),
    created_at: z.date(),
    delivered_at: z.date().nullable(),
    synthetic: z.boolean(),
  })
  .transform((r): MessageRecord => ({
    id: r.id,
    roundId: r.round_id,
    familyId: r.family_id,
    kind: r.kind,
    channel: r.channel,
    language: r.language,
    recipient: r.recipient,
    subject: r.subject,
    body: r.body,
    status: r.status,
    sender: r.sender,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: r.created_at.toISOString(),
    deliveredAt: r.delivered_at?.toISOString() ?? null,
    synthetic: r.synthetic,
  }));

const SELECT = `SELECT m.id, m.round_id, m.family_id, m.kind, m.channel, m.language, m.recipient, m.subject, m.body, m.status,
    m.sender, m.attempts, m.last_error, m.created_at, m.delivered_at,
    EXISTS (SELECT 1 FROM offer_child c WHERE c.family_id = m.family_id AND c.synthetic) AS synthetic
  FROM offer_message m`;

export async function queueMessage(client: pg.PoolClient, m: NewMessage): Promise<number> {
  const { rows } = await client.query(
    `INSERT INTO offer_message (round_id, family_id, kind, channel, language, recipient, subject, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [m.roundId, m.familyId, m.kind, m.channel, m.language, m.recipient, m.subject, m.body],
  );
  return Number(rows[0].id);
}

export async function listMessages(
  db: Db,
  roundId: number,
  o: { familyId?: number; limit?: number; offset?: number } = {},
): Promise<MessageRecord[]> {
  const { rows } = await db.query(
    `${SELECT} WHERE m.round_id = $1 AND ($2::bigint IS NULL OR m.family_id = $2) ORDER BY m.id DESC LIMIT $3 OFFSET $4`,
    [roundId, o.familyId ?? null, Math.min(o.limit ?? 200, 10_000), o.offset ?? 0],
  );
  return rows.map((r) => rowSchema.parse(r));
}

export async function countMessages(db: Db, roundId: number): Promise<Record<string, number>> {
  const { rows } = await db.query(
    'SELECT status, count(*) AS n FROM offer_message WHERE round_id = $1 GROUP BY status',
    [roundId],
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/**
 * Delivers queued messages one at a time: `deliver` is called inside a transaction that holds the row,
 * and its outcome (delivered, held, or failed with a reason) is written before the lock is released.
 */
export async function deliverQueued(
  pool: pg.Pool,
  roundId: number | null,
  deliver: (
    m: MessageRecord,
    client: pg.PoolClient,
  ) => Promise<{ status: 'delivered' | 'held' | 'failed'; sender: string; error?: string }>,
  limit = 100_000,
): Promise<Record<'delivered' | 'held' | 'failed', number>> {
  const counts = { delivered: 0, held: 0, failed: 0 };
  for (let i = 0; i < limit; i++) {
    const done = await withTransaction(pool, async (client) => {
      const { rows } = await client.query(
        `${SELECT} WHERE m.id = (SELECT id FROM offer_message WHERE status = 'queued' AND ($1::bigint IS NULL OR round_id = $1)
           ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)`,
        [roundId],
      );
      if (!rows[0]) return false;
      const message = rowSchema.parse(rows[0]);
      const outcome = await deliver(message, client);
      await client.query(
        `UPDATE offer_message SET status = $2, sender = $3, attempts = attempts + 1, last_error = $4,
           delivered_at = CASE WHEN $2 = 'delivered' THEN now() ELSE delivered_at END WHERE id = $1`,
        [message.id, outcome.status, outcome.sender, outcome.error?.slice(0, 500) ?? null],
      );
      counts[outcome.status] += 1;
      return true;
    });
    if (!done) break;
  }
  return counts;
}

/** Failed messages go back to the queue (a sender that was down is up again). */
export async function requeueFailed(db: Db, roundId: number): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE offer_message SET status = 'queued' WHERE round_id = $1 AND status = 'failed'`,
    [roundId],
  );
  return rowCount ?? 0;
}
