import { z } from 'zod';
import { AppError, notFound } from '@/core/errors';
import { authorize } from '@/server/auth/authorize';
import { handle, json, parseQuery } from '@/server/http/respond';
import { fetchAreaProfile } from '@/server/wellbeing/area-profile';
import { wellbeingParams } from '@/server/wellbeing/params';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/wellbeing/areas/091 (or a postal code): the area's profile, outcomes, forecasts and drivers. */
export function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  return handle(async () => {
    await authorize(request, 'wellbeing.read');
    parseQuery(request, z.strictObject({}));
    const code = wellbeingParams.area.safeParse((await ctx.params).code);
    if (!code.success)
      throw new AppError('bad_request', 'Invalid area', [{ param: 'code', message: code.error.issues[0].message }]);
    const profile = await fetchAreaProfile(code.data);
    if (!profile) throw notFound(`No wellbeing profile for ${code.data}`);
    return json(profile);
  });
}
