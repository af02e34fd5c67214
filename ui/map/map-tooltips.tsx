import type { LayerInfo, MapCell, MapUnit } from '@/domain/dashboard/types';
import { dictionary, localName, type Lang } from '@/i18n';
import { cellText, formatNumber, intervalText } from '../format';

/** What hovering a postal area shows: its figure on the current layer, the intervals, the marks. */
export function AreaTooltip(props: {
  lang: Lang;
  code: string;
  name: string;
  cell: MapCell | undefined;
  layer: LayerInfo;
  year: number;
  forecast: boolean;
}) {
  const { code, cell, layer } = props;
  const t = dictionary(props.lang);
  // Intervals of a withheld figure would give it back: shown only with the figure.
  const intervals = cell !== undefined && cell.v !== null && (cell.lo80 !== undefined || cell.hi80 !== undefined);
  return (
    <div>
      <strong>
        {code} {props.name}
      </strong>
      <div className="tt-value">
        {t.layers[layer.id]}: {cellText(cell, layer.unit, t)}
      </div>
      {props.forecast && (
        <div className="tt-forecast">
          {props.year} · {t.common.forecast}
        </div>
      )}
      {intervals && (
        <div>
          {t.map.interval80}: {intervalText(cell.lo80, cell.hi80, t)}
        </div>
      )}
      {intervals && (cell.lo95 !== undefined || cell.hi95 !== undefined) && (
        <div>
          {t.map.interval95}: {intervalText(cell.lo95, cell.hi95, t)}
        </div>
      )}
      {cell?.syn && <div className="tt-synthetic">{t.map.syntheticCapacity}</div>}
      <div className="tt-hint">{t.map.openArea}</div>
    </div>
  );
}

/** What hovering a unit marker shows: name, provider, places, and whether the unit is synthetic. */
export function UnitTooltip({ unit, lang }: { unit: MapUnit; lang: Lang }) {
  const t = dictionary(lang);
  const places = (c: number | null) => (c === null ? '–' : formatNumber(c, t));
  return (
    <div>
      <strong>{localName(lang, unit.name_fi, unit.name_sv)}</strong>
      <div>{unit.provider === 'private' ? t.common.private : t.common.municipal}</div>
      <div>
        {t.area.capacity}: {places(unit.capacity_under3)} / {places(unit.capacity_3plus)}
      </div>
      {unit.synthetic && (
        <div className="tt-synthetic">
          {t.map.unitSynthetic} – {t.common.synthetic}
        </div>
      )}
    </div>
  );
}
