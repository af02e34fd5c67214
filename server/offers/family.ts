import 'server-only';
import { AppError } from '../../core/errors';
import { haversineKm } from '../../core/geo/geometry';
import type { AreaGeometry } from '../../core/geo/simplify';
import { isAnswerable } from '../../domain/offers/offer-state';
import { answerDueOn } from '../../domain/offers/reminder-rule';
import { isOpenForYear, teachingLanguage, type OfferUnit } from '../../domain/offers/offer-unit';
import { surveyAnswerSchema, type SurveyAnswer } from '../../domain/offers/ece-survey';
import type { ReplyKind } from '../../domain/offers/reply-keywords';
import { reasonText } from '../../i18n/offers/reasons';
import type { Lang } from '../../i18n';
import { auditOffers, FAMILY } from '../../store/offers-actor';
import { listCohort, saveSurvey, type StoredChild } from '../../store/offers-cohort';
import { listDecisions, type DecisionRecord } from '../../store/offers-decisions';
import { familyOfToken, linkLookupsBlocked, recordLinkFailure } from '../../store/offers-links';
import { listOffers, type OfferRecord } from '../../store/offers-offers';
import { insertReply } from '../../store/offers-replies';
import { findRound, type RoundRecord } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';
import { applyAnswer } from '../../workflows/offers/round-replies';
import { placesOf } from '../../workflows/offers/round-propose';
import { areaPolygons } from './cohort-basis';
import { offersPool } from './offers-pool';
import { offerUnitsOf } from './units';
import { unitName } from './views';

/**
 * The family's page behind its personal link: no sign-in, so the token is the key - looked up by its hash,
 * refused after too many wrong tokens from one address (rate limit), and every view and answer is in the
 * audit trail as the family's. The family sees only its own children: the offered unit on a small map
 * with the reason, the deadline, the answer form (or, in an ECE round, the advance survey), and decisions.
 */
const LIMIT = { windowMinutes: 15, perAddress: 20 };

export interface FamilyChildView {
  child: StoredChild;
  offer: OfferRecord | null;
  unit: OfferUnit | null;
  unitLabel: string | null;
  reason: string | null;
  deadline: string | null;
  answerable: boolean;
  decision: DecisionRecord | null;
  /** Units the family may wish for instead (the child's language, open, with places), nearest first. */
  alternatives: { unitId: string; name: string; km: number }[];
}

export interface FamilyView {
  round: RoundRecord;
  familyId: number;
  children: FamilyChildView[];
  surveyOpen: boolean;
  polygons: Map<string, AreaGeometry>;
}

async function familyOf(token: string, address: string): Promise<{ familyId: number; roundId: number }> {
  const pool = await offersPool();
  if (await linkLookupsBlocked(pool, address, LIMIT))
    throw new AppError('rate_limited', 'Too many wrong links from this address; try again in 15 minutes');
  const found = await familyOfToken(pool, token);
  if (!found) {
    await recordLinkFailure(pool, address);
    throw new AppError('not_found', 'This link is not valid (any more)');
  }
  return found;
}

