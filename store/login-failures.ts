import type pg from 'pg';

/**
 * Failed sign-ins, counted per account and per address over a window: too many, and further attempts
 * are refused (429) until the window has passed - whether or not the password would be right.
 */
export interface RateLimits {
  windowMinutes: number;
  perAccount: number;
  perAddress: number;
}

export async function isRateLimited(
  pool: pg.Pool,
  username: string,
  address: string,
  limits: RateLimits,
): Promise<boolean> {
  const { rows } = await pool.query(
    `SELECT count(*) FILTER (WHERE username = $1) AS account, count(*) FILTER (WHERE address = $2) AS address
     FROM login_failure WHERE at > now() - make_interval(mins => $3) AND (username = $1 OR address = $2)`,
    [username, address, limits.windowMinutes],
  );
  return Number(rows[0].account) >= limits.perAccount || Number(rows[0].address) >= limits.perAddress;
}

export async function recordFailure(pool: pg.Pool, username: string, address: string, keepHours = 24): Promise<void> {
  await pool.query(`INSERT INTO login_failure (username, address) VALUES ($1, $2)`, [username, address]);
  await pool.query(`DELETE FROM login_failure WHERE at < now() - make_interval(hours => $1)`, [keepHours]);
}

/** A successful sign-in clears the account's failures (an address's stay: it may be guessing others). */
export async function clearFailures(pool: pg.Pool, username: string): Promise<void> {
  await pool.query(`DELETE FROM login_failure WHERE username = $1`, [username]);
}
