import { dictionary, type Lang } from '@/i18n';

/**
 * What a page shows when its data cannot be read right now (no warehouse yet, or one being swapped):
 * the page's own heading and a plain explanation, instead of the generic error page.
 */
export function UnavailableNotice({ lang, heading }: { lang: Lang; heading: string }) {
  const t = dictionary(lang);
  return (
    <section className="unavailable-notice" data-testid="unavailable" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">{heading}</h1>
      <p role="status">{t.errors.unavailable}</p>
    </section>
  );
}
