'use client';

import { useState } from 'react';
import { dictionary, type Lang } from '@/i18n';
import { DataTable, type Column } from '../data-table';
import type { AccountView } from './account-api';
import { CreateUserForm } from './create-user-form';
import { UserActions } from './user-actions';

const byName = (a: AccountView, b: AccountView) => a.username.localeCompare(b.username);

/**
 * The administrators' users page: every account with its roles, municipalities, kind and state, the
 * changes of each, and a new local account. Changes go through the users API; its answer replaces the
 * row, and what happened is announced in one status line.
 */
export function UsersAdmin(props: {
  lang: Lang;
  users: AccountView[];
  currentUsername: string;
  minPasswordLength: number;
}) {
  const t = dictionary(props.lang);
  const u = t.users;
  const [users, setUsers] = useState(() => [...props.users].sort(byName));
  const [status, setStatus] = useState<string | null>(null);

  const replace = (changed: AccountView, message: string) => {
    setUsers((list) => [...list.filter((x) => x.username !== changed.username), changed].sort(byName));
    setStatus(message);
  };

  const columns: Column<AccountView>[] = [
    {
      key: 'username',
      header: u.username,
      rowHeader: true,
      cell: (a) => (
        <>
          {a.username}
          {a.username === props.currentUsername && <span className="note"> {u.you}</span>}
        </>
      ),
    },
    { key: 'displayName', header: u.displayName, cell: (a) => a.displayName ?? '' },
    { key: 'roles', header: u.roles, cell: (a) => a.roles.map((r) => t.roles[r]).join(', ') },
    {
      key: 'municipalities',
      header: u.municipalities,
      cell: (a) => (a.municipalities.length ? a.municipalities.join(', ') : u.allMunicipalities),
    },
    { key: 'account', header: u.account, cell: (a) => (a.local ? u.local : u.city) },
    {
      key: 'status',
      header: u.status,
      cell: (a) => (
        <span className={a.disabled ? 'account-status disabled' : 'account-status'}>
          {a.disabled ? u.disabled : u.active}
        </span>
      ),
    },
    {
      key: 'actions',
      header: u.actions,
      cell: (a) => (
        <UserActions lang={props.lang} user={a} self={a.username === props.currentUsername} onChanged={replace} />
      ),
    },
  ];

  return (
    <>
      <p role="status" className="admin-status" data-testid="users-status">
        {status}
      </p>
      <section aria-labelledby="users-accounts">
        <h2 id="users-accounts">{u.accounts}</h2>
        <DataTable
          columns={columns}
          rows={users}
          rowKey={(a) => a.username}
          rowData={(a) => ({
            'data-testid': 'user-row',
            'data-username': a.username,
            'data-disabled': String(a.disabled),
          })}
          labelledBy="users-accounts"
          testId="users-table"
          className="users-table"
          footer={users.length === 0 ? u.none : undefined}
        />
      </section>
      <section aria-labelledby="users-create">
        <h2 id="users-create">{u.create}</h2>
        <p className="lead">{u.createLead}</p>
        <CreateUserForm
          lang={props.lang}
          minPasswordLength={props.minPasswordLength}
          onCreated={(a) => replace(a, u.created(a.username))}
        />
      </section>
    </>
  );
}
