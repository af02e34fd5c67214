import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { toUser, USER_COLUMNS, type User } from './users';

/**
 * Server-side sessions. The browser holds a random 256-bit token; the table holds only its SHA-256, so
 * a copy of the table lets nobody sign in. A session ends at sign-out, after `idleMinutes` without a
 * request, or at its absolute expiry, whichever comes first; a disabled user's sessions end at once.
 */
export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  pool: pg.Pool | pg.PoolClient,
  userId: number,
  address: string,
  policy: SessionPolicy,
) {
  const token = randomBytes(32).toString('base64url');
  await pool.query(
    `INSERT INTO app_session (token_hash, user_id, expires_at, address)
     VALUES ($1, $2, now() + make_interval(hours => $3), $4)`,
    [hashToken(token), userId, policy.maxHours, address],
  );
  return token;
}

/** The signed-in user of a token, touching the session; null when it ended, expired or idled out. */
export async function readSession(
  pool: pg.Pool,
  token: string,
  policy: SessionPolicy,
): Promise<(User & { sessionStarted: string }) | null> {
  const { rows } = await pool.query(
    `UPDATE app_session s SET last_seen_at = now()
     FROM app_user u
     WHERE s.token_hash = $1 AND u.id = s.user_id AND s.ended_at IS NULL AND NOT u.disabled
       AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
     RETURNING ${USER_COLUMNS.split(', ')
       .map((c) => `u.${c}`)
       .join(', ')}, s.created_at AS session_started`,
    [hashToken(token), policy.idleMinutes],
  );
  return rows[0] ? { ...toUser(rows[0]), sessionStarted: (rows[0].session_started as Date).toISOString() } : null;
}

export async function endSession(pool: pg.Pool, token: string): Promise<number | null> {
  const { rows } = await pool.query(
    `UPDATE app_session SET ended_at = now() WHERE token_hash = $1 AND ended_at IS NULL RETURNING user_id`,
    [hashToken(token)],
  );
  return rows[0] ? Number(rows[0].user_id) : null;
}

/** Ends every session of a user (disabled, password or roles changed). */
export async function endSessionsOf(pool: pg.Pool | pg.PoolClient, userId: number): Promise<void> {
  await pool.query(`UPDATE app_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
}
