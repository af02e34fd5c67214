import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAppStore, type TestAppStore } from '../tests/builders/app-db';
import { activeJob, claimNextJob, enqueueJob, finishJob, listJobs, readJob, recordJobEvent } from './jobs';

describe('background jobs in the app store', () => {
  let db: TestAppStore;
  beforeAll(async () => {
    db = await createTestAppStore();
  });
  afterAll(() => db.drop());

  const session = async () => {
    const client = new pg.Client({ connectionString: db.store.url });
    await client.connect();
    return client;
  };

  it('runs one user job at a time: a second request is refused while the first waits or runs', async () => {
    const first = await enqueueJob(db.store.pool, { kind: 'train', requestedBy: 'analyst' });
    expect(first.status).toBe('queued');
    await expect(enqueueJob(db.store.pool, { kind: 'upload', requestedBy: 'analyst' })).rejects.toMatchObject({
      code: 'busy',
      message: expect.stringMatching(/another job \(train, /),
    });
    // The system's plan refresh queues behind it, once.
    await enqueueJob(db.store.pool, { kind: 'refresh', requestedBy: null });
    await expect(enqueueJob(db.store.pool, { kind: 'refresh', requestedBy: null })).rejects.toMatchObject({
      code: 'busy',
    });

    const runner = await session();
    const claimed = await claimNextJob(runner, 'test:1');
    expect(claimed?.id).toBe(first.id);
    await recordJobEvent(db.store.pool, first.id, 'backtest origin 2014');
    await recordJobEvent(db.store.pool, first.id, 'fitting the network');
    expect(await readJob(db.store.pool, first.id)).toMatchObject({
      status: 'running',
      phase: 'fitting the network',
      lines: ['backtest origin 2014', 'fitting the network'],
    });
    await finishJob(runner, first.id, { ok: true, result: { version: 'v1' } });
    expect((await readJob(db.store.pool, first.id))?.status).toBe('succeeded');
    expect(await activeJob(db.store.pool, ['train', 'upload'])).toBeNull();
    const refresh = await claimNextJob(runner, 'test:1');
    expect(refresh?.kind).toBe('refresh');
    await finishJob(runner, refresh!.id, { ok: false, error: 'refresh failed: x', issues: [] });
    await runner.end();
  });

  it('a job whose runner was killed shows as failed, not running', async () => {
    const job = await enqueueJob(db.store.pool, {
      kind: 'upload',
      args: { file: 'a.csv', folder: 'units' },
      requestedBy: 'analyst',
    });
    const runner = await session();
    expect((await claimNextJob(runner, 'test:2'))?.id).toBe(job.id);
    expect((await readJob(db.store.pool, job.id))?.status).toBe('running');
    // The runner's connection ends as its process would when killed: its advisory lock goes with it.
    await runner.end();
    await expect.poll(async () => (await readJob(db.store.pool, job.id))?.status).toBe('failed');
    expect((await readJob(db.store.pool, job.id))?.error).toMatch(/runner stopped before the job finished/);
    expect((await listJobs(db.store.pool, 'upload')).map((j) => j.id)).toContain(job.id);
  });
});
