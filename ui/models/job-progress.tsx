'use client';

import { useEffect, useState } from 'react';
import { dictionary, type Lang } from '@/i18n';

/** What /api/jobs/<id> answers (see server/http/job-responses.ts). */
export interface JobView {
  id: string;
  kind: string;
  args: Record<string, string>;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  phase: string | null;
  lines: string[];
  error: string | null;
  issues: { file: string; line: number; field: string; reason: string }[];
}

export const isFinished = (j: JobView | null) => j !== null && (j.status === 'succeeded' || j.status === 'failed');

/** Polls a background job once a second until it has finished; calls `onFinished` once when it does. */
export function useJob(id: string | null, onFinished?: (job: JobView) => void): JobView | null {
  const [job, setJob] = useState<JobView | null>(null);
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/jobs/${id}`, { cache: 'no-store' });
        if (res.ok) {
          const j = (await res.json()) as JobView;
          if (stopped) return;
          setJob(j);
          if (isFinished(j)) {
            onFinished?.(j);
            return;
          }
        }
      } catch {
        // the server may be busy: try again
      }
      if (!stopped) timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [id]);
  return job;
}

/** Status, the current phase and the last lines of a job's log (a live region, so screen readers hear the end). */
export function JobProgress({ job, lang }: { job: JobView; lang: Lang }) {
  const t = dictionary(lang).modelsPage;
  const running = !isFinished(job);
  return (
    <div className="job-progress" data-testid={`job-${job.kind}`} data-status={job.status}>
      <p role="status" aria-live="polite">
        <strong>{t.job(job.kind)}</strong>: <span data-testid="job-status">{t.jobStatus(job.status)}</span>
        {running && job.phase ? (
          <>
            {' '}
            · {t.progress}: <span data-testid="job-phase">{job.phase}</span>
          </>
        ) : null}
      </p>
      {job.status === 'failed' && job.error ? (
        <p role="alert" className="error-text">
          {job.error}
        </p>
      ) : null}
      {job.lines.length > 0 ? (
        <details open={running}>
          <summary>{t.log}</summary>
          <pre data-testid="job-log" className="job-log">
            {job.lines.slice(-20).join('\n')}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
