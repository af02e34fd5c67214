import type pg from 'pg';
import { auditOffers, SYSTEM } from './offers-actor';
import { withTransaction } from './transaction';

/**
 * The end of a round's retention period: its personal data - children, families, offers, messages, links,
 * replies, decisions and every change row - is deleted in one transaction (the foreign keys cascade from
 * the children and families). The round itself stays, marked purged, with the anonymous totals the caller
 * computed from the round beforehand; the purge is in the audit trail.
 */
export interface PurgeTarget {
  id: number;
  retentionEnd: string;
}

export async function roundsToPurge(db: pg.Pool, today: string): Promise<PurgeTarget[]> {
  const { rows } = await db.query(
    `SELECT id, retention_end FROM offer_round WHERE status = 'open' AND retention_end < $1::date ORDER BY id`,
    [today],
  );
  return rows.map((r) => ({ id: Number(r.id), retentionEnd: r.retention_end as string }));
}

export async function purgeRound(pool: pg.Pool, roundId: number, summary: Record<string, unknown>): Promise<number> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT id FROM offer_round WHERE id = $1 FOR UPDATE', [roundId]);
    const { rowCount } = await client.query('DELETE FROM offer_child WHERE round_id = $1', [roundId]);
    await client.query('DELETE FROM offer_reply WHERE round_id = $1', [roundId]);
    await client.query('DELETE FROM offer_message WHERE round_id = $1', [roundId]);
    await client.query('DELETE FROM offer_decision WHERE round_id = $1', [roundId]);
    await client.query('DELETE FROM offer_family WHERE round_id = $1', [roundId]);
    await client.query(`UPDATE offer_round SET status = 'purged', purged_at = now(), summary = $2 WHERE id = $1`, [
      roundId,
      summary,
    ]);
    await auditOffers(client, SYSTEM, 'offers.purge', 'offer_round', roundId, { children: rowCount ?? 0 });
    return rowCount ?? 0;
  });
}
