import { forbidden, redirect } from 'next/navigation';
import { parseLang } from '@/i18n';
import { firstPageFor } from '@/ui/site-nav';
import { optionalUser } from './_auth';
import type { SearchParams } from './_page-data';

export const dynamic = 'force-dynamic';

/** The front page: a signed-in user goes to the first page their roles may open (the map), others sign in. */
export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const lang = parseLang((await searchParams).lang);
  const session = await optionalUser();
  if (!session) redirect(`/sign-in?lang=${lang}`);
  const page = firstPageFor(session.permitted);
  if (!page) forbidden();
  redirect(`${page}?lang=${lang}`);
}
