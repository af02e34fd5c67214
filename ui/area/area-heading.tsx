import { dictionary, localName, type Lang } from '@/i18n';
import { countText } from '../format';

/** The area as the page shows it: names, municipality and the latest resident count. */
export interface AreaSummary {
  postal_code: string;
  name_fi: string;
  name_sv: string | null;
  municipality_code: string | null;
  municipality_name: string | null;
}

export interface Residents {
  year: number;
  persons: number | null;
  suppressed: boolean;
  small: boolean;
}

/** Breadcrumb back to the map, the heading and one line of context (residents, forecast model). */
export function AreaHeading(props: {
  lang: Lang;
  area: AreaSummary;
  residents: Residents | null;
  run: { model_version: string; origin: number } | null;
  mapHref: string;
}) {
  const { lang, area, residents, run } = props;
  const t = dictionary(lang);
  const title = `${area.postal_code} ${localName(lang, area.name_fi, area.name_sv)}`;
  return (
    <>
      <nav aria-label={t.nav.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <a href={props.mapHref}>
              {t.nav.map}: {area.municipality_name ?? area.municipality_code}
            </a>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      <p className="lead">
        {area.municipality_name}
        {residents && (
          <>
            {' · '}
            {t.area.populationTotal} {residents.year}:{' '}
            {countText(
              residents.persons,
              residents.suppressed ? 'suppressed' : residents.small ? 'small' : undefined,
              t,
            )}
          </>
        )}
        {run && <> · {t.map.modelNote(run.model_version, run.origin)}</>}
      </p>
    </>
  );
}
