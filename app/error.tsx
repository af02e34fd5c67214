'use client';

import { useSearchParams } from 'next/navigation';
import { dictionary, parseLang } from '@/i18n';

export default function ErrorPage({ error, reset }: { error: Error; reset: () => void }) {
  const t = dictionary(parseLang(useSearchParams().get('lang')));
  return (
    <div role="alert">
      <h1>{t.errors.title}</h1>
      <p>{error.message.startsWith('The data warehouse') ? error.message : t.errors.generic}</p>
      <button type="button" onClick={reset}>
        {t.errors.retry}
      </button>
    </div>
  );
}
