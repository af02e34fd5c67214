import 'server-only';
import { AppError } from '../../core/errors';
import { isAudited, isPermitted, type Action } from '../../domain/auth/actions';
import { recordAudit } from '../../store/audit';
import { appPool } from '../app-store';
import { clientAddress } from './client-address';
import { userOfCookies, type SignedInUser } from './signed-in-user';

/**
 * The server-side check every route handler makes before it does anything: who is asking (401 without
 * a session) and whether they may perform the route's declared action (403 otherwise; refusals of
 * audited actions go into the audit trail). Pages use requirePage (app/_auth.ts) on the same rules.
 */
export interface Authorized {
  user: SignedInUser;
  address: string;
}

export async function authorize(
  request: Request,
  action: Action,
  resource: { municipality?: string } = {},
): Promise<Authorized> {
  const user = await userOfCookies(request.headers.get('cookie'));
  if (!user) throw new AppError('unauthorized', 'Sign in first');
  const address = clientAddress(request.headers);
  if (!isPermitted(user, action, resource.municipality)) {
    if (isAudited(action)) {
      await recordAudit(await appPool(), {
        actorId: user.id,
        actor: user.username,
        action,
        outcome: 'denied',
        address,
        ...(resource.municipality ? { objectType: 'municipality', objectId: resource.municipality } : {}),
      });
    }
    throw new AppError('forbidden', 'Your role does not allow this');
  }
  return { user, address };
}
