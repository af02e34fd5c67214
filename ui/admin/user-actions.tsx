'use client';

import { useState, type FormEvent } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { changeAccount, parseMunicipalities, type AccountView, type FieldIssues } from './account-api';
import { RoleFieldset, rolesOf, TextField } from './form-fields';

/**
 * One account's changes (PATCH /api/users/<name>): its roles and municipalities, and disabling or
 * enabling it. Each ends the user's sessions on the server, so a change applies at once. Admins cannot
 * disable themselves (the server refuses it too), so their own row has no such button.
 */
export function UserActions(props: {
  lang: Lang;
  user: AccountView;
  self: boolean;
  onChanged: (u: AccountView, message: string) => void;
}) {
  const t = dictionary(props.lang);
  const u = t.users;
  const { user } = props;
  const id = `user-${user.username.replace(/[^\w-]/g, '-')}`;
  const [issues, setIssues] = useState<FieldIssues>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<'roles' | 'disabled' | null>(null);

  const failed = (answer: { message: string | null; issues: FieldIssues }) => {
    setIssues(answer.issues);
    const atFields = answer.issues.roles || answer.issues.municipalities;
    setMessage(atFields ? u.invalid : [u.failed, answer.message].filter(Boolean).join(' '));
  };

  const saveRoles = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const roles = rolesOf(form);
    if (roles.length === 0) {
      setIssues({ roles: u.rolesRequired });
      setMessage(u.invalid);
      return;
    }
    setBusy('roles');
    setMessage(null);
    const answer = await changeAccount(user.username, {
      roles,
      municipalities: parseMunicipalities(String(form.get('municipalities') ?? '')),
    });
    setBusy(null);
    if (!answer.ok) return failed(answer);
    setIssues({});
    props.onChanged(answer.user, u.saved(user.username));
  };

  const toggle = async () => {
    setBusy('disabled');
    setMessage(null);
    const answer = await changeAccount(user.username, { disabled: !user.disabled });
    setBusy(null);
    if (!answer.ok) return failed(answer);
    props.onChanged(answer.user, u.saved(user.username));
  };

  return (
    <div className="user-actions">
      <details className="user-edit">
        <summary>
          {u.editRoles}
          <span className="visually-hidden">: {user.username}</span>
        </summary>
        <form className="admin-form" onSubmit={saveRoles} noValidate data-testid="edit-user-form">
          <RoleFieldset
            idPrefix={id}
            legend={u.rolesOf(user.username)}
            defaults={user.roles}
            error={issues.roles}
            t={t}
          />
          <TextField
            id={`${id}-municipalities`}
            name="municipalities"
            label={u.municipalitiesCodes}
            hint={u.municipalitiesHint}
            defaultValue={user.municipalities.join(', ')}
            error={issues.municipalities}
          />
          <button type="submit" className="button" disabled={busy !== null}>
            {busy === 'roles' ? u.saving : u.saveRoles}
          </button>
        </form>
      </details>
      {!(props.self && !user.disabled) && (
        <button
          type="button"
          className="button"
          onClick={toggle}
          disabled={busy !== null}
          aria-label={user.disabled ? u.enableUser(user.username) : u.disableUser(user.username)}
          data-testid={user.disabled ? 'enable-user' : 'disable-user'}
        >
          {user.disabled ? u.enable : u.disable}
        </button>
      )}
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
    </div>
  );
}
