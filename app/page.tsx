import { redirect } from 'next/navigation';
import { parseLang } from '@/i18n';

export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = parseLang((await searchParams).lang);
  redirect(`/map?lang=${lang}`);
}
