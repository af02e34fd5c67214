import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestAppStore, type TestAppStore } from '../builders/app-db';
import { offerUnit } from '../builders/offers-fixtures';
import { COHORT_COLUMNS } from '../../domain/offers/cohort-row';
import { roundSettingsSchema } from '../../domain/offers/round';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { LINK_PLACEHOLDER } from '../../i18n/offers/messages';
import type { OffersActor } from '../../store/offers-actor';
import { listCohort } from '../../store/offers-cohort';
import { listDecisions } from '../../store/offers-decisions';
import { familyOfToken } from '../../store/offers-links';
import { listMessages } from '../../store/offers-messages';
import { offerHistory } from '../../store/offers-history';
import { listOffers } from '../../store/offers-offers';
import { listReplies } from '../../store/offers-replies';
import { createRound, findRound } from '../../store/offers-rounds';
import { deliverOutbox } from '../../workflows/offers/deliver-outbox';
import { purgeExpiredRounds } from '../../workflows/offers/purge-rounds';
import { importCohortCsv } from '../../workflows/offers/round-cohort';
import { decideRound, expireUnanswered, placementsCsv } from '../../workflows/offers/round-decide';
import { moveChild } from '../../workflows/offers/round-move';
import { proposePlaces } from '../../workflows/offers/propose';
import { proposeRound } from '../../workflows/offers/round-propose';
import { importRepliesCsv, receiveReply, resolveReview } from '../../workflows/offers/round-replies';
import { sendOffers, sendReminders } from '../../workflows/offers/round-send';
import { FileSender } from '../../workflows/offers/senders/file-sender';

/**
 * A whole pre-school round on a real PostgreSQL: import, proposal (twice: idempotent), a planner's move,
 * sending, delivery through the file sender, answers by gateway, SMS CSV and review, a second round for a
 * transfer, reminders, decisions, the eVaka export and the retention purge - with every change recorded
 * and audited, and no personal data in any log line.
 */
let db: TestAppStore;
const dir = mkdtempSync(path.join(tmpdir(), 'th-offers-round-'));
const officer: OffersActor = { id: null, name: 'e2e-placement', address: '127.0.0.1' };
const outbox = new FileSender(path.join(dir, 'outbox'));
const senders = { forChannel: () => outbox, file: outbox, close: () => {} };
const logged: string[] = [];

const units = [
  offerUnit('U1', { preschoolPlaces: 2 }),
  offerUnit('U2', { eastKm: 1, preschoolPlaces: 13 }),
  offerUnit('U3', { eastKm: 2, preschoolPlaces: 13 }),
  offerUnit('USV1', { language: 'sv', nameSv: 'Daghemmet Sol', eastKm: 0.5, preschoolPlaces: 13 }),
];
const row = (id: string, o: { lang?: string; cur?: string; glang?: string; phone?: string; email?: string } = {}) =>
  [
    id,
    2021,
    '00100',
    '24.9',
    '60.17',
    o.lang ?? 'fi',
    o.cur ?? '',
    '',
    'false',
    'false',
    o.glang ?? 'fi',
    o.phone ?? '',
    o.email ?? '',
  ].join(',');
const COHORT = [
  COHORT_COLUMNS.join(','),
  row('K1', { cur: 'U1', phone: '040 000 0001' }),
  row('K2', { cur: 'U1', phone: '040 000 0002' }),
  row('K3', { cur: 'U1', phone: '040 000 0003', email: 'family3@example.invalid' }),
  row('K4', { lang: 'sv', glang: 'sv', phone: '040 000 0004' }),
  row('K5', { email: 'family5@example.invalid', glang: 'en' }),
  row('K6'),
].join('\n');

const file = (name: string, text: string) => {
  const abs = path.join(dir, name);
  writeFileSync(abs, text);
  return { relPath: name, absPath: abs, ...hashFile(abs) };
};
let roundId = 0;
const offersBy = async () =>
  Object.fromEntries((await listOffers(db.store.pool, { roundId })).map((o) => [o.childId, o]));

