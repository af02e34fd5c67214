import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { isAppError } from '@/core/errors';
import type { Action } from '@/domain/auth/actions';
import { parseLang, type Lang } from '@/i18n';
import { roundFor, type OffersActor, type RoundRecord } from '@/server/offers/access';
import { pageActor } from '@/server/offers/actor';
import { roundIdSchema } from '@/server/offers/schemas';
import { requirePage } from '../_auth';
import type { SearchParams } from '../_page-data';

/**
 * What every page of one round does first: the page's action (sign-in and role, app/_auth.ts), then the
 * round and the user's right to it for the round's municipality - 404 for no such round, 403 otherwise.
 */
export interface RoundPage {
  round: RoundRecord;
  actor: OffersActor;
  lang: Lang;
  permitted: Action[];
  sp: Record<string, string | string[] | undefined>;
}

export async function loadRoundPage(
  action: Action,
  params: Promise<{ round: string }>,
  searchParams: SearchParams,
): Promise<RoundPage> {
  const { user, permitted } = await requirePage(action);
  const sp = await searchParams;
  const parsed = roundIdSchema.safeParse((await params).round);
  if (!parsed.success) notFound();
  const actor = await pageActor(user);
  try {
    const round = await roundFor(user, action, parsed.data, actor);
    return { round, actor, lang: parseLang(sp.lang), permitted, sp };
  } catch (err) {
    if (isAppError(err) && err.code === 'not_found') notFound();
    if (isAppError(err) && err.code === 'forbidden') forbidden();
    throw err;
  }
}
