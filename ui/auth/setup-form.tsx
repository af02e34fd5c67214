'use client';

import { useState, type FormEvent } from 'react';
import { dictionary, type Lang } from '@/i18n';

/**
 * The first administrator: the one-time code from the server console, a username and a password, sent
 * as JSON to POST /api/setup. Field problems and a refused code are announced.
 */
export function SetupForm({ lang }: { lang: Lang }) {
  const t = dictionary(lang);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch('/api/setup', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(
          Object.fromEntries(['code', 'username', 'password'].map((k) => [k, String(form.get(k) ?? '')])),
        ),
      });
      if (res.ok) setMessage({ text: t.setup.done, ok: true });
      else {
        const body = (await res.json().catch(() => null)) as { error?: { issues?: { message: string }[] } } | null;
        setMessage({ text: body?.error?.issues?.[0]?.message ?? t.setup.refused, ok: false });
      }
    } catch {
      setMessage({ text: t.setup.refused, ok: false });
    }
    setBusy(false);
  };

  return (
    <form className="sign-in-form" onSubmit={submit} data-testid="setup-form" aria-busy={busy}>
      {[
        ['setup-code', 'code', t.setup.code, 'one-time-code', 'text'],
        ['setup-username', 'username', t.auth.username, 'username', 'text'],
        ['setup-password', 'password', t.auth.password, 'new-password', 'password'],
      ].map(([id, name, label, autoComplete, type]) => (
        <div className="form-field" key={id}>
          <label htmlFor={id}>{label}</label>
          <input id={id} name={name} type={type} autoComplete={autoComplete} required />
        </div>
      ))}
      <button type="submit" disabled={busy}>
        {t.setup.submit}
      </button>
      {message && (
        <p className={message.ok ? 'form-saved' : 'form-message'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
          {message.ok && (
            <>
              {' '}
              <a href={`/sign-in?lang=${lang}`}>{t.auth.submit}</a>
            </>
          )}
        </p>
      )}
    </form>
  );
}
