import { beginOidcSignIn } from '@/server/auth/oidc';
import { cookieIsSecure } from '@/server/auth/session-cookie';
import { handle } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/auth/oidc/start?next=/map: off to the city's identity provider (public; the flow is bound to this browser). */
export function GET(request: Request) {
  return handle(async () => {
    const { url, state } = await beginOidcSignIn(request, new URL(request.url).searchParams.get('next'));
    const secure = cookieIsSecure(request) ? '; Secure' : '';
    return new Response(null, {
      status: 302,
      headers: {
        Location: url,
        'Set-Cookie': `tilannehuone_oidc=${state}; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=600${secure}`,
      },
    });
  });
}
