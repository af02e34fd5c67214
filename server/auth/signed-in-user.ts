import 'server-only';
import type { Principal } from '../../domain/auth/actions';
import { readSession } from '../../store/sessions';
import { appPool } from '../app-store';
import { sessionPolicy } from './policy';
import { tokenOf } from './session-cookie';

/** The user behind a request's session cookie (touching the session), or null when signed out. */
export interface SignedInUser extends Principal {
  id: number;
  username: string;
  displayName: string | null;
}

export async function userOfCookies(cookieHeader: string | null): Promise<SignedInUser | null> {
  const token = tokenOf(cookieHeader);
  if (!token) return null;
  const user = await readSession(await appPool(), token, sessionPolicy());
  return user
    ? {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        roles: user.roles,
        municipalities: user.municipalities,
      }
    : null;
}
