import type { AreaChart } from '@/domain/dashboard/types';
import { dictionary, type Lang } from '@/i18n';
import { labelAgeGroup } from './age-group-label';
import { ForecastChart } from './forecast-chart';

/** Children of the area by age group: the actual years and the forecast band of the active model. */
export function HistorySection(props: { lang: Lang; charts: AreaChart[]; origin: number | null }) {
  const t = dictionary(props.lang);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.area.history}</h2>
      <p className="note">{t.area.chartNote}</p>
      {props.origin === null && <p className="note">{t.map.noForecast}</p>}
      <div className="charts">
        {props.charts.map((c) => (
          <ForecastChart
            key={c.age_group}
            chart={c}
            lang={props.lang}
            title={labelAgeGroup(c.age_group, t)}
            origin={props.origin}
          />
        ))}
      </div>
    </section>
  );
}
