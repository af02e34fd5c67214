import 'server-only';
import { headers } from 'next/headers';
import { parseLang, type Lang } from '@/i18n';

/** The language of the current request, from the `lang` URL parameter (passed on by proxy.ts). */
export async function requestLang(): Promise<Lang> {
  const url = (await headers()).get('x-tilannehuone-url') ?? '/';
  return parseLang(new URL(url, 'http://local').searchParams.get('lang'));
}

/** A link within the app that keeps the language. */
export function href(path: string, lang: Lang, query: Record<string, string | number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') sp.set(k, String(v));
  sp.set('lang', lang);
  return `${path}?${sp.toString()}`;
}
