'use client';

import { useSearchParams } from 'next/navigation';
import { dictionary, parseLang } from '@/i18n';

/**
 * Any error a page did not handle. Only the generic message: Next replaces error messages in
 * production, and a page that lacks its data shows its own notice (app/_page-data.ts).
 */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = dictionary(parseLang(useSearchParams().get('lang')));
  return (
    <div role="alert">
      <h1>{t.errors.title}</h1>
      <p>{t.errors.generic}</p>
      <button type="button" onClick={reset}>
        {t.errors.retry}
      </button>
    </div>
  );
}