export async function familyView(token: string, address: string, lang: Lang): Promise<FamilyView> {
  const { familyId, roundId } = await familyOf(token, address);
  const pool = await offersPool();
  const round = (await findRound(pool, roundId))!;
  const [children, offers, decisions, units, polygons] = await Promise.all([
    listCohort(pool, roundId, familyId),
    listOffers(pool, { roundId, familyId }),
    listDecisions(pool, roundId, { familyId }),
    offerUnitsOf(round.settings.municipalityCode),
    areaPolygons(round.settings.municipalityCode),
  ]);
  await auditOffers(pool, { ...FAMILY, address }, 'offers.family', 'offer_family', familyId, { op: 'view' });
  const byId = new Map(units.map((u) => [u.unitId, u]));
  const view = children.map((child): FamilyChildView => {
    const offer = offers.find((o) => o.childId === child.childId) ?? null;
    const unit = offer?.unitId ? (byId.get(offer.unitId) ?? null) : null;
    const shown = offer && offer.state !== 'proposed' ? offer : null;
    return {
      child,
      offer: shown,
      unit: shown ? unit : null,
      unitLabel: shown && unit ? unitName(unit, lang) : null,
      reason: shown ? reasonText(shown.facts, lang) : null,
      deadline: shown?.sentOn ? answerDueOn(round.settings.answerDeadline, shown.sentOn) : null,
      answerable: shown !== null && isAnswerable(shown.state),
      decision: decisions.find((d) => d.childId === child.childId) ?? null,
      alternatives: units
        .filter(
          (u) =>
            u.unitId !== offer?.unitId &&
            placesOf(round, u) > 0 &&
            teachingLanguage(u) === child.language &&
            isOpenForYear(u, round.settings.startYear) &&
            (!child.shiftCare || u.shiftCare),
        )
        .map((u) => ({ unitId: u.unitId, name: unitName(u, lang), km: haversineKm(child, u) }))
        .sort((a, b) => a.km - b.km)
        .slice(0, 12),
    };
  });
  const surveyOpen = round.settings.kind === 'ece' && offers.every((o) => o.state === 'proposed');
  return { round, familyId, children: view, surveyOpen, polygons };
}

export async function answerAsFamily(
  token: string,
  address: string,
  input: { childId: string | null; answer: ReplyKind; wishes: string[] },
): Promise<number> {
  const { familyId, roundId } = await familyOf(token, address);
  const view = await familyView(token, address, 'fi');
  for (const c of view.children.filter((x) => input.childId === null || x.child.childId === input.childId))
    for (const w of input.wishes)
      if (!c.alternatives.some((a) => a.unitId === w))
        throw new AppError('bad_request', 'A wished unit cannot take the child');
  return withTransaction(await offersPool(), async (client) => {
    const offers = (await listOffers(client, { roundId, familyId })).filter(
      (o) => isAnswerable(o.state) && (input.childId === null || o.childId === input.childId),
    );
    if (offers.length === 0) throw new AppError('conflict', 'There is no offer to answer');
    const actor = { ...FAMILY, address };
    const applied = await applyAnswer(client, offers, input.answer, input.wishes, actor, 'web');
    const replyId = await insertReply(client, {
      roundId,
      familyId,
      offerId: offers.length === 1 ? offers[0].id : null,
      channel: 'web',
      sender: null,
      text: `web:${input.answer}${input.wishes.length ? ` ${input.wishes.join(' ')}` : ''}`,
      parsed: input.answer,
      status: 'applied',
    });
    await auditOffers(client, actor, 'offers.reply', 'offer_reply', replyId, {
      channel: 'web',
      parsed: input.answer,
      status: 'applied',
    });
    return applied;
  });
}

export async function surveyAsFamily(
  token: string,
  address: string,
  childId: string,
  answer: unknown,
): Promise<SurveyAnswer> {
  const view = await familyView(token, address, 'fi');
  if (!view.surveyOpen) throw new AppError('conflict', 'The survey is closed: the offers have been sent');
  const child = view.children.find((c) => c.child.childId === childId);
  if (!child) throw new AppError('not_found', 'No such child');
  const parsed = surveyAnswerSchema.safeParse(answer);
  if (!parsed.success)
    throw new AppError(
      'bad_request',
      'Invalid survey answer',
      parsed.error.issues.map((i) => ({ param: i.path.join('.'), message: i.message })),
    );
  const units = await offerUnitsOf(view.round.settings.municipalityCode);
  for (const w of parsed.data.wishes) {
    const u = units.find((x) => x.unitId === w);
    if (!u || teachingLanguage(u) !== parsed.data.language)
      throw new AppError('bad_request', 'A wished unit cannot take the child');
  }
  await withTransaction(await offersPool(), async (client) => {
    await saveSurvey(client, view.round.id, childId, parsed.data);
    await auditOffers(client, { ...FAMILY, address }, 'offers.reply', 'offer_family', view.familyId, {
      channel: 'web',
      kind: 'survey',
    });
  });
  return parsed.data;
}
