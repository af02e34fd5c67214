import { en } from './en';
import { fi, type Dictionary } from './fi';
import { sv } from './sv';

export type { Dictionary } from './fi';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fi';

const dictionaries: Record<Lang, Dictionary> = { fi, sv, en };

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** The language named in a URL parameter; anything else falls back to Finnish. (No zod: also runs in the browser.) */
export function parseLang(value: unknown): Lang {
  const v = Array.isArray(value) ? value[0] : value;
  return isLang(v) ? v : DEFAULT_LANG;
}

export function dictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

/** The number and date locale of a language (fi-FI, sv-FI, en-GB). */
export const localeOf = (lang: Lang): string => dictionaries[lang].locale;

/** Area or municipality name in the reader's language: Swedish names where they exist, Finnish otherwise. */
export function localName(lang: Lang, nameFi: string, nameSv: string | null | undefined): string {
  return lang === 'sv' && nameSv ? nameSv : nameFi;
}
