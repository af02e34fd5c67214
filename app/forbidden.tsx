import { isPermitted } from '@/domain/auth/actions';
import { dictionary } from '@/i18n';
import { href, requestLang } from '@/server/http/request-lang';
import { optionalUser } from './_auth';

/**
 * 403: a signed-in user opened a page their roles do not allow (requirePage called forbidden()). A
 * way back to the map when they may see it.
 */
export default async function Forbidden() {
  const lang = await requestLang();
  const t = dictionary(lang).forbidden;
  const session = await optionalUser().catch(() => null);
  return (
    <section className="status-page" data-testid="forbidden" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t.title}</h1>
      <p>{t.text}</p>
      {session && isPermitted(session.user, 'dashboard.read') && (
        <p>
          <a href={href('/map', lang)}>{t.backToMap}</a>
        </p>
      )}
    </section>
  );
}
