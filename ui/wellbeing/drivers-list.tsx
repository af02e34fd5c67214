import { indicatorById } from '../../domain/wellbeing/indicator-catalogue';
import type { OutcomeView } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { describeFact } from '../../i18n/wellbeing/explain';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';

/** For each corrective service: the factors that push this area's expected demand up or down, in words. */
export function DriversList(props: { lang: Lang; outcomes: OutcomeView[] }) {
  const { lang } = props;
  const t = wellbeingDictionary(lang);
  const shown = props.outcomes.filter((o) => o.association && o.forecasts.length > 0);
  return (
    <div className="wellbeing-drivers" data-testid="drivers">
      {shown.map((o) => {
        const outcome = indicatorById(o.indicator)!;
        return (
          <section key={o.indicator} aria-label={indicatorLabel(lang, o.indicator)}>
            <h3>{indicatorLabel(lang, o.indicator)}</h3>
            {o.drivers.length === 0 ? (
              <p>{t.area.driversNone}</p>
            ) : (
              <ul>
                {o.drivers.map((d) => (
                  <li
                    key={d.factor}
                    className={`driver ${d.direction}`}
                    data-factor={d.factor}
                    data-direction={d.direction}
                  >
                    <span aria-hidden="true">{d.direction === 'up' ? '▲ ' : '▼ '}</span>
                    {describeFact(lang, d, indicatorById(d.factor)!, outcome)}
                  </li>
                ))}
              </ul>
            )}
            {o.association && (
              <p className="note">{t.area.association(`${Math.round(Math.max(0, o.association.r2) * 100)} %`)}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
