import 'server-only';
import { AppError } from '../../core/errors';
import { dummyHash, verifyPassword } from '../../core/security/password';
import { recordAudit } from '../../store/audit';
import { clearFailures, isRateLimited, recordFailure } from '../../store/login-failures';
import { createSession, endSession } from '../../store/sessions';
import { usernameSchema } from '../../domain/auth/username';
import { findForSignIn, type User } from '../../store/users';
import { appPool } from '../app-store';
import { sessionPolicy, signInLimits } from './policy';

/**
 * Local sign-in: too many failures for the account or the address in the window are refused before the
 * password is even looked at; an unknown user costs as much time as a wrong password; every outcome is
 * in the audit trail (never the password, never the typed username of a failed attempt as an actor).
 */
export async function signIn(input: {
  username: string;
  password: string;
  address: string;
}): Promise<{ token: string; user: User }> {
  const pool = await appPool();
  const parsed = usernameSchema.safeParse(input.username);
  const username = parsed.success ? parsed.data : input.username.slice(0, 64).toLowerCase();
  const audit = (outcome: 'ok' | 'denied' | 'failed', user: User | null, reason?: string) =>
    recordAudit(pool, {
      actorId: user?.id ?? null,
      actor: user?.username ?? 'anonymous',
      action: 'auth.sign_in',
      objectType: 'user',
      objectId: user ? String(user.id) : undefined,
      outcome,
      address: input.address,
      details: reason ? { reason } : {},
    });
  if (await isRateLimited(pool, username, input.address, signInLimits())) {
    await audit('denied', null, 'rate_limited');
    throw new AppError('rate_limited', 'Too many failed sign-ins; wait 15 minutes and try again');
  }
  const user = parsed.success ? await findForSignIn(pool, username) : null;
  const usable = user && !user.disabled && user.passwordHash;
  let ok = false;
  if (usable) ok = await verifyPassword(user.passwordHash!, input.password);
  // An unknown or disabled user costs the same time as a wrong password: timing tells nothing.
  else await verifyPassword(await dummyHash(), input.password);
  if (!ok || !user) {
    await recordFailure(pool, username, input.address);
    await audit('failed', null, user?.disabled ? 'disabled' : 'bad_credentials');
    throw new AppError('unauthorized', 'Wrong username or password');
  }
  await clearFailures(pool, username);
  const token = await createSession(pool, user.id, input.address, sessionPolicy());
  await audit('ok', user);
  return { token, user };
}

export async function signOut(token: string | null, address: string): Promise<void> {
  if (!token) return;
  const pool = await appPool();
  const userId = await endSession(pool, token);
  if (userId !== null) {
    await recordAudit(pool, {
      actorId: userId,
      actor: `user:${userId}`,
      action: 'auth.sign_out',
      outcome: 'ok',
      address,
    });
  }
}
