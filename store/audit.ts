import type pg from 'pg';
import { z } from 'zod';

/**
 * The audit trail (append-only: a trigger refuses changes and deletions). An event says who did which
 * action to which object, when, from where and with what outcome; `details` holds ids and codes only,
 * never the sensitive values themselves and never free text. Write it with the same client as the
 * change it records, inside that change's transaction.
 */
export interface AuditEvent {
  actorId: number | null;
  /** The username at the time (or 'anonymous', 'system'). */
  actor: string;
  action: string;
  objectType?: string;
  objectId?: string;
  outcome: 'ok' | 'denied' | 'failed';
  address?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(db: pg.Pool | pg.PoolClient, e: AuditEvent): Promise<void> {
  await db.query(
    `INSERT INTO audit_event (actor_id, actor, action, object_type, object_id, outcome, address, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.actorId,
      e.actor,
      e.action,
      e.objectType ?? null,
      e.objectId ?? null,
      e.outcome,
      e.address ?? null,
      e.details ?? {},
    ],
  );
}

const entrySchema = z.object({
  id: z.number(),
  at: z.date().transform((d) => d.toISOString()),
  actor: z.string(),
  action: z.string(),
  object_type: z.string().nullable(),
  object_id: z.string().nullable(),
  outcome: z.string(),
  address: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.output<typeof entrySchema>;

export interface AuditQuery {
  since?: string;
  actor?: string;
  action?: string;
  limit?: number;
  /** Entries older than this id (paging backwards). */
  before?: number;
}

/** Entries newest first. */
export async function searchAudit(pool: pg.Pool, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const { rows } = await pool.query(
    `SELECT id, at, actor, action, object_type, object_id, outcome, address, details FROM audit_event
     WHERE ($1::timestamptz IS NULL OR at >= $1) AND ($2::text IS NULL OR actor = $2)
       AND ($3::text IS NULL OR action = $3) AND ($4::bigint IS NULL OR id < $4)
     ORDER BY id DESC LIMIT $5`,
    [q.since ?? null, q.actor ?? null, q.action ?? null, q.before ?? null, Math.min(q.limit ?? 200, 5000)],
  );
  return rows.map((r) => entrySchema.parse(r));
}
