import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Db } from './offers-actor';

/**
 * Personal links of families: a random 128-bit token in the link, only its SHA-256 in the store, so a copy
 * of the database opens no family's page. Failed look-ups are counted per address for the rate limit.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createLinkToken(client: pg.PoolClient, familyId: number, expiresOn: string): Promise<string> {
  const token = randomBytes(16).toString('base64url');
  await client.query(
    `INSERT INTO offer_link (token_hash, family_id, expires_at) VALUES ($1, $2, ($3::date + 1)::timestamptz)`,
    [hashToken(token), familyId, expiresOn],
  );
  return token;
}

export async function familyOfToken(db: Db, token: string): Promise<{ familyId: number; roundId: number } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const { rows } = await db.query(
    `SELECT f.id, f.round_id FROM offer_link l JOIN offer_family f ON f.id = l.family_id
     JOIN offer_round r ON r.id = f.round_id
     WHERE l.token_hash = $1 AND l.expires_at > now() AND r.status = 'open'`,
    [hashToken(token)],
  );
  return rows[0] ? { familyId: Number(rows[0].id), roundId: Number(rows[0].round_id) } : null;
}

export interface LinkLimit {
  windowMinutes: number;
  perAddress: number;
}

export async function linkLookupsBlocked(db: Db, address: string, limit: LinkLimit): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT count(*) AS n FROM offer_link_failure WHERE address = $1 AND at > now() - make_interval(mins => $2)`,
    [address, limit.windowMinutes],
  );
  return Number(rows[0].n) >= limit.perAddress;
}

export async function recordLinkFailure(db: Db, address: string): Promise<void> {
  await db.query('INSERT INTO offer_link_failure (address) VALUES ($1)', [address]);
  await db.query(`DELETE FROM offer_link_failure WHERE at < now() - interval '1 day'`);
}
