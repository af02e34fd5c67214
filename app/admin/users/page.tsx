import type { Metadata } from 'next';
import { MIN_PASSWORD_LENGTH } from '@/core/security/password';
import { listAccounts } from '@/server/users';
import { dictionary, parseLang } from '@/i18n';
import type { AccountView } from '@/ui/admin/account-api';
import { UsersAdmin } from '@/ui/admin/users-admin';
import { UnavailableNotice } from '@/ui/unavailable-notice';
import { requirePage } from '../../_auth';
import { loadPageData, type SearchParams } from '../../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).users.title };
}

/** Administrators: the accounts and their roles; creating, changing and disabling go through /api/users. */
export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await requirePage('users.manage');
  const lang = parseLang((await searchParams).lang);
  const t = dictionary(lang).users;
  const loaded = await loadPageData(listAccounts);
  if (!loaded.available) return <UnavailableNotice lang={lang} heading={t.title} />;
  // Only what the page shows goes to the browser (no ids, no dates).
  const users: AccountView[] = loaded.data.map((a) => ({
    username: a.username,
    displayName: a.displayName,
    roles: a.roles,
    municipalities: a.municipalities,
    disabled: a.disabled,
    local: a.local,
  }));
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <UsersAdmin lang={lang} users={users} currentUsername={user.username} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </>
  );
}