beforeAll(async () => {
  db = await createTestAppStore();
  for (const m of ['log', 'info', 'warn', 'error'] as const)
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a pre-school round in the app store', () => {
  it('creates a round and imports its cohort; a malformed import changes nothing', async () => {
    const settings = roundSettingsSchema.parse({
      kind: 'preschool',
      name: 'Esiopetus 2027',
      municipalityCode: '091',
      startYear: 2027,
      answerDeadline: '2027-01-31',
      retentionEnd: '2028-07-31',
    });
    roundId = await createRound(db.store.pool, settings, officer);
    const imported = await importCohortCsv(
      db.store.pool,
      roundId,
      file('cohort.csv', COHORT),
      units,
      settings,
      officer,
    );
    expect(imported).toEqual({ children: 6, families: 6 });
    const bad = COHORT.replace(row('K6'), row('K6').replace('60.17', '61.5x'));
    await expect(
      importCohortCsv(db.store.pool, roundId, file('bad.csv', bad), units, settings, officer),
    ).rejects.toThrow('bad.csv:7:lat: latitude: expected a decimal number with a point');
    expect(await listCohort(db.store.pool, roundId)).toHaveLength(6);
  });

  it('proposes places; running it again changes nothing', async () => {
    const first = await proposeRound(db.store.pool, roundId, units, officer, { solve: proposePlaces });
    expect(first).toMatchObject({ children: 6, created: 6, placed: 6 });
    const events = async () => (await db.store.pool.query('SELECT count(*) AS n FROM offer_event')).rows[0].n;
    const before = await events();
    const again = await proposeRound(db.store.pool, roundId, units, officer, { solve: proposePlaces });
    expect(again).toMatchObject({ created: 0, changed: 0, unchanged: 6 });
    expect(await events()).toBe(before);
    const o = await offersBy();
    expect(o.K4.unitId).toBe('USV1');
    // Three children continue in U1, which has two places: two stay, one moves.
    expect(['K1', 'K2', 'K3'].filter((k) => o[k].unitId === 'U1')).toHaveLength(2);
  });

  it('a planner moves a child with a reason; a move into a full unit is refused', async () => {
    const o = await offersBy();
    await moveChild(db.store.pool, o.K6.id, 'U3', units, { reason: 'family_request', note: null, pin: true }, officer);
    expect((await offersBy()).K6).toMatchObject({ unitId: 'U3', rule: 'manual', pinnedUnitId: 'U3' });
    await expect(
      moveChild(db.store.pool, o.K5.id, 'U1', units, { reason: 'other', note: null, pin: false }, officer),
    ).rejects.toThrow(/no free place/);
    await expect(
      moveChild(db.store.pool, o.K5.id, 'USV1', units, { reason: 'other', note: null, pin: false }, officer),
    ).rejects.toThrow(/language/);
    await proposeRound(db.store.pool, roundId, units, officer, { solve: proposePlaces });
    expect((await offersBy()).K6.unitId).toBe('U3');
  });

  it('sends one message per family and channel, delivered as files with a working personal link', async () => {
    const sent = await sendOffers(db.store.pool, roundId, units, officer, '2027-01-04');
    // K1 K2 K3 share no contact; families: K1, K2, K3 (sms + email), K4, K5 (email), K6 (letter).
    expect(sent).toEqual({ families: 6, offers: 6, messages: 7 });
    const stored = await listMessages(db.store.pool, roundId);
    expect(stored.every((m) => m.body.includes(LINK_PLACEHOLDER))).toBe(true);
    expect(stored.find((m) => m.language === 'sv')!.body).toContain('Daghemmet Sol');
    const counts = await deliverOutbox(db.store.pool, senders, 'https://th.example.fi');
    expect(counts).toEqual({ delivered: 7, held: 0, failed: 0 });
    const files = readdirSync(outbox.roundDir(roundId));
    expect(files.filter((f) => f.endsWith('-sms.txt'))).toHaveLength(4);
    const sms = readFileSync(
      path.join(
        outbox.roundDir(roundId),
        files.find((f) => f.endsWith('-sms.txt'))!,
      ),
      'utf8',
    );
    const token = /\/offer\/([A-Za-z0-9_-]+)/.exec(sms)![1];
    expect(await familyOfToken(db.store.pool, token)).not.toBeNull();
    const { rows } = await db.store.pool.query('SELECT token_hash FROM offer_link');
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    expect(JSON.stringify(await listMessages(db.store.pool, roundId))).not.toContain(token);
  });

  it('takes answers by gateway, by an SMS CSV and through the review queue; a bad CSV row changes nothing', async () => {
    const o = await offersBy();
    expect(
      (
        await receiveReply(
          db.store.pool,
          { text: 'KYLLA kiitos', channel: 'gateway', offerPublicId: o.K1.publicId },
          officer,
        )
      ).status,
    ).toBe('applied');
    const csv = [
      'received_at,phone,text',
      '2027-01-05T09:00:00+02:00,+358400000002,Vaihto U2',
      '2027-01-05T09:10:00+02:00,+358400000003,mietitään vielä?',
    ].join('\n');
    const badCsv = `${csv}\n2027-01-05,+358400000004,ja`;
    await expect(importRepliesCsv(db.store.pool, roundId, file('bad-replies.csv', badCsv), officer)).rejects.toThrow(
      /bad-replies.csv:4:received_at/,
    );
    expect(await listReplies(db.store.pool, roundId)).toHaveLength(1);
    expect(await importRepliesCsv(db.store.pool, roundId, file('replies.csv', csv), officer)).toEqual({
      applied: 1,
      review: 1,
    });
    const [review] = await listReplies(db.store.pool, roundId, { status: 'review' });
    expect(review.childIds).toEqual(['K3']);
    await resolveReview(db.store.pool, review.id, 'decline', officer);
    const after = await offersBy();
    expect(after.K1.state).toBe('accepted');
    expect(after.K2).toMatchObject({ state: 'transfer_requested', wishes: ['U2'] });
    expect(after.K3.state).toBe('declined');
    expect((await offerHistory(db.store.pool, after.K2.id)).map((h) => h.event)).toEqual([
      'propose',
      'send',
      'request_transfer',
    ]);
  });

  it('gives a transfer request a second-round proposal that respects the wish and the capacity left', async () => {
    await proposeRound(db.store.pool, roundId, units, officer, { second: true, solve: proposePlaces });
    const o = await offersBy();
    expect(o.K2).toMatchObject({ state: 'proposed', unitId: 'U2', rule: 'wish', proposalRound: 2 });
    expect(await sendOffers(db.store.pool, roundId, units, officer, '2027-01-06')).toMatchObject({ families: 1 });
    expect((await listMessages(db.store.pool, roundId))[0].kind).toBe('second_offer');
  });

  it('reminds the unanswered at most twice, a week apart', async () => {
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-10')).families).toBe(0);
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-11')).families).toBe(3);
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-13')).families).toBe(1);
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-18')).families).toBe(3);
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-25')).families).toBe(1);
    expect((await sendReminders(db.store.pool, roundId, units, officer, '2027-01-30')).families).toBe(0);
  });

  it('decides every child after the deadline and exports the placements for eVaka', async () => {
    expect(await expireUnanswered(db.store.pool, roundId, officer, '2027-02-01')).toBe(4);
    const decided = await decideRound(db.store.pool, roundId, units, officer, '2027-02-02');
    expect(decided).toEqual({ decided: 6, placed: 5, declined: 1, application: 0 });
    const decisions = await listDecisions(db.store.pool, roundId);
    expect(decisions.find((d) => d.childId === 'K4')).toMatchObject({ language: 'sv', outcome: 'placed' });
    expect(decisions[0].legalBasis).toContain('Perusopetuslaki (628/1998) 26 a §');
    const { csv, rows } = await placementsCsv(db.store.pool, roundId);
    expect(rows).toBe(5);
    expect(csv.split('\n')[0]).toBe('lapsen_id;esiopetusyksikon_id');
    expect(csv).toContain('K4;USV1');
    expect(csv.trimEnd().split('\n')).toHaveLength(6);
  });

  it('every change is in the audit trail, and no log line carries personal data', async () => {
    const { rows } = await db.store.pool.query('SELECT action, count(*) AS n FROM audit_event GROUP BY action');
    const actions = Object.fromEntries(rows.map((r) => [r.action, Number(r.n)]));
    expect(Object.keys(actions).sort()).toEqual(['offers.decide', 'offers.manage', 'offers.reply', 'offers.send']);
    const { rows: details } = await db.store.pool.query('SELECT details::text AS d FROM audit_event');
    for (const d of details) expect(d.d).not.toMatch(/\+358|@example|Vaihto|mietitään/);
    for (const line of logged) expect(line).not.toMatch(/\+358|@example|K[1-6]\b/);
  });

  it("purges the round's personal data when its retention ends, outbox files included", async () => {
    expect(await purgeExpiredRounds(db.store.pool, '2028-07-31', outbox, 5, () => {})).toEqual([]);
    expect(await purgeExpiredRounds(db.store.pool, '2028-08-01', outbox, 5, () => {})).toEqual([roundId]);
    for (const t of [
      'offer_child',
      'offer_family',
      'offer',
      'offer_event',
      'offer_message',
      'offer_reply',
      'offer_decision',
      'offer_link',
      'offer_move',
    ])
      expect((await db.store.pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n, t).toBe(0);
    expect(existsSync(outbox.roundDir(roundId))).toBe(false);
    const round = await findRound(db.store.pool, roundId);
    expect(round).toMatchObject({ status: 'purged', children: 0 });
    expect(round!.summary).toMatchObject({ purgedOn: '2028-08-01', total: { offered: { value: 6 } } });
  });
});
