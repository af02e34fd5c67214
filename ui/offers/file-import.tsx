'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { postJson } from './api';

/**
 * Uploads a CSV (read in the browser, sent as text) to an import command; a refused file shows the
 * server's `file:line:field: reason` line, and nothing has changed.
 */
export interface FileImportProps {
  url: string;
  source?: 'csv' | 'evaka';
  legend: string;
  labels: { file: string; import: string; working: string; done: string; failed: string };
  testId: string;
}

export function FileImport(p: FileImportProps) {
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<{ message: string | null; error: boolean; busy: boolean }>({
    message: null,
    error: false,
    busy: false,
  });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setState({ message: p.labels.working, error: false, busy: true });
    const text = await file.text();
    const r = await postJson(p.url, { ...(p.source ? { source: p.source } : {}), fileName: file.name, text });
    if (r.ok) {
      setState({
        message: `${p.labels.done} ${JSON.stringify((r.data as Record<string, unknown>)?.imported ?? '')}`,
        error: false,
        busy: false,
      });
      router.refresh();
    } else setState({ message: `${p.labels.failed}: ${r.error}`, error: true, busy: false });
  };
  return (
    <form className="offers-import" onSubmit={submit} data-testid={p.testId}>
      <fieldset>
        <legend>{p.legend}</legend>
        <label htmlFor={id}>{p.labels.file}</label>
        <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        <button type="submit" className="button" disabled={!file || state.busy}>
          {p.labels.import}
        </button>
      </fieldset>
      {state.message ? (
        <p
          role={state.error ? 'alert' : 'status'}
          className={state.error ? 'error-text' : 'offers-status'}
          data-testid={`${p.testId}-result`}
        >
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
