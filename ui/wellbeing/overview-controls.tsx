import type { WellbeingOverview } from '../../domain/wellbeing/views';
import type { Lang } from '../../i18n';
import { indicatorLabel, wellbeingDictionary } from '../../i18n/wellbeing';
import type { GridLayer } from './municipality-grid';

/**
 * What the overview shows, as a plain GET form: the state lives in the URL (a view can be shared), and it
 * works without JavaScript.
 */
export function OverviewControls(props: {
  lang: Lang;
  overview: WellbeingOverview;
  layer: GridLayer;
  mapMunicipality: string | null;
}) {
  const { lang, overview } = props;
  const t = wellbeingDictionary(lang);
  return (
    <form method="get" action="/wellbeing" className="wellbeing-controls" data-testid="wellbeing-controls">
      <input type="hidden" name="lang" value={lang} />
      {props.mapMunicipality && <input type="hidden" name="map" value={props.mapMunicipality} />}
      <label>
        {t.overview.show}
        <select name="layer" defaultValue={props.layer}>
          <option value="index">{t.overview.layerIndex}</option>
          <option value="demand">{t.overview.layerDemand}</option>
        </select>
      </label>
      <label>
        {t.overview.year}
        <select name="year" defaultValue={String(overview.year)}>
          {overview.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.overview.service}
        <select name="outcome" defaultValue={overview.outcome}>
          {overview.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {indicatorLabel(lang, o.id)} ({o.origin})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.overview.horizon}
        <select name="horizon" defaultValue={String(overview.horizon)}>
          {[1, 2, 3, 4, 5].map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.overview.apply}</button>
    </form>
  );
}
