import type pg from 'pg';
import { AppError } from '../core/errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../core/security/password';
import type { Role } from '../domain/auth/actions';
import { recordAudit } from './audit';
import { endSessionsOf } from './sessions';
import { withTransaction } from './transaction';
import * as users from './users';

/**
 * Account management, for the admin page and `npm run users` alike. Each change is one transaction with
 * its audit event; changing a user's roles, municipalities or password, or disabling them, ends their
 * sessions, so the change applies at once. The audit holds roles and codes, never a password.
 */
export interface Actor {
  id: number | null;
  name: string;
  address: string | null;
}

const checkPassword = (password: string) => {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('bad_request', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`, [
      { param: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  }
};

export async function createAccount(
  pool: pg.Pool,
  actor: Actor,
  u: { username: string; password: string; roles: Role[]; municipalities?: string[]; displayName?: string },
): Promise<users.User> {
  checkPassword(u.password);
  const passwordHash = await hashPassword(u.password);
  return withTransaction(pool, async (client) => {
    const created = await users.createUser(client, { ...u, passwordHash });
    await recordAudit(client, {
      actorId: actor.id,
      actor: actor.name,
      action: 'users.create',
      objectType: 'user',
      objectId: String(created.id),
      outcome: 'ok',
      address: actor.address,
      details: { roles: created.roles.join(','), municipalities: created.municipalities.join(',') },
    });
    return created;
  });
}

export interface AccountChange {
  roles?: Role[];
  municipalities?: string[];
  disabled?: boolean;
  password?: string;
}

export async function changeAccount(pool: pg.Pool, actor: Actor, username: string, change: AccountChange) {
  if (change.password !== undefined) checkPassword(change.password);
  const passwordHash = change.password === undefined ? undefined : await hashPassword(change.password);
  return withTransaction(pool, async (client) => {
    let user = await users.findUser(client, username);
    if (!user) throw new AppError('not_found', `no user named '${username}'`);
    if (change.disabled === true && user.id === actor.id)
      throw new AppError('bad_request', 'You cannot disable yourself');
    if (change.roles) user = await users.setRoles(client, username, change.roles);
    if (change.municipalities) user = await users.setMunicipalities(client, username, change.municipalities);
    if (change.disabled !== undefined) user = await users.setDisabled(client, username, change.disabled);
    if (passwordHash) user = await users.setPasswordHash(client, username, passwordHash);
    await endSessionsOf(client, user.id);
    const action = passwordHash
      ? 'users.set_password'
      : change.disabled === undefined
        ? 'users.set_roles'
        : change.disabled
          ? 'users.disable'
          : 'users.enable';
    await recordAudit(client, {
      actorId: actor.id,
      actor: actor.name,
      action,
      objectType: 'user',
      objectId: String(user.id),
      outcome: 'ok',
      address: actor.address,
      details: { roles: user.roles.join(','), municipalities: user.municipalities.join(','), disabled: user.disabled },
    });
    return user;
  });
}
