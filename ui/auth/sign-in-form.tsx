'use client';

import { useState, type FormEvent } from 'react';
import { dictionary, type Lang } from '@/i18n';

/**
 * The local sign-in form: POST /api/auth/login as JSON; on success a full load of `next` (already
 * checked to be a path of this site, ui/auth/next-path.ts), so the layout is rendered with the user.
 * A wrong password (401) and too many attempts (429) read differently; the message is announced.
 */
export function SignInForm(props: { lang: Lang; next: string; oidc: boolean }) {
  const t = dictionary(props.lang).auth;
  const [error, setError] = useState<{ message: string; fields: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // The front page picks the first page the user may open, in this language.
  const destination = props.next === '/' ? `/?lang=${props.lang}` : props.next;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      setError({ message: t.missing, fields: true });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ username, password }),
      });
      if (res.ok) {
        window.location.assign(destination);
        return;
      }
      setError(
        res.status === 401
          ? { message: t.wrong, fields: true }
          : res.status === 429
            ? { message: t.tooMany, fields: false }
            : { message: t.failed, fields: false },
      );
    } catch {
      setError({ message: t.failed, fields: false });
    }
    setBusy(false);
  };

  const invalid = error?.fields ? true : undefined;
  const describedBy = error ? 'sign-in-error' : undefined;
  return (
    <div className="sign-in">
      <form className="sign-in-form" onSubmit={submit} noValidate data-testid="sign-in-form" aria-busy={busy}>
        <div className="form-field">
          <label htmlFor="sign-in-username">{t.username}</label>
          <input
            id="sign-in-username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
        </div>
        <div className="form-field">
          <label htmlFor="sign-in-password">{t.password}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={invalid}
            aria-describedby={describedBy}
          />
        </div>
        {error && (
          <p id="sign-in-error" role="alert" className="form-error" data-testid="sign-in-error">
            {error.message}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.signingIn : t.submit}
        </button>
      </form>
      {props.oidc && (
        <>
          <p className="sign-in-or">{t.or}</p>
          <a
            className="button sign-in-oidc"
            href={`/api/auth/oidc/start?${new URLSearchParams({ next: props.next }).toString()}`}
            data-testid="sign-in-oidc"
          >
            {t.oidc}
          </a>
        </>
      )}
    </div>
  );
}
