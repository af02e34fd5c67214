import type { Metadata } from 'next';
import { redirect, unstable_rethrow } from 'next/navigation';
import { oidcEnabled } from '@/server/auth/oidc-enabled';
import { dictionary, isLang, parseLang } from '@/i18n';
import { safeNextPath } from '@/ui/auth/next-path';
import { SignInForm } from '@/ui/auth/sign-in-form';
import { optionalUser } from '../_auth';
import { firstParam, type SearchParams } from '../_page-data';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: dictionary(parseLang((await searchParams).lang)).auth.title, robots: { index: false } };
}

/** Whether a session is open; an app store that cannot be read counts as signed out (the form still shows). */
async function signedIn(): Promise<boolean> {
  try {
    return (await optionalUser()) !== null;
  } catch (err) {
    unstable_rethrow(err);
    return false;
  }
}

/**
 * Sign-in (public). `next` is where the user was going (set by requirePage); only a path of this site
 * is followed. Without its own `lang` the page takes the language of `next`, so the sign-in reads like
 * the page that asked for it. A user who is signed in already goes straight on.
 */
export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const next = safeNextPath(firstParam(sp.next));
  const nextLang = new URL(next, 'http://local').searchParams.get('lang');
  if (!isLang(firstParam(sp.lang)) && isLang(nextLang)) {
    redirect(`/sign-in?${new URLSearchParams({ next, lang: nextLang }).toString()}`);
  }
  const lang = parseLang(sp.lang);
  if (await signedIn()) redirect(next === '/' ? `/?lang=${lang}` : next);
  const t = dictionary(lang).auth;
  return (
    <section className="sign-in-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <SignInForm lang={lang} next={next} oidc={oidcEnabled()} />
    </section>
  );
}
