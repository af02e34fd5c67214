import { dictionary } from '@/i18n';
import { href, requestLang } from '@/server/http/request-lang';

export default async function AreaNotFound() {
  const lang = await requestLang();
  const t = dictionary(lang);
  return (
    <div>
      <h1>{t.area.notFound}</h1>
      <p>
        <a href={href('/map', lang)}>{t.area.backToMap}</a>
      </p>
    </div>
  );
}
