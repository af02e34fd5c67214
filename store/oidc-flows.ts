import type pg from 'pg';

/** Sign-ins through the identity provider in progress (state, nonce, PKCE verifier), each used once. */
export interface OidcFlow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export async function saveOidcFlow(pool: pg.Pool, flow: OidcFlow): Promise<void> {
  await pool.query(`DELETE FROM oidc_flow WHERE created_at < now() - interval '10 minutes'`);
  await pool.query('INSERT INTO oidc_flow (state, nonce, verifier, return_to) VALUES ($1, $2, $3, $4)', [
    flow.state,
    flow.nonce,
    flow.verifier,
    flow.returnTo,
  ]);
}

/** The flow of `state`, removed as it is read (a code cannot be replayed); null when unknown or expired. */
export async function takeOidcFlow(pool: pg.Pool, state: string): Promise<OidcFlow | null> {
  const { rows } = await pool.query(
    `DELETE FROM oidc_flow WHERE state = $1 AND created_at > now() - interval '10 minutes'
     RETURNING state, nonce, verifier, return_to`,
    [state],
  );
  return rows[0]
    ? { state: rows[0].state, nonce: rows[0].nonce, verifier: rows[0].verifier, returnTo: rows[0].return_to }
    : null;
}
