import type pg from 'pg';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { isAnswerable, type OfferEvent } from '../../domain/offers/offer-state';
import { parseReply, type ReplyKind } from '../../domain/offers/reply-keywords';
import { normalisePhone } from '../../domain/offers/cohort-row';
import { LoadError } from '../../pipelines/core/load-error';
import { readCsvTable } from '../../pipelines/core/read-csv-table';
import type { RawFile } from '../../pipelines/core/read-raw-file';
import { auditOffers, type OffersActor } from '../../store/offers-actor';
import { familyByPhone } from '../../store/offers-cohort';
import { transitionOffer } from '../../store/offers-changes';
import { findOffer, listOffers, type OfferRecord } from '../../store/offers-offers';
import { findReply, insertReply, resolveReply, type NewReply } from '../../store/offers-replies';
import { withTransaction } from '../../store/transaction';

/**
 * Answers, however they arrive: an SMS keyword (from a gateway, or a CSV the operator exports), or the
 * family page. A keyword applies to every open offer of the family (one message, one answer); anything
 * the parser cannot read, a number no family has, or an offer that can no longer be answered goes to the
 * review queue with the reply's text. A CSV of replies is one transaction: a bad row changes nothing.
 */
const EVENT: Record<ReplyKind, OfferEvent> = { accept: 'accept', transfer: 'request_transfer', decline: 'decline' };
const ANSWER = { accept: 'accepted', transfer: 'transfer_requested', decline: 'declined' } as const;

export async function applyAnswer(
  client: pg.PoolClient,
  offers: readonly OfferRecord[],
  kind: ReplyKind,
  wishes: readonly string[],
  actor: OffersActor,
  channel: NewReply['channel'],
): Promise<number> {
  let applied = 0;
  for (const o of offers) {
    if (!isAnswerable(o.state)) continue;
    await transitionOffer(
      client,
      o.id,
      EVENT[kind],
      actor,
      { answer: ANSWER[kind], ...(kind === 'transfer' ? { wishes: [...wishes] } : {}) },
      { channel },
    );
    applied += 1;
  }
  return applied;
}

export interface IncomingReply {
  text: string;
  channel: 'sms' | 'gateway' | 'csv';
  offerPublicId?: string;
  phone?: string | null;
  roundId?: number;
  receivedAt?: string;
}

export interface ReplyOutcome {
  status: 'applied' | 'review';
  replyId: number;
  offers: number;
}

async function receive(client: pg.PoolClient, r: IncomingReply, actor: OffersActor): Promise<ReplyOutcome> {
  let family: { id: number; roundId: number } | null = null;
  let offerId: number | null = null;
  if (r.offerPublicId) {
    const offer = await findOffer(client, { publicId: r.offerPublicId });
    if (!offer || (r.roundId !== undefined && offer.roundId !== r.roundId))
      throw new AppError('not_found', 'no such offer');
    family = { id: offer.familyId, roundId: offer.roundId };
    offerId = offer.id;
  } else if (r.phone) {
    const matches = await familyByPhone(client, r.roundId ?? null, r.phone);
    if (matches.length === 1) family = matches[0];
  }
  const roundId = family?.roundId ?? r.roundId;
  if (roundId === undefined) throw new AppError('not_found', 'the reply matches no family of an open round');
  const parsed = parseReply(r.text);
  const offers = family
    ? (await listOffers(client, { roundId, familyId: family.id })).filter((o) => isAnswerable(o.state))
    : [];
  const readable = parsed.kind !== 'unknown' && offers.length > 0;
  const applied = readable
    ? await applyAnswer(client, offers, parsed.kind as ReplyKind, parsed.wishes, actor, r.channel)
    : 0;
  const replyId = await insertReply(client, {
    roundId,
    familyId: family?.id ?? null,
    offerId,
    channel: r.channel,
    sender: r.phone ?? null,
    text: r.text,
    parsed: parsed.kind,
    status: readable ? 'applied' : 'review',
    receivedAt: r.receivedAt,
  });
  await auditOffers(client, actor, 'offers.reply', 'offer_reply', replyId, {
    channel: r.channel,
    parsed: parsed.kind,
    status: readable ? 'applied' : 'review',
  });
  return { status: readable ? 'applied' : 'review', replyId, offers: applied };
}

export const receiveReply = (pool: pg.Pool, r: IncomingReply, actor: OffersActor) =>
  withTransaction(pool, (client) => receive(client, r, actor));

const REPLY_COLUMNS = ['received_at', 'phone', 'text'] as const;
const replyRowSchema = z.object({
  received_at: z.iso.datetime({ offset: true, error: 'expected a time such as 2027-01-12T08:30:00+02:00' }),
  phone: z.string().transform((s, ctx) => {
    const p = normalisePhone(s.trim());
    if (!p) {
      ctx.addIssue({ code: 'custom', message: 'expected the phone number the reply came from' });
      return z.NEVER;
    }
    return p;
  }),
  text: z.string().max(2000, 'a reply of at most 2000 characters'),
});

/** An operator's export of SMS replies: `received_at,phone,text`; all rows in one transaction. */
export async function importRepliesCsv(pool: pg.Pool, roundId: number, file: RawFile, actor: OffersActor) {
  const table = readCsvTable(file, { required: REPLY_COLUMNS });
  const at = REPLY_COLUMNS.map((c) => table.header.indexOf(c));
  const rows = table.rows.map((row) => {
    const parsed = replyRowSchema.safeParse(Object.fromEntries(REPLY_COLUMNS.map((c, i) => [c, row.fields[at[i]]])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LoadError(file.relPath, row.line, String(issue.path[0] ?? 'row'), issue.message);
    }
    return parsed.data;
  });
  return withTransaction(pool, async (client) => {
    const counts = { applied: 0, review: 0 };
    for (const r of rows) {
      const out = await receive(
        client,
        { text: r.text, phone: r.phone, roundId, channel: 'csv', receivedAt: r.received_at },
        actor,
      );
      counts[out.status] += 1;
    }
    return counts;
  });
}

/** An officer reads a reply in the review queue and says what it meant (or that it needs nothing). */
export async function resolveReview(
  pool: pg.Pool,
  replyId: number,
  resolution: ReplyKind | 'ignore',
  actor: OffersActor,
  familyId?: number,
): Promise<number> {
  return withTransaction(pool, async (client) => {
    const reply = await findReply(client, replyId);
    if (!reply) throw new AppError('not_found', 'no such reply');
    const family = familyId ?? reply.familyId;
    let applied = 0;
    if (resolution !== 'ignore') {
      if (family === null) throw new AppError('bad_request', 'name the family this reply is from');
      const offers = await listOffers(client, { roundId: reply.roundId, familyId: family });
      applied = await applyAnswer(client, offers, resolution, [], actor, reply.channel);
      if (applied === 0) throw new AppError('conflict', 'the family has no offer that can still be answered');
    }
    await resolveReply(client, replyId, resolution, actor, family ?? undefined);
    await auditOffers(client, actor, 'offers.manage', 'offer_reply', replyId, { op: 'resolve', resolution });
    return applied;
  });
}
