import { z } from 'zod';
import { ROLES } from '@/domain/auth/actions';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseJsonBody } from '@/server/http/respond';
import { createAccount, listAccounts } from '@/server/users';
import { usernameSchema } from '@/domain/auth/username';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/users: every account with its roles (admins only). */
export function GET(request: Request) {
  return handle(async () => {
    await authorize(request, 'users.manage');
    return json({ users: await listAccounts() }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

const body = z.strictObject({
  username: usernameSchema,
  password: z.string().min(1).max(1000),
  roles: z.array(z.enum(ROLES)).min(1),
  municipalities: z.array(z.string().regex(/^\d{3}$/)).default([]),
  displayName: z.string().trim().max(200).optional(),
});

/** POST /api/users {username, password, roles, municipalities?}: a new local account (admins only). */
export function POST(request: Request) {
  return handle(async () => {
    const by = await authorize(request, 'users.manage');
    return json({ user: await createAccount(by, await parseJsonBody(request, body)) }, { status: 201 });
  });
}
