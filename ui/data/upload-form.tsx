'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { DataTable } from '../data-table';
import { isFinished, JobProgress, useJob, type JobView } from '../models/job-progress';

type UploadIssue = JobView['issues'][number];
type UploadAnswer = { job?: JobView; error?: { message?: string; issues?: { param: string; message: string }[] } };

/**
 * Upload of a new raw file: the route handler saves it and starts a background ingest job; this form
 * follows the job and lists the rejected lines (file, line, field, reason). On success the page is
 * refreshed so the file appears in the lineage table.
 */
export function UploadForm({ folders, lang }: { folders: string[]; lang: Lang }) {
  const t = dictionary(lang).upload;
  const router = useRouter();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const job = useJob(jobId, (j: JobView) => {
    if (j.status === 'succeeded') router.refresh();
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setJobId(null);
    setSending(true);
    try {
      const res = await fetch('/api/uploads', { method: 'POST', body: new FormData(event.currentTarget) });
      const data = (await res.json().catch(() => ({}))) as UploadAnswer;
      if (!res.ok || !data.job) {
        const issues = data.error?.issues?.map((i) => `${i.param}: ${i.message}`).join('; ');
        setError(`${data.error?.message ?? `HTTP ${res.status}`}${issues ? ` (${issues})` : ''}`);
      } else setJobId(data.job.id);
    } catch {
      setError(`HTTP error`);
    } finally {
      setSending(false);
    }
  };
  const busy = sending || (jobId !== null && !isFinished(job));
  return (
    <div data-testid="upload">
      <form onSubmit={submit} className="upload-form">
        <label>
          {t.folder}
          <select name="folder" defaultValue={folders.includes('units') ? 'units' : folders[0]} data-testid="upload-folder">
            {folders.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.file}
          <input type="file" name="file" required accept=".csv,.gz,.geojson" data-testid="upload-file" />
        </label>
        <button type="submit" disabled={busy} data-testid="upload-submit">
          {sending ? t.uploading : t.submit}
        </button>
      </form>
      {error ? (
        <p role="alert" data-testid="upload-error" className="error-text">
          {error}
        </p>
      ) : null}
      {job ? <JobProgress job={job} lang={lang} /> : null}
      {job?.status === 'succeeded' ? (
        <p role="status" data-testid="upload-ok">
          {t.succeeded}
        </p>
      ) : null}
      {job?.status === 'failed' ? <p data-testid="upload-failed">{t.failed}</p> : null}
      {job && job.issues.length > 0 ? (
        <>
          <h3 id="upload-issues">{t.issues}</h3>
          <DataTable
            columns={[
              { key: 'file', header: t.file, cell: (i: UploadIssue) => i.file },
              { key: 'line', header: t.line, numeric: true, cell: (i) => i.line },
              { key: 'field', header: t.field, cell: (i) => i.field },
              { key: 'reason', header: t.reason, cell: (i) => i.reason },
            ]}
            rows={job.issues}
            rowKey={(i) => `${i.file}:${i.line}:${i.field}`}
            labelledBy="upload-issues"
            testId="upload-issues"
          />
        </>
      ) : null}
    </div>
  );
}
