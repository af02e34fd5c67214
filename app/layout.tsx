import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { fetchAttributions } from '@/server/queries/lineage';
import { dictionary, type Lang } from '@/i18n';
import { UserMenu } from '@/ui/auth/user-menu';
import { LanguageSwitcher } from '@/ui/language-switcher';
import { SiteNav } from '@/ui/site-nav';
import { optionalUser } from './_auth';
import { href, requestLang } from '@/server/http/request-lang';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tilannehuone', template: '%s · Tilannehuone' },
  description: 'Children, early childhood education places, staff and space by postal-code area',
};

async function attributions(lang: Lang) {
  const t = dictionary(lang);
  try {
    const rows = await fetchAttributions();
    return (
      <>
        <h2 className="footer-title">{t.footer.sources}</h2>
        <ul className="attributions">
          {rows.map((r) => (
            <li key={r.attribution}>
              {r.attribution} ({r.licence})
            </li>
          ))}
        </ul>
      </>
    );
  } catch {
    return <p>{t.footer.pending}</p>;
  }
}

/**
 * The signed-in user for the header. The header never fails a page: an app store that cannot be read
 * shows it as signed out (the page itself then answers through requirePage).
 */
async function signedInUser() {
  try {
    return await optionalUser();
  } catch (err) {
    unstable_rethrow(err);
    return null;
  }
}

/** The path of this request (passed on by proxy.ts): the navigation marks the current page. */
async function requestPath(): Promise<string> {
  return new URL((await headers()).get('x-tilannehuone-url') ?? '/', 'http://local').pathname;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  const t = dictionary(lang);
  const [session, currentPath] = await Promise.all([signedInUser(), requestPath()]);
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#content">
          {t.nav.skip}
        </a>
        <header className="site">
          <a className="brand" href={href('/', lang)}>
            <span className="brand-mark" aria-hidden="true" />
            <span>
              <strong>{t.appName}</strong>
              <span className="tagline">{t.tagline}</span>
            </span>
          </a>
          {session && <SiteNav lang={lang} permitted={session.permitted} currentPath={currentPath} />}
          {session && <UserMenu lang={lang} user={session.user} />}
          <Suspense fallback={null}>
            <LanguageSwitcher current={lang} label={t.nav.language} />
          </Suspense>
        </header>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <footer className="site">
          <p className="privacy-note">{t.footer.privacy}</p>
          {await attributions(lang)}
        </footer>
      </body>
    </html>
  );
}
