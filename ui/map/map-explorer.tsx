'use client';

import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { MapPayload, MapUnit } from '@/domain/dashboard/types';
import { dictionary, localName, type Lang } from '@/i18n';
import { AreaTable } from './area-table';
import { LayerPicker, ScenarioPicker } from './layer-picker';
import { Legend } from './legend';
import { AreaTooltip, UnitTooltip } from './map-tooltips';
import { buildScale } from './scale';
import { useMapNavigation } from './use-map-navigation';
import { YearPicker } from './year-picker';

// Leaflet touches `window` when imported: the map is rendered in the browser only.
const Choropleth = dynamic(() => import('./choropleth'), {
  ssr: false,
  loading: () => <div className="map-canvas map-loading" aria-hidden="true" />,
});

export interface MapExplorerProps {
  lang: Lang;
  payload: MapPayload;
  initialYear: number;
  tileUrl?: string;
  tileAttribution?: string;
  dataAttribution: string;
  /** What the plan figures were computed from, shown with the controls (the page renders it). */
  planBasis?: ReactNode;
}

/** Does any year carry an interval, or figures resting on synthetic units? (The legend explains only what is there.) */
function findValueMarks(values: MapPayload['values']) {
  const cells = Object.values(values).flatMap((y) => Object.values(y));
  return { intervals: cells.some((c) => c.wide !== undefined), synthetic: cells.some((c) => c.syn) };
}

/** The situation map: pickers, legend and notes, the choropleth, and the same figures as a table. */
export function MapExplorer({ lang, payload, initialYear, planBasis, ...map }: MapExplorerProps) {
  const t = dictionary(lang);
  const layer = payload.layer;
  const nav = useMapNavigation(layer.id, initialYear, lang);
  const { year } = nav;
  const [showUnits, setShowUnits] = useState(true);
  const forecastYear = payload.years.find((y) => y.year === year)?.forecast ?? false;
  const cells = useMemo(() => payload.values[year] ?? {}, [payload.values, year]);
  const scale = useMemo(() => buildScale(layer, payload.values), [layer, payload.values]);
  const marks = useMemo(() => findValueMarks(payload.values), [payload.values]);
  const names = useMemo(
    () => new Map(payload.areas.map((a) => [a.postal_code, localName(lang, a.name_fi, a.name_sv)])),
    [payload.areas, lang],
  );
  const styleFor = useCallback(
    (code: string) => ({ fillColor: scale.colour(cells[code]), wide: !!cells[code]?.wide }),
    [cells, scale],
  );
  const tooltipFor = (code: string) => (
    <AreaTooltip
      lang={lang}
      code={code}
      name={names.get(code) ?? ''}
      cell={cells[code]}
      layer={layer}
      year={year}
      forecast={forecastYear}
    />
  );
  const unitTooltip = (u: MapUnit) => <UnitTooltip unit={u} lang={lang} />;

  return (
    <div className={payload.hasGeometry ? 'explorer' : 'explorer no-map'} aria-busy={nav.pending}>
      <div className="controls">
        <LayerPicker lang={lang} layers={payload.layers} selected={nav.selectedLayer} onChoose={nav.chooseLayer} />
        {payload.scenarios.length > 1 && layer.source === 'plan' && (
          <ScenarioPicker
            lang={lang}
            scenarios={payload.scenarios}
            current={payload.scenario}
            onChoose={nav.chooseScenario}
          />
        )}
        <YearPicker lang={lang} years={payload.years} year={year} onChoose={nav.chooseYear} />
        <Legend
          lang={lang}
          layer={layer}
          scale={scale}
          unitsShown={showUnits && payload.units.length > 0}
          synthetic={marks.synthetic}
          intervals={marks.intervals}
        />
        <div className="units-toggle">
          {payload.units.length > 0 ? (
            <label>
              <input type="checkbox" checked={showUnits} onChange={(e) => setShowUnits(e.target.checked)} />{' '}
              {t.map.unitsToggle}
            </label>
          ) : (
            <p className="note">{payload.unitsAvailable ? t.map.unitsNoneHere : t.map.unitsNone}</p>
          )}
        </div>
        <p className="note" data-testid="model-note">
          {payload.forecastRun
            ? t.map.modelNote(payload.forecastRun.model_version, payload.forecastRun.origin)
            : t.map.noForecast}
        </p>
        {planBasis}
      </div>

      <div className="map-column">
        <div className="map-status" aria-live="polite">
          <strong>{t.layers[layer.id]}</strong> · {year}
          {forecastYear && <span className="forecast-badge">{t.common.forecast}</span>}
          {Object.keys(cells).length === 0 && <span className="note"> · {t.map.noValues}</span>}
        </div>
        {payload.hasGeometry ? (
          <Choropleth
            {...map}
            municipality={payload.municipality_code}
            label={t.map.mapLabel(payload.municipality_name)}
            styleFor={styleFor}
            tooltipFor={tooltipFor}
            onOpen={nav.openArea}
            units={payload.units}
            showUnits={showUnits}
            unitTooltip={unitTooltip}
          />
        ) : (
          <p className="note no-geometry">{t.map.noGeometry(payload.municipality_name)}</p>
        )}
      </div>

      <AreaTable lang={lang} areas={payload.areas} cells={cells} layer={layer} scale={scale} year={year} />
    </div>
  );
}
