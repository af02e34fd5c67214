import type { Role } from '@/domain/auth/actions';
import { dictionary, type Lang } from '@/i18n';
import { SignOutButton } from './sign-out-button';

/** The signed-in user in the header: who they are, their roles (in the reader's language) and signing out. */
export function UserMenu(props: {
  lang: Lang;
  user: { username: string; displayName: string | null; roles: readonly Role[] };
}) {
  const t = dictionary(props.lang);
  const { user } = props;
  return (
    <div className="user-menu" data-testid="user-menu">
      <p className="user-identity">
        <span className="visually-hidden">{t.auth.signedInAs} </span>
        <strong className="user-name" data-testid="user-name">
          {user.username}
        </strong>
        {user.displayName && user.displayName !== user.username && (
          <span className="user-display-name"> ({user.displayName})</span>
        )}
        <span className="user-roles" data-testid="user-roles">
          <span className="visually-hidden">{t.auth.roles}: </span>
          {user.roles.map((r) => t.roles[r]).join(', ')}
        </span>
      </p>
      <SignOutButton
        label={t.auth.signOut}
        busyLabel={t.auth.signingOut}
        failed={t.auth.signOutFailed}
        signInHref={`/sign-in?lang=${props.lang}`}
      />
    </div>
  );
}
