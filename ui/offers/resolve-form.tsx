'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { offersDictionary } from '@/i18n/offers';
import type { Lang } from '@/i18n';
import { postJson } from './api';

/** The officer's reading of a reply in the review queue (and the child, when the number was unknown). */
export function ResolveForm(p: { lang: Lang; replyId: number; needsChild: boolean }) {
  const t = offersDictionary(p.lang);
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await postJson(`/api/offers/replies/${p.replyId}/resolve`, {
      resolution: String(f.get('resolution')),
      ...(f.get('childId') ? { childId: String(f.get('childId')) } : {}),
    });
    if (r.ok) router.refresh();
    else setError(r.error ?? '');
  };
  return (
    <form onSubmit={submit} className="offers-resolve" data-testid={`resolve-${p.replyId}`}>
      <label htmlFor={`${id}-r`}>{t.replies.resolution}</label>
      <select id={`${id}-r`} name="resolution">
        <option value="accept">{t.replyParsed.accept}</option>
        <option value="transfer">{t.replyParsed.transfer}</option>
        <option value="decline">{t.replyParsed.decline}</option>
        <option value="ignore">{t.replies.ignore}</option>
      </select>
      {p.needsChild ? (
        <>
          <label htmlFor={`${id}-c`}>{t.replies.childForUnknown}</label>
          <input id={`${id}-c`} name="childId" maxLength={64} />
        </>
      ) : null}
      <button type="submit" className="button">
        {t.replies.resolve}
      </button>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </form>
  );
}
