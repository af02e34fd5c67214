import { z } from 'zod';
import { clientAddress } from '@/server/auth/client-address';
import { sessionPolicy } from '@/server/auth/policy';
import { cookieIsSecure, sessionCookie } from '@/server/auth/session-cookie';
import { signIn } from '@/server/auth/sign-in';
import { handle, json, parseJsonBody } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const body = z.strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

/**
 * POST /api/auth/login {"username", "password"}: 200 with the user and the session cookie; 401 on bad
 * credentials; 429 when the account or the address has failed too often. (Public: no session needed.)
 */
export function POST(request: Request) {
  return handle(async () => {
    const { username, password } = await parseJsonBody(request, body);
    const { token, user } = await signIn({ username, password, address: clientAddress(request.headers) });
    return json(
      { user: { username: user.username, displayName: user.displayName, roles: user.roles } },
      { headers: { 'Set-Cookie': sessionCookie(token, cookieIsSecure(request), sessionPolicy().maxHours * 3600) } },
    );
  });
}
