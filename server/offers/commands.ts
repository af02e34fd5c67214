import 'server-only';
import type { z } from 'zod';
import { today } from '../../core/config/reference';
import { withTempFile } from '../../workflows/offers/temp-file';
import type { OffersActor } from '../../store/offers-actor';
import { requeueFailed } from '../../store/offers-messages';
import type { RoundRecord } from '../../store/offers-rounds';
import { importCohortCsv, importEvakaCsv, importSyntheticCohort } from '../../workflows/offers/round-cohort';
import { decideRound, expireUnanswered } from '../../workflows/offers/round-decide';
import { moveChild } from '../../workflows/offers/round-move';
import { proposeRound } from '../../workflows/offers/round-propose';
import { importRepliesCsv, resolveReview } from '../../workflows/offers/round-replies';
import { sendOffers, sendReminders, sendSurvey } from '../../workflows/offers/round-send';
import { locatorOf } from '../../workflows/offers/locate-in-area';
import { areaPolygons, cohortBasis } from './cohort-basis';
import { proposeInWorker } from './compute/propose-pool';
import { deliverNow } from './deliver';
import { offersPool } from './offers-pool';
import type { cohortImportSchema, moveSchema } from './schemas';
import { offerUnitsOf } from './units';

/**
 * The placement officer's commands on a round, each one workflow in one transaction (workflows/offers);
 * uploads go through the CLI's own readers (workflows/offers/temp-file.ts).
 */
export async function importCohort(round: RoundRecord, body: z.output<typeof cohortImportSchema>, actor: OffersActor) {
  const pool = await offersPool();
  const s = round.settings;
  const units = await offerUnitsOf(s.municipalityCode);
  if (body.source === 'synthetic') {
    const basis = await cohortBasis(s.municipalityCode, s.startYear, s.kind);
    const result = await importSyntheticCohort(
      pool,
      round.id,
      {
        areas: basis.areas,
        units,
        startYear: s.startYear,
        seed: body.seed ?? s.startYear,
        total: body.total,
        birthYear: s.kind === 'ece' ? s.startYear - (s.eceAge ?? 1) : undefined,
      },
      actor,
    );
    return { ...result, basisYear: basis.year, forecast: basis.forecast };
  }
  if (body.source === 'csv')
    return withTempFile(body.fileName, body.text, (file) => importCohortCsv(pool, round.id, file, units, s, actor));
  const locate = locatorOf(await areaPolygons(s.municipalityCode));
  return withTempFile(body.fileName, body.text, (file) =>
    importEvakaCsv(
      pool,
      round.id,
      file,
      {
        startYear: s.startYear,
        twoYearPreschool: s.twoYearPreschool,
        unitIds: new Set(units.map((u) => u.unitId)),
        locate,
      },
      actor,
    ),
  );
}

export async function propose(round: RoundRecord, second: boolean, actor: OffersActor) {
  const units = await offerUnitsOf(round.settings.municipalityCode);
  return proposeRound(await offersPool(), round.id, units, actor, { second, solve: proposeInWorker });
}

export async function move(round: RoundRecord, offerId: number, body: z.output<typeof moveSchema>, actor: OffersActor) {
  const units = await offerUnitsOf(round.settings.municipalityCode);
  return moveChild(
    await offersPool(),
    offerId,
    body.unitId,
    units,
    { reason: body.reason, note: body.note ?? null, pin: body.pin },
    actor,
  );
}

export async function send(
  round: RoundRecord,
  what: 'survey' | 'offers' | 'reminders' | 'deliver' | 'retry',
  actor: OffersActor,
) {
  const pool = await offersPool();
  const units = await offerUnitsOf(round.settings.municipalityCode);
  if (what === 'retry') await requeueFailed(pool, round.id);
  const summary =
    what === 'survey'
      ? await sendSurvey(pool, round.id, actor)
      : what === 'offers'
        ? await sendOffers(pool, round.id, units, actor, today())
        : what === 'reminders'
          ? await sendReminders(pool, round.id, units, actor, today())
          : null;
  const delivery = await deliverNow(round.id);
  return { summary, delivery };
}

export async function importReplies(round: RoundRecord, fileName: string, text: string, actor: OffersActor) {
  const pool = await offersPool();
  return withTempFile(fileName, text, (file) => importRepliesCsv(pool, round.id, file, actor));
}

export async function resolve(
  replyId: number,
  resolution: 'accept' | 'transfer' | 'decline' | 'ignore',
  familyId: number | undefined,
  actor: OffersActor,
) {
  return resolveReview(await offersPool(), replyId, resolution, actor, familyId);
}

export async function decide(round: RoundRecord, step: 'expire' | 'decide', actor: OffersActor) {
  const pool = await offersPool();
  if (step === 'expire') return { expired: await expireUnanswered(pool, round.id, actor, today()) };
  return decideRound(pool, round.id, await offerUnitsOf(round.settings.municipalityCode), actor, today());
}
