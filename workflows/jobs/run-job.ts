/**
 * Runs one background job of the dashboard: `tsx workflows/jobs/run-job.ts <job id>`. Started detached by
 * workflows/jobs/job-store.ts startJob (never by a request itself doing the work). It runs the job's CLI in a
 * child process, records every output line (data/jobs/<id>.log) and the progress, the exit status and
 * any `file:line:field: reason` errors in data/jobs/<id>.json, then frees the one-writer job slot.
 */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { addLines, finishRecord, splitLines, type JobRecord } from './job-record';
import { logPath, readJob, releaseSlot, writeJob } from './job-store';

function commandOf(job: JobRecord): string[] {
  switch (job.kind) {
    case 'train':
      return ['workflows/cli/train-cli.ts'];
    case 'activate':
      return ['workflows/cli/activate-cli.ts', '--version', job.args.version ?? ''];
    case 'upload':
      return ['workflows/cli/ingest-upload-cli.ts', '--job', job.id];
  }
}

async function main(): Promise<void> {
  const id = process.argv[2] ?? '';
  const initial = readJob(id);
  if (!initial) throw new Error(`no job ${id}`);
  let record: JobRecord = { ...initial, status: 'running', pid: process.pid, startedAt: new Date().toISOString() };
  writeJob(record);
  const add = (lines: string[]) => {
    if (lines.length === 0) return;
    appendFileSync(logPath(id), `${lines.join('\n')}\n`);
    record = addLines(record, lines);
    writeJob(record);
  };
  const tsx = path.resolve('node_modules/.bin/tsx');
  const exitCode = await new Promise<number>((resolve) => {
    const child = spawn(tsx, commandOf(record), { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    const buffers = { out: '', err: '' };
    const feed = (key: 'out' | 'err') => (chunk: Buffer) => {
      const { lines, rest } = splitLines(buffers[key], chunk.toString('utf8'));
      buffers[key] = rest;
      add(lines);
    };
    child.stdout.on('data', feed('out'));
    child.stderr.on('data', feed('err'));
    child.on('error', (err) => {
      add([`${record.kind} failed: ${err.message}`]);
      resolve(1);
    });
    child.on('close', (code) => {
      add([buffers.out, buffers.err].filter((l) => l.length > 0));
      resolve(code ?? 1);
    });
  });
  record = finishRecord(record, exitCode);
  writeJob(record);
}

const id = process.argv[2] ?? '';
main()
  .catch((err: unknown) => {
    const job = readJob(id);
    if (job)
      writeJob(finishRecord(addLines(job, [`job failed: ${err instanceof Error ? err.message : String(err)}`]), 1));
    process.exitCode = 1;
  })
  .finally(() => releaseSlot(id));
