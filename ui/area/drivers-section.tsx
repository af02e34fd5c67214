import { dictionary, type Lang } from '@/i18n';
import { describeDriver } from '@/i18n/drivers';
import { labelAgeGroup } from './age-group-label';

/** One driver of an area's forecast (an id and its effect; the sentence is the reader's language's). */
export interface Explanation {
  age_group: string;
  year: number;
  rank: number;
  driver: string;
  effect_pct: number;
}

/**
 * What moves the forecast, by age group, for one forecast year: the year in the URL when it has
 * explanations, else the first. Year links keep the reader on this page.
 */
export function DriversSection(props: {
  lang: Lang;
  postalCode: string;
  explanations: Explanation[];
  origin: number | undefined;
  year: number | undefined;
}) {
  const { lang, explanations } = props;
  const t = dictionary(lang);
  const years = [...new Set(explanations.map((e) => e.year))].sort((a, b) => a - b);
  const shown = props.year !== undefined && years.includes(props.year) ? props.year : years[0];
  const groups = [...new Set(explanations.map((e) => e.age_group))];
  return (
    <section aria-labelledby="drivers-title">
      <h2 id="drivers-title">{t.area.drivers}</h2>
      {shown === undefined ? (
        <p className="note">{t.area.driversNone}</p>
      ) : (
        <>
          <nav aria-label={t.common.year} className="year-links">
            {years.map((y) => (
              <a
                key={y}
                href={`/area/${props.postalCode}?lang=${lang}&year=${y}`}
                aria-current={y === shown ? 'true' : undefined}
              >
                {y}
              </a>
            ))}
          </nav>
          <div className="drivers" data-testid="drivers">
            {groups.map((g) => (
              <div key={g}>
                <h3>{t.area.driversFor(labelAgeGroup(g, t), shown)}</h3>
                <ol>
                  {explanations
                    .filter((e) => e.age_group === g && e.year === shown)
                    .map((e) => (
                      <li key={e.rank}>{describeDriver(t, e)}</li>
                    ))}
                </ol>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
