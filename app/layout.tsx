import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { fetchAttributions } from '@/server/queries/lineage';
import { dictionary, type Lang } from '@/i18n';
import { LanguageSwitcher } from '@/ui/language-switcher';
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await requestLang();
  const t = dictionary(lang);
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#content">
          {t.nav.skip}
        </a>
        <header className="site">
          <a className="brand" href={href('/map', lang)}>
            <span className="brand-mark" aria-hidden="true" />
            <span>
              <strong>{t.appName}</strong>
              <span className="tagline">{t.tagline}</span>
            </span>
          </a>
          <nav aria-label={t.nav.label} className="main-nav">
            <ul>
              <li>
                <a href={href('/map', lang)}>{t.nav.map}</a>
              </li>
              <li>
                <a href={href('/data', lang)}>{t.nav.data}</a>
              </li>
              <li>
                <a href={href('/scenarios', lang)}>{t.scenarios.nav}</a>
              </li>
              <li>
                <a href={href('/report', lang)}>{t.report.nav}</a>
              </li>
              <li>
                <a href={href('/models', lang)}>{t.modelsPage.nav}</a>
              </li>
            </ul>
          </nav>
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
