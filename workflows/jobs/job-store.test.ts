import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJobRecord } from './job-record';
import { activeJob, busyReason, jobsDir, listJobs, readJob, releaseSlot, writeJob } from './job-store';

const dir = mkdtempSync(path.join(tmpdir(), 'jobs-test-'));
const saved = process.env.TILANNEHUONE_DB;
beforeAll(() => {
  process.env.TILANNEHUONE_DB = path.join(dir, 'warehouse.duckdb');
});
afterAll(() => {
  if (saved === undefined) delete process.env.TILANNEHUONE_DB;
  else process.env.TILANNEHUONE_DB = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('job files', () => {
  it('lives beside the warehouse and round-trips records', () => {
    expect(jobsDir()).toBe(path.join(dir, 'jobs'));
    const job = {
      ...newJobRecord('20260101-000000-aaaaaa', 'train', {}),
      status: 'running' as const,
      pid: process.pid,
    };
    writeJob(job);
    expect(readJob(job.id)).toEqual(job);
    expect(readJob('../etc/passwd')).toBeNull();
    expect(listJobs('train').map((j) => j.id)).toEqual([job.id]);
    expect(listJobs('upload')).toEqual([]);
  });

  it('holds the single slot while the runner lives, and reports a dead runner as failed', () => {
    const live = {
      ...newJobRecord('20260101-000001-bbbbbb', 'activate', { version: 'v1' }),
      status: 'running' as const,
      pid: process.pid,
    };
    writeJob(live);
    writeFileSync(path.join(jobsDir(), 'active.lock'), live.id);
    expect(activeJob()?.id).toBe(live.id);
    expect(busyReason()).toMatch(/another job \(activate, 20260101-000001-bbbbbb\) is running/);
    // A pid that cannot be alive: the job failed without reporting.
    writeJob({ ...live, pid: 2 ** 22 + 1 });
    expect(readJob(live.id)).toMatchObject({ status: 'failed', error: 'the job process ended without reporting' });
    expect(activeJob()).toBeNull();
    releaseSlot(live.id);
    expect(busyReason()).toBeNull();
  });

  it('is busy while another command holds the warehouse writer lock', () => {
    writeFileSync(`${process.env.TILANNEHUONE_DB}.lock`, String(process.pid));
    expect(busyReason()).toMatch(/another command \(pid \d+\) is writing the warehouse/);
    rmSync(`${process.env.TILANNEHUONE_DB}.lock`);
    expect(busyReason()).toBeNull();
  });
});
