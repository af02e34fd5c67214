import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, testDatabaseUrl, type TestAppStore } from '../builders/app-db';
import { offerUnit } from '../builders/offers-fixtures';
import { COHORT_COLUMNS } from '../../domain/offers/cohort-row';
import { roundSettingsSchema } from '../../domain/offers/round';
import { hashFile } from '../../pipelines/core/read-raw-file';
import { listOffers } from '../../store/offers-offers';
import { listReplies } from '../../store/offers-replies';
import { createRound } from '../../store/offers-rounds';
import { importCohortCsv } from '../../workflows/offers/round-cohort';
import { proposePlaces } from '../../workflows/offers/propose';
import { proposeRound } from '../../workflows/offers/round-propose';
import { sendOffers } from '../../workflows/offers/round-send';

/**
 * `POST /api/offers/{id}/reply` as the web server runs it (server/offers/gateway.ts, on a real PostgreSQL):
 * closed until a shared secret is configured, refuses any other credential, applies a keyword to the
 * family's offers, and sends a reply from another number than the family's to the review queue.
 */
let db: TestAppStore;
const dir = mkdtempSync(path.join(tmpdir(), 'th-offers-gateway-'));
const SECRET = 'a-shared-secret-of-the-sms-gateway-0123456789';
const saved = { ...process.env };
let gateway: typeof import('../../server/offers/gateway');
let roundId = 0;

beforeAll(async () => {
  db = await createTestAppStore();
  process.env.DATABASE_URL = testDatabaseUrl(db.database);
  process.env.TILANNEHUONE_DB = path.join(dir, 'warehouse.duckdb');
  gateway = await import('../../server/offers/gateway');
  const settings = roundSettingsSchema.parse({
    kind: 'preschool',
    name: 'Gateway',
    municipalityCode: '091',
    startYear: 2027,
    answerDeadline: '2027-01-31',
    retentionEnd: '2028-07-31',
  });
  const actor = { id: null, name: 'test' };
  roundId = await createRound(db.store.pool, settings, actor);
  const units = [offerUnit('U1'), offerUnit('U2', { eastKm: 1 })];
  const csv = [
    COHORT_COLUMNS.join(','),
    ['G1', 2021, '00100', '24.9', '60.17', 'fi', '', '', 'false', 'false', 'fi', '+358000000201', ''].join(','),
  ].join('\n');
  const abs = path.join(dir, 'cohort.csv');
  writeFileSync(abs, csv);
  await importCohortCsv(
    db.store.pool,
    roundId,
    { relPath: 'cohort.csv', absPath: abs, ...hashFile(abs) },
    units,
    settings,
    actor,
  );
  await proposeRound(db.store.pool, roundId, units, actor, { solve: proposePlaces });
  await sendOffers(db.store.pool, roundId, units, actor, '2027-01-04');
});
afterAll(async () => {
  process.env = saved;
  const { appPool } = await import('../../server/app-store');
  await (await appPool()).end();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('replies from an SMS gateway', () => {
  it('is closed without a configured secret, and refuses any other credential', () => {
    delete process.env.TILANNEHUONE_OFFERS_REPLY_TOKEN;
    expect(() => gateway.checkGatewayToken(`Bearer ${SECRET}`)).toThrow(/not configured/);
    process.env.TILANNEHUONE_OFFERS_REPLY_TOKEN = SECRET;
    expect(() => gateway.checkGatewayToken('Bearer wrong')).toThrow(/Unknown gateway credential/);
    expect(() => gateway.checkGatewayToken(null)).toThrow(/Unknown gateway credential/);
    expect(() => gateway.checkGatewayToken(`Bearer ${SECRET}`)).not.toThrow();
  });

  it("a reply from another number waits for review; the family's own keyword answers its offer", async () => {
    const [offer] = await listOffers(db.store.pool, { roundId });
    expect(await gateway.gatewayReply(offer.publicId, { text: 'KYLLÄ', from: '+358000000999' })).toMatchObject({
      status: 'review',
    });
    expect((await listOffers(db.store.pool, { roundId }))[0].state).toBe('sent');
    expect(await gateway.gatewayReply(offer.publicId, { text: 'kylla', from: '+358 00 000 0201' })).toMatchObject({
      status: 'applied',
      offers: 1,
    });
    expect((await listOffers(db.store.pool, { roundId }))[0]).toMatchObject({ state: 'accepted', answer: 'accepted' });
    expect((await listReplies(db.store.pool, roundId)).map((r) => r.status).sort()).toEqual(['applied', 'review']);
    await expect(gateway.gatewayReply('no-such-offer-id', { text: 'ei' })).rejects.toThrow(/No such offer/);
  });
});
