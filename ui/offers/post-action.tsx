'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { postJson } from './api';

/**
 * A button that runs one command of the round (POST with a JSON body), says it is working, shows what the
 * server answered, and refreshes the page's data when it succeeded.
 */
export interface PostActionProps {
  url: string;
  body: unknown;
  label: string;
  labels: { working: string; done: string; failed: string };
  testId: string;
  primary?: boolean;
  disabled?: boolean;
  /** Show the numbers of the answer after success ("created: 6, changed: 0"). */
  showCounts?: boolean;
}

/** The numbers of an answer one or two levels down, as "name: n" (what a command did). */
export function countsOf(answer: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 2) return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x === 'number') out.push(`${k}: ${Math.round(x * 100) / 100}`);
      else walk(x, depth + 1);
    }
  };
  walk(answer, 0);
  return out.join(', ');
}

export function PostAction(p: PostActionProps) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message: string | null; error: boolean }>({
    busy: false,
    message: null,
    error: false,
  });
  const run = async () => {
    setState({ busy: true, message: p.labels.working, error: false });
    const r = await postJson(p.url, p.body);
    if (r.ok) {
      setState({ busy: false, message: `${p.labels.done}${p.showCounts ? ` ${countsOf(r.data)}` : ''}`, error: false });
      router.refresh();
    } else setState({ busy: false, message: `${p.labels.failed}: ${r.error}`, error: true });
  };
  return (
    <div className="offers-action">
      <button
        type="button"
        className={`button${p.primary ? ' primary' : ''}`}
        onClick={run}
        disabled={p.disabled || state.busy}
        data-testid={p.testId}
      >
        {p.label}
      </button>
      {state.message ? (
        <p
          role={state.error ? 'alert' : 'status'}
          className={state.error ? 'error-text' : 'offers-status'}
          data-testid={`${p.testId}-result`}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
