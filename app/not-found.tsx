import { dictionary } from '@/i18n';
import { href, requestLang } from '@/server/http/request-lang';

/** 404 for an address with no page (the area page has its own, app/area/[postalCode]/not-found.tsx). */
export default async function NotFound() {
  const lang = await requestLang();
  const t = dictionary(lang).notFound;
  return (
    <section className="status-page" data-testid="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <a href={href('/', lang)}>{t.home}</a>
      </p>
    </section>
  );
}
