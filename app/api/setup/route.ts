import { z } from 'zod';
import { usernameSchema } from '@/domain/auth/username';
import { clientAddress } from '@/server/auth/client-address';
import { handle, json, parseJsonBody } from '@/server/http/respond';
import { createFirstAdmin } from '@/server/users';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const body = z.strictObject({
  code: z.string().min(4).max(40),
  username: usernameSchema,
  password: z.string().min(1).max(1000),
});

/** POST /api/setup {code, username, password}: the first administrator, with the one-time code `npm start` printed (public). */
export function POST(request: Request) {
  return handle(async () => {
    const input = await parseJsonBody(request, body);
    const admin = await createFirstAdmin({ ...input, address: clientAddress(request.headers) });
    return json({ user: { username: admin.username, roles: admin.roles } }, { status: 201 });
  });
}
