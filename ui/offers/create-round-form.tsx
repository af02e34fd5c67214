'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { offersDictionary } from '@/i18n/offers';
import type { Lang } from '@/i18n';
import { postJson } from './api';

/** A new round: kind, name, start year and deadlines (the appeal text and weights take the city's defaults). */
export function CreateRoundForm({ lang, defaultYear }: { lang: Lang; defaultYear: number }) {
  const t = offersDictionary(lang);
  const router = useRouter();
  const [kind, setKind] = useState<'preschool' | 'ece'>('preschool');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const str = (k: string) => (f.get(k) ? String(f.get(k)) : undefined);
    const r = await postJson<{ id: number }>('/api/offers/rounds', {
      kind,
      name: str('name'),
      startYear: Number(str('startYear')),
      answerDeadline: str('answerDeadline'),
      retentionEnd: str('retentionEnd'),
      twoYearPreschool: f.get('twoYear') === 'on',
      ...(kind === 'ece' ? { eceAge: Number(str('eceAge') ?? 1), surveyDeadline: str('surveyDeadline') } : {}),
    });
    if (r.ok && r.data) {
      setMessage({ text: t.create.created, error: false });
      router.push(`/offers/${r.data.id}?lang=${lang}`);
    } else
      setMessage({
        text: `${r.error}${r.issues?.length ? `: ${r.issues.map((i) => `${i.param} ${i.message}`).join('; ')}` : ''}`,
        error: true,
      });
  };
  return (
    <form className="admin-form offers-create" onSubmit={submit} data-testid="create-round">
      <div className="form-field">
        <label htmlFor="round-kind">{t.create.kind}</label>
        <select id="round-kind" value={kind} onChange={(e) => setKind(e.target.value as 'preschool' | 'ece')}>
          <option value="preschool">{t.kinds.preschool}</option>
          <option value="ece">{t.kinds.ece}</option>
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="round-name">{t.create.name}</label>
        <input id="round-name" name="name" required maxLength={120} />
      </div>
      <div className="form-field">
        <label htmlFor="round-year">{t.create.startYear}</label>
        <input
          id="round-year"
          name="startYear"
          type="number"
          min={2000}
          max={2100}
          defaultValue={defaultYear}
          required
        />
      </div>
      <div className="form-field">
        <label htmlFor="round-deadline">{t.create.deadline}</label>
        <input id="round-deadline" name="answerDeadline" type="date" required />
      </div>
      <div className="form-field">
        <label htmlFor="round-retention">{t.create.retention}</label>
        <input id="round-retention" name="retentionEnd" type="date" />
      </div>
      {kind === 'preschool' ? (
        <div className="form-field checkbox">
          <input id="round-two-year" name="twoYear" type="checkbox" />
          <label htmlFor="round-two-year">{t.create.twoYear}</label>
        </div>
      ) : (
        <>
          <div className="form-field">
            <label htmlFor="round-age">{t.create.eceAge}</label>
            <input id="round-age" name="eceAge" type="number" min={0} max={5} defaultValue={1} />
          </div>
          <div className="form-field">
            <label htmlFor="round-survey">{t.create.surveyDeadline}</label>
            <input id="round-survey" name="surveyDeadline" type="date" />
          </div>
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="create-round-submit">
          {t.create.submit}
        </button>
      </div>
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error-text' : 'offers-status'}
          data-testid="create-round-result"
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
