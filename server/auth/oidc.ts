import 'server-only';
import * as client from 'openid-client';
import { createHash } from 'node:crypto';
import { readEnv } from '../../core/config/env';
import { AppError } from '../../core/errors';
import { parseRoleGroups, rolesFromClaims } from '../../domain/auth/role-groups';
import { usernameSchema } from '../../domain/auth/username';
import { recordAudit } from '../../store/audit';
import { saveOidcFlow, takeOidcFlow } from '../../store/oidc-flows';
import { createSession } from '../../store/sessions';
import { upsertOidcUser } from '../../store/users';
import { appPool } from '../app-store';
import { sessionPolicy } from './policy';

/**
 * Sign-in through the city's identity provider (Entra ID and the like) with OpenID Connect: the
 * authorization-code flow with PKCE, state and nonce (openid-client). The provider says who someone is
 * and which groups they are in; the product's own mapping (TILANNEHUONE_OIDC_ROLE_GROUPS) decides the
 * roles, and someone whose groups grant none gets no account. Sessions are then the product's own.
 */
interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowHttp: boolean;
}

function settings(): OidcSettings {
  const env = readEnv();
  if (!env.TILANNEHUONE_OIDC_ISSUER || !env.TILANNEHUONE_OIDC_CLIENT_ID || !env.TILANNEHUONE_OIDC_CLIENT_SECRET) {
    throw new AppError('not_found', 'Sign-in with the city account is not configured');
  }
  return {
    issuer: env.TILANNEHUONE_OIDC_ISSUER,
    clientId: env.TILANNEHUONE_OIDC_CLIENT_ID,
    clientSecret: env.TILANNEHUONE_OIDC_CLIENT_SECRET,
    allowHttp: env.TILANNEHUONE_OIDC_ALLOW_HTTP,
  };
}

const holder = globalThis as typeof globalThis & {
  tilannehuoneOidc?: { key: string; config: Promise<client.Configuration> };
};

/** The provider's configuration, discovered once per process (retried after a failure). */
function configuration(s: OidcSettings): Promise<client.Configuration> {
  const key = `${s.issuer}|${s.clientId}`;
  if (holder.tilannehuoneOidc?.key !== key) {
    const config = client.discovery(new URL(s.issuer), s.clientId, s.clientSecret, undefined, {
      ...(s.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
    });
    config.catch(() => (holder.tilannehuoneOidc = undefined));
    holder.tilannehuoneOidc = { key, config };
  }
  return holder.tilannehuoneOidc.config;
}

/** Where the provider sends people back: the public address when configured, else this request's own. */
export function callbackUrl(request: Request): URL {
  const base = readEnv().TILANNEHUONE_PUBLIC_URL ?? `${new URL(request.url).protocol}//${request.headers.get('host')}`;
  return new URL('/api/auth/oidc/callback', base);
}

/** A relative path of this site to return to after sign-in (never another site). */
export const safeReturnPath = (next: string | null): string =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';

export async function beginOidcSignIn(request: Request, next: string | null): Promise<{ url: string; state: string }> {
  const s = settings();
  const config = await configuration(s);
  const verifier = client.randomPKCECodeVerifier();
  const flow = { state: client.randomState(), nonce: client.randomNonce(), verifier, returnTo: safeReturnPath(next) };
  await saveOidcFlow(await appPool(), flow);
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(request).href,
    scope: 'openid email profile',
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { url: url.href, state: flow.state };
}

/** A username from the provider's claims that fits the product's rules (or a stable one made from the subject). */
function usernameOf(claims: client.IDToken, issuer: string): string {
  for (const candidate of [claims.preferred_username, claims.email]) {
    const parsed = usernameSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return `oidc-${createHash('sha256').update(`${issuer}|${claims.sub}`).digest('hex').slice(0, 12)}`;
}

export async function completeOidcSignIn(
  request: Request,
  boundState: string | null,
  address: string,
): Promise<{ token: string; returnTo: string }> {
  const s = settings();
  const current = new URL(request.url);
  const state = current.searchParams.get('state');
  // The flow must have started in this browser (its cookie names the same state): no sign-in forgery.
  if (!state || state !== boundState)
    throw new AppError('bad_request', 'The sign-in expired or did not start here; try again');
  const pool = await appPool();
  const flow = await takeOidcFlow(pool, state);
  if (!flow) throw new AppError('bad_request', 'The sign-in expired or did not start here; try again');
  const callback = callbackUrl(request);
  callback.search = current.search;
  let claims: client.IDToken | undefined;
  try {
    const tokens = await client.authorizationCodeGrant(await configuration(s), callback, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch (err) {
    console.error('[oidc] the provider answer was refused:', (err as { cause?: unknown }).cause ?? err);
  }
  if (!claims) throw new AppError('unauthorized', 'The identity provider did not confirm the sign-in');
  const roles = rolesFromClaims(
    claims as { groups?: unknown; roles?: unknown },
    parseRoleGroups(readEnv().TILANNEHUONE_OIDC_ROLE_GROUPS),
  );
  const issuer = String(claims.iss);
  if (roles.length === 0) {
    await recordAudit(pool, {
      actorId: null,
      actor: 'anonymous',
      action: 'auth.sign_in',
      outcome: 'denied',
      address,
      details: { reason: 'no_role', method: 'oidc' },
    });
    throw new AppError('forbidden', 'Your account has no role in Tilannehuone; ask the administrator');
  }
  const user = await upsertOidcUser(pool, {
    issuer,
    subject: String(claims.sub),
    username: usernameOf(claims, issuer),
    displayName: typeof claims.name === 'string' ? claims.name : null,
    roles,
  });
  if (user.disabled) throw new AppError('forbidden', 'This account is disabled');
  const token = await createSession(pool, user.id, address, sessionPolicy());
  await recordAudit(pool, {
    actorId: user.id,
    actor: user.username,
    action: 'auth.sign_in',
    objectType: 'user',
    objectId: String(user.id),
    outcome: 'ok',
    address,
    details: { method: 'oidc', roles: roles.join(',') },
  });
  return { token, returnTo: flow.returnTo };
}
