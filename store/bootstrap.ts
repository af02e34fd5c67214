import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../core/errors';
import { createAccount } from './accounts';
import { withTransaction } from './transaction';
import { countAdmins } from './users';

/**
 * The first administrator. While no active admin exists, `npm start` makes a one-time setup code and
 * prints it on the server's console (only someone at the server can read it); the setup page accepts
 * it once to create the first admin. `npm run users -- create <name> --role admin` works as well.
 */
const KEY = 'bootstrap_code_sha256';
const digest = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest();

/** A new setup code when there is no admin yet (replacing an older one), else null. */
export async function issueBootstrapCode(pool: pg.Pool): Promise<string | null> {
  if ((await countAdmins(pool)) > 0) return null;
  const code = randomBytes(10)
    .toString('base64url')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X')
    .slice(0, 12);
  const readable = code.match(/.{4}/g)!.join('-');
  await pool.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [KEY, digest(readable).toString('hex')],
  );
  return readable;
}

export async function bootstrapAdmin(
  pool: pg.Pool,
  input: { code: string; username: string; password: string; address: string },
) {
  const { rows } = await pool.query('SELECT value FROM app_meta WHERE key = $1', [KEY]);
  const stored = rows[0] ? Buffer.from(String(rows[0].value), 'hex') : null;
  const given = digest(input.code);
  if (!stored || stored.length !== given.length || !timingSafeEqual(stored, given) || (await countAdmins(pool)) > 0) {
    throw new AppError('forbidden', 'The setup code is not valid (or an administrator exists already)');
  }
  const admin = await createAccount(
    pool,
    { id: null, name: 'setup', address: input.address },
    {
      username: input.username,
      password: input.password,
      roles: ['admin'],
    },
  );
  await withTransaction(pool, (client) => client.query('DELETE FROM app_meta WHERE key = $1', [KEY]));
  return admin;
}
