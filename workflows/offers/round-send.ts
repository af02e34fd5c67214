import type pg from 'pg';
import { formatDate } from '../../core/format/number';
import type { OfferUnit } from '../../domain/offers/offer-unit';
import { answerDueOn, reminderDue } from '../../domain/offers/reminder-rule';
import { localeOf } from '../../i18n';
import { childLabel, renderEmail, renderSms, type MessageLang } from '../../i18n/offers/messages';
import { reasonText } from '../../i18n/offers/reasons';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { listCohort, type StoredChild } from '../../store/offers-cohort';
import { queueMessage, type Channel, type MessageKind } from '../../store/offers-messages';
import { recordReminder, transitionOffer } from '../../store/offers-changes';
import { listOffers, type OfferRecord } from '../../store/offers-offers';
import { lockRound, type RoundRecord } from '../../store/offers-rounds';
import { withTransaction } from '../../store/transaction';

/**
 * Sending a round: one message per family in the guardian's language - a text message when there is a
 * phone number, an e-mail when there is an address, a printed letter when there is neither - into the
 * outbox, and every offer of the family `sent`, in one transaction. Children without a place are not sent
 * (the officer finds them a place first). Reminders follow the reminder rule (at most two, a week apart).
 */

export interface SendSummary {
  families: number;
  offers: number;
  messages: number;
}

function unitName(units: ReadonlyMap<string, OfferUnit>, id: string, lang: MessageLang): string {
  const u = units.get(id);
  return u ? (lang === 'sv' && u.nameSv ? u.nameSv : u.nameFi) : id;
}

async function queueFamily(
  client: pg.PoolClient,
  round: RoundRecord,
  kind: MessageKind,
  family: { id: number; children: StoredChild[]; offers: OfferRecord[] },
  units: ReadonlyMap<string, OfferUnit>,
  deadline: string,
  reminderNo?: number,
): Promise<number> {
  const first = family.children[0];
  const lang = first.guardianLanguage;
  const input = {
    kind,
    lang,
    roundKind: round.settings.kind,
    deadline: formatDate(`${deadline}T12:00:00Z`, localeOf(lang)),
    reminderNo,
    children: family.offers.map((o) => {
      const c = family.children.find((x) => x.childId === o.childId)!;
      return {
        label: childLabel(lang, c.name?.split(' ')[0] ?? null, c.birthYear),
        unitName: unitName(units, o.unitId!, lang),
        reason: reasonText(o.facts, lang),
      };
    }),
  };
  const channels: { channel: Channel; recipient: string | null }[] = [];
  if (first.guardianPhone) channels.push({ channel: 'sms', recipient: first.guardianPhone });
  if (first.guardianEmail) channels.push({ channel: 'email', recipient: first.guardianEmail });
  if (channels.length === 0) channels.push({ channel: 'letter', recipient: null });
  for (const c of channels) {
    const mail = renderEmail(input);
    await queueMessage(client, {
      roundId: round.id,
      familyId: family.id,
      kind,
      channel: c.channel,
      language: lang,
      recipient: c.recipient,
      subject: c.channel === 'sms' ? null : mail.subject,
      body: c.channel === 'sms' ? renderSms(input) : mail.body,
    });
  }
  return channels.length;
}

function families(cohort: StoredChild[], offers: OfferRecord[]) {
  const byFamily = new Map<number, { id: number; children: StoredChild[]; offers: OfferRecord[] }>();
  for (const c of cohort) {
    const f = byFamily.get(c.familyId) ?? { id: c.familyId, children: [], offers: [] };
    f.children.push(c);
    byFamily.set(c.familyId, f);
  }
  for (const o of offers) byFamily.get(o.familyId)?.offers.push(o);
  return [...byFamily.values()].filter((f) => f.offers.length > 0);
}

export async function sendOffers(
  pool: pg.Pool,
  roundId: number,
  units: readonly OfferUnit[],
  actor: OffersActor,
  today: string,
): Promise<SendSummary> {
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const offers = (await listOffers(client, { roundId, states: ['proposed'] })).filter((o) => o.unitId !== null);
    const byId = new Map(units.map((u) => [u.unitId, u]));
    const summary: SendSummary = { families: 0, offers: 0, messages: 0 };
    for (const f of families(await listCohort(client, roundId), offers)) {
      const kind: MessageKind = f.offers.some((o) => o.proposalRound > 1) ? 'second_offer' : 'offer';
      const deadline = answerDueOn(round.settings.answerDeadline, today);
      summary.messages += await queueFamily(client, round, kind, f, byId, deadline);
      for (const o of f.offers) await transitionOffer(client, o.id, 'send', actor, { sentOn: today }, { kind });
      summary.families += 1;
      summary.offers += f.offers.length;
    }
    await auditOffers(client, actor, 'offers.send', 'offer_round', roundId, { op: 'send', ...summary });
    return summary;
  });
}

export async function sendReminders(
  pool: pg.Pool,
  roundId: number,
  units: readonly OfferUnit[],
  actor: OffersActor,
  today: string,
): Promise<SendSummary> {
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const byId = new Map(units.map((u) => [u.unitId, u]));
    const due = (o: OfferRecord) =>
      o.sentOn !== null &&
      reminderDue(
        {
          sentOn: o.sentOn,
          remindedOn: o.remindedOn,
          deadline: answerDueOn(round.settings.answerDeadline, o.sentOn),
          answered: false,
        },
        today,
      );
    const offers = (await listOffers(client, { roundId, states: ['sent'] })).filter(due);
    const summary: SendSummary = { families: 0, offers: 0, messages: 0 };
    for (const f of families(await listCohort(client, roundId), offers)) {
      const deadline = answerDueOn(round.settings.answerDeadline, f.offers[0].sentOn!);
      summary.messages += await queueFamily(
        client,
        round,
        'reminder',
        f,
        byId,
        deadline,
        f.offers[0].remindedOn.length + 1,
      );
      for (const o of f.offers) await recordReminder(client, o.id, today);
      summary.families += 1;
      summary.offers += f.offers.length;
    }
    await auditOffers(client, actor, 'offers.send', 'offer_round', roundId, { op: 'remind', ...summary });
    return summary;
  });
}

/**
 * The advance survey of an ECE round: one message per family that has not had one, with the personal
 * link to the survey (desired start date, daily hours, unit wishes), before anything is proposed.
 */
export async function sendSurvey(pool: pg.Pool, roundId: number, actor: OffersActor): Promise<SendSummary> {
  return withTransaction(pool, async (client) => {
    const round = await lockRound(client, roundId);
    const { rows } = await client.query(
      `SELECT DISTINCT family_id FROM offer_message WHERE round_id = $1 AND kind = 'survey'`,
      [roundId],
    );
    const asked = new Set(rows.map((r) => Number(r.family_id)));
    const byFamily = new Map<number, StoredChild[]>();
    for (const c of await listCohort(client, roundId))
      if (!asked.has(c.familyId)) byFamily.set(c.familyId, [...(byFamily.get(c.familyId) ?? []), c]);
    const deadline = round.settings.surveyDeadline ?? round.settings.answerDeadline;
    const summary: SendSummary = { families: 0, offers: 0, messages: 0 };
    for (const [id, children] of byFamily) {
      summary.messages += await queueFamily(client, round, 'survey', { id, children, offers: [] }, new Map(), deadline);
      summary.families += 1;
    }
    await auditOffers(client, actor, 'offers.send', 'offer_round', roundId, { op: 'survey', ...summary });
    return summary;
  });
}
