import { z } from 'zod';

/**
 * Background jobs of the dashboard (retrain, activate a model version, ingest an upload). The web
 * server never does this work in a request: it writes a job file and starts workflows/jobs/run-job.ts
 * detached, which runs the CLI in a child process and records its progress here. Pure parts only.
 */
export const JOB_KINDS = ['train', 'activate', 'upload'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A rejected input line: `file:line:field: reason` (pipelines/core/load-error.ts). */
export const loadIssueSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  field: z.string(),
  reason: z.string(),
});
export type LoadIssue = z.infer<typeof loadIssueSchema>;

export const jobRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,64}$/),
  kind: z.enum(JOB_KINDS),
  /** Kind-specific arguments: `version` for activate; `file`, `folder` for upload. */
  args: z.record(z.string(), z.string()),
  status: z.enum(JOB_STATUSES),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  pid: z.number().int().nullable(),
  exitCode: z.number().int().nullable(),
  /** The latest progress line (what the job is doing now). */
  phase: z.string().nullable(),
  /** The last lines of the job's output (the full log is in <id>.log). */
  lines: z.array(z.string()),
  /** Why it failed, in one line. */
  error: z.string().nullable(),
  /** Rejected input lines of an upload. */
  issues: z.array(loadIssueSchema),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

export const MAX_TAIL_LINES = 60;

export function newJobRecord(id: string, kind: JobKind, args: Record<string, string>, now = new Date()): JobRecord {
  return {
    id,
    kind,
    args,
    status: 'queued',
    createdAt: now.toISOString(),
    startedAt: null,
    finishedAt: null,
    pid: null,
    exitCode: null,
    phase: null,
    lines: [],
    error: null,
    issues: [],
  };
}

/** A job id: sortable by time, unguessable enough to not collide (`20261123-175501-ab12cd`). */
export function newJobId(now = new Date(), random = Math.random): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15).toLowerCase();
  const suffix = Math.floor(random() * 0x1000000)
    .toString(16)
    .padStart(6, '0');
  return `${stamp}-${suffix}`;
}

const LOAD_ERROR = /^(?:error\s+|.*?failed:\s+)?([^\s:][^:]*):(\d+):([^:]+): (.+)$/;

/** The `file:line:field: reason` in an output line (`error ...` or `ingest failed: ...`), or null. */
export function parseLoadIssue(line: string): LoadIssue | null {
  const m = LOAD_ERROR.exec(line.trim());
  if (!m) return null;
  return { file: m[1], line: Number(m[2]), field: m[3], reason: m[4] };
}

/** Appends output lines to a record: keeps the tail, the phase (latest line) and any load errors. */
export function addLines(record: JobRecord, newLines: readonly string[]): JobRecord {
  const clean = newLines.map((l) => l.replace(/\s+$/, '')).filter((l) => l.length > 0);
  if (clean.length === 0) return record;
  const issues = [...record.issues];
  for (const l of clean) {
    if (!/^error\s|failed:/.test(l)) continue;
    const issue = parseLoadIssue(l);
    if (issue && !issues.some((i) => i.file === issue.file && i.line === issue.line && i.field === issue.field))
      issues.push(issue);
  }
  return {
    ...record,
    lines: [...record.lines, ...clean].slice(-MAX_TAIL_LINES),
    phase: clean[clean.length - 1],
    issues: issues.slice(0, 200),
  };
}

/** The final state of a job from its exit code: the error is the CLI's one-line `... failed: reason`. */
export function finishRecord(record: JobRecord, exitCode: number, now = new Date()): JobRecord {
  const failure = [...record.lines].reverse().find((l) => /failed: /.test(l));
  return {
    ...record,
    status: exitCode === 0 ? 'succeeded' : 'failed',
    exitCode,
    finishedAt: now.toISOString(),
    error: exitCode === 0 ? null : (failure ?? record.lines[record.lines.length - 1] ?? `exit code ${exitCode}`),
  };
}

/** Splits a chunk of output into complete lines, returning the unfinished rest. */
export function splitLines(buffer: string, chunk: string): { lines: string[]; rest: string } {
  const text = buffer + chunk;
  const parts = text.split(/\r?\n/);
  const rest = parts.pop() ?? '';
  return { lines: parts, rest };
}
