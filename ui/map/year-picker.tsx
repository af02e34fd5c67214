import type { YearInfo } from '@/domain/dashboard/types';
import { dictionary, type Lang } from '@/i18n';

/** Years as one radio group (arrow keys move between them); forecast years are marked, not only coloured. */
export function YearPicker(props: { lang: Lang; years: YearInfo[]; year: number; onChoose: (year: number) => void }) {
  const t = dictionary(props.lang);
  return (
    <fieldset className="year-picker">
      <legend>
        {t.map.years}
        {props.years.some((y) => y.forecast) && (
          <span className="forecast-key">
            {' '}
            · <span className="forecast-chip">{t.map.forecastMark}</span> = {t.map.forecastYears}
          </span>
        )}
      </legend>
      <div className="years">
        {props.years.map((y) => (
          <label key={y.year} className={y.forecast ? 'forecast' : undefined}>
            <input
              type="radio"
              name="year"
              value={y.year}
              checked={y.year === props.year}
              onChange={() => props.onChoose(y.year)}
            />
            <span>
              {y.year}
              {y.forecast && <abbr title={t.common.forecast}>{t.map.forecastMark}</abbr>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
