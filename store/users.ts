import type pg from 'pg';
import { z } from 'zod';
import { AppError, notFound } from '../core/errors';
import { ROLES, type Role } from '../domain/auth/actions';

/** Accounts of the app store. Passwords arrive here hashed (core/security/password.ts), never in clear. */

export interface User {
  id: number;
  username: string;
  displayName: string | null;
  roles: Role[];
  municipalities: string[];
  disabled: boolean;
  local: boolean;
  createdAt: string;
}

const rowSchema = z.object({
  id: z.number(),
  username: z.string(),
  display_name: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  municipalities: z.array(z.string()),
  disabled: z.boolean(),
  password_hash: z.string().nullable(),
  created_at: z.date(),
});
export const toUser = (r: unknown): User => {
  const row = rowSchema.parse(r);
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    municipalities: row.municipalities,
    disabled: row.disabled,
    local: row.password_hash !== null,
    createdAt: row.created_at.toISOString(),
  };
};
export const USER_COLUMNS = 'id, username, display_name, roles, municipalities, disabled, password_hash, created_at';

type Db = pg.Pool | pg.PoolClient;

export interface NewUser {
  username: string;
  passwordHash: string | null;
  roles: Role[];
  municipalities?: string[];
  displayName?: string | null;
}

export async function createUser(db: Db, u: NewUser): Promise<User> {
  try {
    const { rows } = await db.query(
      `INSERT INTO app_user (username, password_hash, roles, municipalities, display_name)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
      [u.username, u.passwordHash, u.roles, u.municipalities ?? [], u.displayName ?? null],
    );
    return toUser(rows[0]);
  } catch (err) {
    if ((err as { code?: string }).code === '23505')
      throw new AppError('conflict', `a user named '${u.username}' exists`);
    throw err;
  }
}

/** The user and their password hash (for sign-in only). */
export async function findForSignIn(
  db: Db,
  username: string,
): Promise<(User & { passwordHash: string | null }) | null> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE username = $1`, [username]);
  return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash as string | null } : null;
}

export async function findUser(db: Db, username: string): Promise<User | null> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE username = $1`, [username]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(db: Db, id: number): Promise<User | null> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM app_user WHERE id = $1`, [id]);
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(db: Db): Promise<User[]> {
  const { rows } = await db.query(`SELECT ${USER_COLUMNS} FROM app_user ORDER BY username`);
  return rows.map(toUser);
}

export const countAdmins = async (db: Db): Promise<number> =>
  Number((await db.query(`SELECT count(*) AS n FROM app_user WHERE 'admin' = ANY(roles) AND NOT disabled`)).rows[0].n);

async function update(db: Db, username: string, set: string, values: unknown[]): Promise<User> {
  const { rows } = await db.query(
    `UPDATE app_user SET ${set}, updated_at = now() WHERE username = $1 RETURNING ${USER_COLUMNS}`,
    [username, ...values],
  );
  if (!rows[0]) throw notFound(`no user named '${username}'`);
  return toUser(rows[0]);
}

export const setRoles = (db: Db, username: string, roles: Role[]) => update(db, username, 'roles = $2', [roles]);
export const setMunicipalities = (db: Db, username: string, codes: string[]) =>
  update(db, username, 'municipalities = $2', [codes]);
export const setDisabled = (db: Db, username: string, disabled: boolean) =>
  update(db, username, 'disabled = $2', [disabled]);
export const setPasswordHash = (db: Db, username: string, passwordHash: string) =>
  update(db, username, 'password_hash = $2', [passwordHash]);

/**
 * The account of someone signed in through the city's identity provider, created on their first
 * sign-in with the roles the provider's groups map to; later sign-ins refresh the roles.
 */
export async function upsertOidcUser(
  db: Db,
  u: { issuer: string; subject: string; username: string; displayName: string | null; roles: Role[] },
): Promise<User> {
  const { rows } = await db.query(
    `INSERT INTO app_user (username, display_name, oidc_issuer, oidc_subject, roles)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (oidc_issuer, oidc_subject) DO UPDATE SET display_name = EXCLUDED.display_name,
       roles = EXCLUDED.roles, updated_at = now()
     RETURNING ${USER_COLUMNS}`,
    [u.username, u.displayName, u.issuer, u.subject, u.roles],
  );
  return toUser(rows[0]);
}
