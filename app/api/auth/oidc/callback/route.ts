import { clientAddress } from '@/server/auth/client-address';
import { completeOidcSignIn } from '@/server/auth/oidc';
import { sessionPolicy } from '@/server/auth/policy';
import { cookieIsSecure, sessionCookie } from '@/server/auth/session-cookie';
import { handle } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const boundState = (cookieHeader: string | null) =>
  (cookieHeader ?? '')
    .split(';')
    .map((p) => p.trim())
    .find((p) => p.startsWith('tilannehuone_oidc='))
    ?.slice('tilannehuone_oidc='.length) ?? null;

/** GET /api/auth/oidc/callback?code&state: the provider sends the user back; a session starts (public). */
export function GET(request: Request) {
  return handle(async () => {
    const { token, returnTo } = await completeOidcSignIn(
      request,
      boundState(request.headers.get('cookie')),
      clientAddress(request.headers),
    );
    const secure = cookieIsSecure(request);
    const headers = new Headers({ Location: returnTo });
    headers.append('Set-Cookie', sessionCookie(token, secure, sessionPolicy().maxHours * 3600));
    headers.append(
      'Set-Cookie',
      `tilannehuone_oidc=; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`,
    );
    return new Response(null, { status: 302, headers });
  });
}
