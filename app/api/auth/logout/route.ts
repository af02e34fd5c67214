import { clientAddress } from '@/server/auth/client-address';
import { clearedSessionCookie, cookieIsSecure, tokenOf } from '@/server/auth/session-cookie';
import { signOut } from '@/server/auth/sign-in';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** POST /api/auth/logout: ends the session (server side) and clears its cookie. */
export function POST(request: Request) {
  return handle(async () => {
    await signOut(tokenOf(request.headers.get('cookie')), clientAddress(request.headers));
    return json({ signedOut: true }, { headers: { 'Set-Cookie': clearedSessionCookie(cookieIsSecure(request)) } });
  });
}
