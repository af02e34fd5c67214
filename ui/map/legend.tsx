import type { LayerInfo } from '@/domain/dashboard/types';
import { dictionary, type Lang } from '@/i18n';
import { SMALL_COUNT_THRESHOLD } from '@/domain/privacy/disclosure';
import { formatNumber } from '../format';
import { NO_DATA, SUPPRESSED, type ColourScale } from './scale';

/** The map legend: the classes of the current layer with its unit, and the special cases. */
export function Legend(props: {
  lang: Lang;
  layer: LayerInfo;
  scale: ColourScale;
  unitsShown: boolean;
  synthetic: boolean;
  intervals: boolean;
}) {
  const { lang, layer, scale, unitsShown, synthetic, intervals } = props;
  const t = dictionary(lang);
  const n = (v: number) => formatNumber(v, t);
  const unit = t.units[layer.unit];
  const label = (from?: number, to?: number) =>
    from === undefined ? `< ${n(to!)}` : to === undefined ? `≥ ${n(from)}` : `${n(from)} – < ${n(to)}`;
  return (
    <section className="legend" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title">
        {t.map.legendTitle}
        {layer.unit !== 'rag' && <span className="legend-unit"> ({unit})</span>}
      </h2>
      <ul>
        {scale.classes.map((c) => (
          <li key={c.colour}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.category ? t.rag[c.category] : label(c.from, c.to)}
          </li>
        ))}
        {layer.kind === 'sequential' && (layer.unit === 'children' || layer.id === 'demand_total') && (
          <li>
            <span className="swatch" style={{ background: scale.classes[0].colour }} aria-hidden="true" />
            {`<${SMALL_COUNT_THRESHOLD}`} ({t.common.small})
          </li>
        )}
        <li>
          <span className="swatch" style={{ background: SUPPRESSED }} aria-hidden="true" />
          {t.common.suppressed}
        </li>
        <li>
          <span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" />
          {t.common.noData}
        </li>
        {intervals && (
          <li>
            <span className="swatch swatch-wide" aria-hidden="true" />
            {t.map.wideInterval}
          </li>
        )}
        {unitsShown && (
          <>
            <li>
              <span className="marker" aria-hidden="true" />
              {t.map.unitMarker}
            </li>
            <li>
              <span className="marker marker-synthetic" aria-hidden="true" />
              {t.map.unitSynthetic}
            </li>
          </>
        )}
      </ul>
      {synthetic && <p className="note">{t.map.syntheticCapacity}.</p>}
    </section>
  );
}
