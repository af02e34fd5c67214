import { z } from 'zod';
import { isAppError } from '@/core/errors';
import { LANGS } from '@/i18n';
import { clientAddress } from '@/server/auth/client-address';
import { surveyAsFamily } from '@/server/offers/family';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/offers/survey (public, the personal link's token is the key): the advance survey of an ECE
 * round as a plain form - desired start date, daily hours, up to three wished units, shift care - answered
 * with a redirect back to the family page (303).
 */
const form = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  child: z.string().min(1).max(64),
  lang: z.enum(LANGS).default('fi'),
  start: z.string(),
  hours: z.coerce.number(),
  language: z.enum(['fi', 'sv']),
  shift: z.literal('on').optional(),
  wish: z.array(z.string()).max(3).default([]),
});

export async function POST(request: Request): Promise<Response> {
  const data = await request.formData().catch(() => new FormData());
  const parsed = form.safeParse({
    ...Object.fromEntries([...data.entries()].filter(([k]) => k !== 'wish')),
    wish: data.getAll('wish').map(String).filter(Boolean),
  });
  const token = String(data.get('token') ?? '');
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return new Response('Bad request', { status: 400 });
  const lang = parsed.success ? parsed.data.lang : 'fi';
  const back = (q: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { Location: `/offer/${encodeURIComponent(token)}?${new URLSearchParams({ lang, ...q }).toString()}` },
    });
  if (!parsed.success) return back({ error: 'bad_request' });
  const f = parsed.data;
  try {
    await surveyAsFamily(token, clientAddress(request.headers), f.child, {
      desiredStartDate: f.start,
      dailyHours: f.hours,
      wishes: [...new Set(f.wish)],
      shiftCare: f.shift === 'on',
      language: f.language,
    });
    return back({ done: 'survey' });
  } catch (err) {
    if (!isAppError(err)) console.error('[offers] survey answer failed:', err);
    return back({ error: isAppError(err) ? err.code : 'internal' });
  }
}
