import type { Metadata } from 'next';
import { dictionary, parseLang } from '@/i18n';
import { SetupForm } from '@/ui/auth/setup-form';
import type { SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).setup.title, robots: { index: false } };
}

/** The first administrator (public: nobody can sign in yet). The one-time code is checked by the API. */
export default async function SetupPage({ searchParams }: { searchParams: SearchParams }) {
  const lang = parseLang((await searchParams).lang);
  const t = dictionary(lang).setup;
  return (
    <section className="sign-in-page" aria-labelledby="setup-title">
      <h1 id="setup-title">{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <SetupForm lang={lang} />
    </section>
  );
}
