import 'server-only';

/**
 * The session cookie: the random token only, HttpOnly (no script reads it), SameSite=Lax (not sent on
 * cross-site subrequests; the sign-in provider's redirect back still works), Secure whenever the
 * product is not served over plain http on this machine itself.
 */
export const SESSION_COOKIE = 'tilannehuone_session';

const isLoopback = (host: string) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host);

export function cookieIsSecure(request: Request): boolean {
  const url = new URL(request.url);
  return url.protocol === 'https:' || !isLoopback(request.headers.get('host') ?? url.host);
}

export function sessionCookie(token: string, secure: boolean, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export const clearedSessionCookie = (secure: boolean) => sessionCookie('', secure, 0);

/** The session token of a Cookie header, or null. */
export function tokenOf(cookieHeader: string | null): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}
