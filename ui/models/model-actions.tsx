'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { isFinished, JobProgress, useJob, type JobView } from './job-progress';

async function post(url: string, body?: unknown): Promise<{ job?: JobView; error?: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as { job?: JobView; error?: { message?: string } };
  if (!res.ok) return { error: data.error?.message ?? `HTTP ${res.status}` };
  return { job: data.job };
}

/**
 * Starts a retraining as a background job and follows it; on reload it picks up a job still running.
 * When the job ends the page is refreshed, so the new version appears in the table.
 */
export function RetrainPanel({ lang }: { lang: Lang }) {
  const t = dictionary(lang).modelsPage;
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob(jobId, () => router.refresh());

  useEffect(() => {
    // A job started earlier (or by another analyst) that is still running: show its progress.
    void fetch('/api/jobs?kind=train', { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<{ active: JobView | null }>) : null))
      .then((d) => {
        if (d?.active && d.active.kind === 'train') setJobId((current) => current ?? d.active!.id);
      })
      .catch(() => undefined);
  }, []);

  const start = async () => {
    setStarting(true);
    setError(null);
    const r = await post('/api/models/retrain');
    setStarting(false);
    if (r.error) setError(r.error);
    else if (r.job) setJobId(r.job.id);
  };
  const running = jobId !== null && !isFinished(job);
  return (
    <section aria-labelledby="retrain">
      <h2 id="retrain">{t.retrain}</h2>
      <p className="lead">{t.retrainLead}</p>
      <button type="button" className="button" onClick={start} disabled={running || starting} data-testid="retrain">
        {t.start}
      </button>
      {error ? (
        <p role="alert" data-testid="retrain-error" className="error-text">
          {error}
        </p>
      ) : null}
      {job ? <JobProgress job={job} lang={lang} /> : null}
      {job?.status === 'succeeded' ? <p>{t.newVersion}</p> : null}
    </section>
  );
}

/** Activates (or rolls back to) one model version through a background job, then refreshes the page. */
export function ActivateButton({ version, rollback, lang }: { version: string; rollback: boolean; lang: Lang }) {
  const t = dictionary(lang).modelsPage;
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJob(jobId, (j) => {
    if (j.status === 'succeeded') router.refresh();
  });
  const click = async () => {
    setError(null);
    const r = await post('/api/models/activate', { version });
    if (r.error) setError(r.error);
    else if (r.job) setJobId(r.job.id);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={click}
        disabled={jobId !== null && !isFinished(job)}
        aria-label={`${rollback ? t.rollback : t.activate}: ${version}`}
      >
        {rollback ? t.rollback : t.activate}
      </button>
      {error ? (
        <span role="alert" className="error-text block">
          {error}
        </span>
      ) : null}
      {job ? <JobProgress job={job} lang={lang} /> : null}
    </>
  );
}
