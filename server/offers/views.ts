import 'server-only';
import { AppError } from '../../core/errors';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { LINK_PLACEHOLDER, redactedLink, type MessageLang } from '../../i18n/offers/messages';
import { reasonText } from '../../i18n/offers/reasons';
import type { Lang } from '../../i18n';
import { listCohort, type StoredChild } from '../../store/offers-cohort';
import { listDecisions, type DecisionRecord } from '../../store/offers-decisions';
import { countMessages, listMessages, type MessageRecord } from '../../store/offers-messages';
import { movesOf, offerHistory } from '../../store/offers-history';
import { listOffers, type OfferRecord } from '../../store/offers-offers';
import { listReplies, type ReplyRecord } from '../../store/offers-replies';
import type { RoundRecord } from '../../store/offers-rounds';
import { placesOf } from '../../workflows/offers/round-propose';
import { offersPool } from './offers-pool';
import { offerUnitsOf } from './units';

/**
 * What the placement officer's pages show of a round: its children with their offers, the units with their
 * places, the outbox (links shown redacted), replies, decisions. Individual data: the callers check
 * `offers.read` for the round's municipality and audit the view (access.ts) before calling these.
 */
export interface UnitView {
  unitId: string;
  name: string;
  language: string;
  lon: number;
  lat: number;
  postalCode: string;
  places: number;
  proposed: number;
  synthetic: boolean;
  placesSynthetic: boolean;
}

export interface ChildOfferView {
  child: StoredChild;
  offer: OfferRecord | null;
  reason: string | null;
  unitName: string | null;
}

export const unitName = (u: Pick<OfferUnit, 'nameFi' | 'nameSv'>, lang: Lang) =>
  lang === 'sv' && u.nameSv ? u.nameSv : u.nameFi;

export async function roundChildren(
  round: RoundRecord,
  lang: Lang,
): Promise<{ rows: ChildOfferView[]; units: UnitView[] }> {
  const pool = await offersPool();
  const [cohort, offers, units] = await Promise.all([
    listCohort(pool, round.id),
    listOffers(pool, { roundId: round.id }),
    offerUnitsOf(round.settings.municipalityCode),
  ]);
  const byChild = new Map(offers.map((o) => [o.childId, o]));
  const byUnit = new Map(units.map((u) => [u.unitId, u]));
  const taken = new Map<string, number>();
  for (const o of offers) if (o.unitId && o.state !== 'declined') taken.set(o.unitId, (taken.get(o.unitId) ?? 0) + 1);
  return {
    rows: cohort.map((child) => {
      const offer = byChild.get(child.childId) ?? null;
      const unit = offer?.unitId ? byUnit.get(offer.unitId) : undefined;
      return {
        child,
        offer,
        reason: offer ? reasonText(offer.facts, lang) : null,
        unitName: unit ? unitName(unit, lang) : (offer?.unitId ?? null),
      };
    }),
    units: units
      .filter((u) => placesOf(round, u) > 0)
      .map((u) => ({
        unitId: u.unitId,
        name: unitName(u, lang),
        language: u.language,
        lon: u.lon,
        lat: u.lat,
        postalCode: u.postalCode,
        places: placesOf(round, u),
        proposed: taken.get(u.unitId) ?? 0,
        synthetic: u.synthetic,
        placesSynthetic: u.placesSynthetic,
      })),
  };
}

export async function childDetail(round: RoundRecord, childId: string, lang: Lang) {
  const { rows, units } = await roundChildren(round, lang);
  const row = rows.find((r) => r.child.childId === childId);
  if (!row) throw new AppError('not_found', 'No such child in the round');
  const pool = await offersPool();
  const history = row.offer ? await offerHistory(pool, row.offer.id) : [];
  const moves = (await movesOf(pool, round.id)).filter((m) => m.childId === childId);
  return { ...row, history, moves, units };
}

export interface MessageView extends Omit<MessageRecord, 'body'> {
  preview: string;
}

export async function roundOutbox(
  round: RoundRecord,
  page = 0,
): Promise<{ messages: MessageView[]; counts: Record<string, number> }> {
  const pool = await offersPool();
  const [messages, counts] = await Promise.all([
    listMessages(pool, round.id, { limit: 200, offset: page * 200 }),
    countMessages(pool, round.id),
  ]);
  return {
    messages: messages.map(({ body, ...m }) => ({
      ...m,
      preview: body.replace(
        LINK_PLACEHOLDER,
        redactedLink[(m.language as MessageLang) in redactedLink ? (m.language as MessageLang) : 'en'],
      ),
    })),
    counts,
  };
}

export const roundReplies = async (round: RoundRecord): Promise<ReplyRecord[]> =>
  listReplies(await offersPool(), round.id);

export const roundDecisions = async (round: RoundRecord): Promise<DecisionRecord[]> =>
  listDecisions(await offersPool(), round.id);

/** Counts for a round's overview: messages by status, replies waiting for review, families (no individuals). */
export async function roundCounts(
  round: RoundRecord,
): Promise<{ messages: Record<string, number>; review: number; families: number }> {
  const pool = await offersPool();
  const [messages, review, families] = await Promise.all([
    countMessages(pool, round.id),
    pool.query(`SELECT count(*) AS n FROM offer_reply WHERE round_id = $1 AND status = 'review'`, [round.id]),
    pool.query('SELECT count(*) AS n FROM offer_family WHERE round_id = $1', [round.id]),
  ]);
  return { messages, review: Number(review.rows[0].n), families: Number(families.rows[0].n) };
}
