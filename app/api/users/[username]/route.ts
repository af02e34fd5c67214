import { z } from 'zod';
import { ROLES } from '@/domain/auth/actions';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseJsonBody } from '@/server/http/respond';
import { changeAccount } from '@/server/users';
import { usernameSchema } from '@/domain/auth/username';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const body = z
  .strictObject({
    roles: z.array(z.enum(ROLES)).optional(),
    municipalities: z.array(z.string().regex(/^\d{3}$/)).optional(),
    disabled: z.boolean().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, 'give roles, municipalities or disabled');

/** PATCH /api/users/<username> {roles?, municipalities?, disabled?}: changes an account; its sessions end (admins only). */
export function PATCH(request: Request, ctx: { params: Promise<{ username: string }> }) {
  return handle(async () => {
    const by = await authorize(request, 'users.manage');
    const username = usernameSchema.parse((await ctx.params).username);
    return json({ user: await changeAccount(by, username, await parseJsonBody(request, body)) });
  });
}
