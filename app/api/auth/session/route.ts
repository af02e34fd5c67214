import { AppError } from '@/core/errors';
import { permittedActions } from '@/domain/auth/actions';
import { userOfCookies } from '@/server/auth/signed-in-user';
import { handle, json } from '@/server/http/respond';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/auth/session: who is signed in and what they may do (the UI shows only that), or 401. */
export function GET(request: Request) {
  return handle(async () => {
    const user = await userOfCookies(request.headers.get('cookie'));
    if (!user) throw new AppError('unauthorized', 'Sign in first');
    return json(
      {
        user: {
          username: user.username,
          displayName: user.displayName,
          roles: user.roles,
          municipalities: user.municipalities,
        },
        permittedActions: permittedActions(user),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });
}
