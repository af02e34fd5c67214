'use client';

import { useState, type FormEvent } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { createAccount, parseMunicipalities, type AccountView, type FieldIssues } from './account-api';
import { RoleFieldset, rolesOf, TextField } from './form-fields';

const FIELDS = ['username', 'displayName', 'password', 'roles', 'municipalities'];

/**
 * A new local account (POST /api/users). The server's schema decides; its issues are shown at their
 * inputs, the rest (and a name taken already) in the form's message.
 */
export function CreateUserForm(props: { lang: Lang; minPasswordLength: number; onCreated: (u: AccountView) => void }) {
  const t = dictionary(props.lang);
  const u = t.users;
  const [issues, setIssues] = useState<FieldIssues>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const roles = rolesOf(form);
    if (roles.length === 0) {
      setIssues({ roles: u.rolesRequired });
      setMessage(u.invalid);
      return;
    }
    const displayName = String(form.get('displayName') ?? '').trim();
    setBusy(true);
    setMessage(null);
    const answer = await createAccount({
      username: String(form.get('username') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      roles,
      municipalities: parseMunicipalities(String(form.get('municipalities') ?? '')),
      ...(displayName ? { displayName } : {}),
    });
    setBusy(false);
    if (answer.ok) {
      setIssues({});
      formElement.reset();
      props.onCreated(answer.user);
      return;
    }
    const found: FieldIssues = { ...answer.issues };
    // A name in use already belongs at the username.
    if (answer.code === 'conflict' && answer.message) found.username ??= answer.message;
    setIssues(found);
    const atFields = FIELDS.some((f) => found[f]);
    const rest = Object.entries(found)
      .filter(([field]) => !FIELDS.includes(field))
      .map(([field, m]) => `${field}: ${m}`);
    setMessage(
      atFields
        ? [u.invalid, ...rest].join(' ')
        : [u.failed, answer.code === 'conflict' ? null : answer.message, ...rest].filter(Boolean).join(' '),
    );
  };

  return (
    <form className="admin-form create-user-form" onSubmit={submit} noValidate data-testid="create-user-form">
      <div className="form-row">
        <TextField
          id="new-username"
          name="username"
          label={u.username}
          autoComplete="off"
          required
          error={issues.username}
        />
        <TextField
          id="new-display-name"
          name="displayName"
          label={u.displayName}
          autoComplete="off"
          error={issues.displayName}
        />
        <TextField
          id="new-password"
          name="password"
          type="password"
          label={u.password}
          autoComplete="new-password"
          required
          minLength={props.minPasswordLength}
          hint={u.passwordHint(props.minPasswordLength)}
          error={issues.password}
        />
      </div>
      <RoleFieldset idPrefix="new" legend={u.rolesLegend} defaults={[]} error={issues.roles} t={t} />
      <TextField
        id="new-municipalities"
        name="municipalities"
        label={u.municipalitiesCodes}
        hint={u.municipalitiesHint}
        error={issues.municipalities}
      />
      {message && (
        <p role="alert" className="form-error" data-testid="create-user-error">
          {message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? u.creating : u.createSubmit}
        </button>
      </div>
    </form>
  );
}
