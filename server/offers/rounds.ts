import 'server-only';
import type { z } from 'zod';
import { referenceMunicipality } from '../../core/config/reference';
import { badRequest } from '../../core/errors';
import { isPermitted, type Principal } from '../../domain/auth/actions';
import { defaultRetentionEnd, roundSettingsSchema } from '../../domain/offers/round';
import type { OffersActor } from '../../store/offers-actor';
import { createRound, listRounds, type RoundRecord } from '../../store/offers-rounds';
import { offersPool } from './offers-pool';
import type { createRoundSchema } from './schemas';

/** The rounds a user may see (their municipalities'), newest first; no individual data. */
export async function roundsFor(user: Principal): Promise<RoundRecord[]> {
  return (await listRounds(await offersPool())).filter((r) =>
    isPermitted(user, 'offers.read', r.settings.municipalityCode),
  );
}

/** The rounds whose follow-up figures a user may see (managers and leadership: aggregates only). */
export async function roundsForKpi(user: Principal): Promise<RoundRecord[]> {
  return (await listRounds(await offersPool())).filter((r) =>
    isPermitted(user, 'offers.kpi', r.settings.municipalityCode),
  );
}

export async function createRoundFor(
  user: Principal,
  actor: OffersActor,
  body: z.output<typeof createRoundSchema>,
): Promise<number> {
  const municipalityCode = body.municipalityCode ?? referenceMunicipality();
  if (!isPermitted(user, 'offers.manage', municipalityCode))
    throw badRequest(`You do not work for municipality ${municipalityCode}`);
  const parsed = roundSettingsSchema.safeParse({
    ...body,
    municipalityCode,
    retentionEnd: body.retentionEnd ?? defaultRetentionEnd(body.startYear),
    ...(body.kind === 'ece' && body.eceAge === undefined ? { eceAge: 1 } : {}),
  });
  if (!parsed.success)
    throw badRequest(
      'Invalid round',
      parsed.error.issues.map((i) => ({ param: i.path.join('.'), message: i.message })),
    );
  return createRound(await offersPool(), parsed.data, actor);
}
