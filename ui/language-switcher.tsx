'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { Lang } from '@/i18n';

const NAMES: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/**
 * Language links built from the current URL (filters included), so a switch keeps the view. Plain
 * links: a full load re-renders the layout (html lang, footer) in the new language.
 */
export function LanguageSwitcher({ current, label }: { current: Lang; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <nav aria-label={label} className="lang-switch">
      <ul>
        {(Object.keys(NAMES) as Lang[]).map((l) => {
          const sp = new URLSearchParams(search.toString());
          sp.set('lang', l);
          return (
            <li key={l}>
              <a
                href={`${pathname}?${sp.toString()}`}
                lang={l}
                hrefLang={l}
                aria-current={l === current ? 'true' : undefined}
              >
                {NAMES[l]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
