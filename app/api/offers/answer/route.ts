import { z } from 'zod';
import { isAppError } from '@/core/errors';
import { LANGS } from '@/i18n';
import { clientAddress } from '@/server/auth/client-address';
import { answerAsFamily } from '@/server/offers/family';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * POST /api/offers/answer (public: the personal link's token is the key): the family page's plain form,
 * so answering works without JavaScript. Always answers with a redirect back to the page (303), which says
 * what happened; the token is checked and rate-limited like a page view.
 */
const form = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  child: z.string().max(64).default('all'),
  answer: z.enum(['accept', 'transfer', 'decline']),
  lang: z.enum(LANGS).default('fi'),
  wish: z
    .array(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/))
    .max(3)
    .default([]),
});

export async function POST(request: Request): Promise<Response> {
  const data = await request.formData().catch(() => new FormData());
  const parsed = form.safeParse({
    ...Object.fromEntries([...data.entries()].filter(([k]) => k !== 'wish')),
    wish: data.getAll('wish').map(String).filter(Boolean),
  });
  const back = (token: string, lang: string, q: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { Location: `/offer/${encodeURIComponent(token)}?${new URLSearchParams({ lang, ...q }).toString()}` },
    });
  if (!parsed.success) {
    const token = String(data.get('token') ?? '');
    return /^[A-Za-z0-9_-]{16,64}$/.test(token)
      ? back(token, 'fi', { error: 'bad_request' })
      : new Response('Bad request', { status: 400 });
  }
  const { token, child, answer, lang, wish } = parsed.data;
  try {
    await answerAsFamily(token, clientAddress(request.headers), {
      childId: child === 'all' ? null : child,
      answer,
      wishes: answer === 'transfer' ? [...new Set(wish)] : [],
    });
    return back(token, lang, { done: answer });
  } catch (err) {
    if (!isAppError(err)) console.error('[offers] family answer failed:', err);
    return back(token, lang, { error: isAppError(err) ? err.code : 'internal' });
  }
}
